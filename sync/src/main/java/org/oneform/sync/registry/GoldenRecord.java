package org.oneform.sync.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * A deduplicated registry entry. Immutable: a change makes a new record that replaces the old one.
 *
 * @param id     stable id
 * @param type   resident, household or place
 * @param grid   the grid the subject belongs to
 * @param fields values by catalog field id ({@code resident.name}); a household member's
 *               resident record names its household in {@code resident.household_id}
 */
public record GoldenRecord(SubjectId id, SubjectType type, AreaId grid, Map<String, FieldValue> fields) {

    public GoldenRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(grid, "grid");
        // a plain LinkedHashMap: Eclipse Store persists it natively, unlike JDK-internal immutable maps
        fields = new LinkedHashMap<>(fields);
        for (String fieldId : fields.keySet()) {
            if (!fieldId.startsWith(type.key() + ".")) {
                throw new IllegalArgumentException("field " + fieldId + " does not belong to a " + type.key());
            }
        }
    }

    @Override
    public Map<String, FieldValue> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** The value of a field, if the record has one. */
    public Optional<String> value(String fieldId) {
        return Optional.ofNullable(fields.get(fieldId)).map(FieldValue::value);
    }

    /** The value of a field, or an empty string. */
    public String text(String fieldId) {
        return value(fieldId).orElse("");
    }
}
