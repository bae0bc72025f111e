package org.oneform.sync.apply;

import java.util.HashMap;
import java.util.Map;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.values.CreditCode;
import org.oneform.forms.values.IdNumber;
import org.oneform.forms.values.Parsed;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;

/**
 * The deterministic part of dedup: a resident whose valid ID number equals a record's is that record; a
 * place whose valid unified social credit code equals a record's is that place. Anything else is
 * {@link Match.None}. Values are compared in canonical form (validation already normalised them).
 */
public final class IdentifierMatcher implements SubjectMatcher {

    static final String RESIDENT_ID = "resident.id_number";
    static final String PLACE_CODE = "place.credit_code";

    private final Map<String, SubjectId> residents = new HashMap<>();
    private final Map<String, SubjectId> places = new HashMap<>();

    @Override
    public Match match(SubjectType type, Map<String, String> values) {
        SubjectId found = switch (type) {
            case RESIDENT -> validId(values.get(RESIDENT_ID)) ? residents.get(values.get(RESIDENT_ID)) : null;
            case PLACE -> validCode(values.get(PLACE_CODE)) ? places.get(values.get(PLACE_CODE)) : null;
            case HOUSEHOLD -> null;
        };
        return found == null ? new Match.None() : new Match.Same(found, 1.0);
    }

    @Override
    public void put(GoldenRecord record) {
        switch (record.type()) {
            case RESIDENT -> record.value(RESIDENT_ID).filter(IdentifierMatcher::validId)
                    .ifPresent(id -> residents.putIfAbsent(id, record.id()));
            case PLACE -> record.value(PLACE_CODE).filter(IdentifierMatcher::validCode)
                    .ifPresent(code -> places.putIfAbsent(code, record.id()));
            case HOUSEHOLD -> { }
        }
    }

    @Override
    public void remove(SubjectId id) {
        residents.values().removeIf(id::equals);
        places.values().removeIf(id::equals);
    }

    private static boolean validId(String value) {
        return value != null && IdNumber.parse(value) instanceof Parsed.Valid<IdNumber>;
    }

    private static boolean validCode(String value) {
        return value != null && CreditCode.parse(value) instanceof Parsed.Valid<CreditCode>;
    }
}
