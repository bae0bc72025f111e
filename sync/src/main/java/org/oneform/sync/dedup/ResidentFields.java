package org.oneform.sync.dedup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.oneform.sync.registry.GoldenRecord;

/**
 * A resident's catalog fields as the engine's {@link PersonRecord}, and back: the one mapping between
 * golden records and dedup, used by the apply loop's matcher, by the blocking terms the search index keeps
 * for each resident, and by the evaluation command (which indexes its CSV rows as residents).
 */
public final class ResidentFields {

    public static final String NAME = "resident.name";
    public static final String GENDER = "resident.gender";
    public static final String BIRTH_DATE = "resident.birth_date";
    public static final String ID_NUMBER = "resident.id_number";
    public static final String PHONE = "resident.phone";
    public static final String ADDRESS = "resident.hukou_address";

    private ResidentFields() {
    }

    /** A resident's values (catalog field → canonical text) as a person record. */
    public static PersonRecord person(RecordId id, Map<String, String> values) {
        String gender = switch (values.getOrDefault(GENDER, "")) {
            case "male" -> "M";
            case "female" -> "F";
            default -> null;
        };
        return new PersonRecord(id, values.get(NAME), gender, values.get(BIRTH_DATE), values.get(ID_NUMBER),
                values.get(PHONE), values.get(ADDRESS));
    }

    /** A golden resident record as a person record of the same id. */
    public static PersonRecord person(GoldenRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : new String[] {NAME, GENDER, BIRTH_DATE, ID_NUMBER, PHONE, ADDRESS}) {
            record.value(field).ifPresent(v -> values.put(field, v));
        }
        return person(new RecordId(record.id().value()), values);
    }

    /**
     * A person record's non-blank fields as resident values ({@code M}/{@code 男}/{@code 1} → {@code male},
     * {@code F}/{@code 女}/{@code 2} → {@code female}); the inverse of {@link #person(RecordId, Map)} for
     * what the engine compares.
     */
    public static Map<String, String> values(PersonRecord person) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, NAME, person.name());
        String gender = person.gender() == null ? "" : person.gender().strip();
        switch (gender) {
            case "M", "m", "男", "1" -> values.put(GENDER, "male");
            case "F", "f", "女", "2" -> values.put(GENDER, "female");
            default -> { }
        }
        put(values, BIRTH_DATE, person.birthDate());
        put(values, ID_NUMBER, person.idNumber());
        put(values, PHONE, person.phone());
        put(values, ADDRESS, person.address());
        return values;
    }

    private static void put(Map<String, String> values, String field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value);
        }
    }
}
