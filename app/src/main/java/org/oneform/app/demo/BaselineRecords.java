package org.oneform.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.SubjectId;

/**
 * Makes golden records whose every value has the baseline's provenance: source
 * {@value #SOURCE}, collected by {@code system} at the start of the reference day (China time),
 * ledger sequence 0, form version 0.
 */
final class BaselineRecords {

    static final String SOURCE = "baseline:demo-city";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Provenance provenance;

    BaselineRecords(LocalDate today) {
        Instant collectedAt = today.atStartOfDay(CHINA).toInstant();
        this.provenance = new Provenance(SOURCE, "system", collectedAt, 0, 0);
    }

    /** {@code R00000001}, {@code H00000042}, {@code P00000800}. */
    static SubjectId subjectId(SubjectType type, int number) {
        return new SubjectId(Character.toUpperCase(type.key().charAt(0)) + "%08d".formatted(number));
    }

    /** A record from field values in order; null values are left out. */
    GoldenRecord record(SubjectId id, SubjectType type, AreaId grid, Map<String, String> values) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (value != null) {
                fields.put(field, new FieldValue(value, provenance));
            }
        });
        return new GoldenRecord(id, type, grid, fields);
    }
}
