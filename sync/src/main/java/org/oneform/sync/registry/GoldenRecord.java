package org.oneform.sync.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * A deduplicated registry entry. Immutable: a change makes a new record that replaces the old one.
 *
 * @param id      stable id
 * @param type    resident, household or place
 * @param grid    the grid the subject belongs to
 * @param fields  current values by catalog field id ({@code resident.name}), each with its provenance; a
 *                household member's resident record names its household in {@code resident.household_id}
 * @param history earlier values per field, newest first, each with the provenance it had when current
 */
public record GoldenRecord(SubjectId id, SubjectType type, AreaId grid, Map<String, FieldValue> fields,
                           Map<String, List<FieldValue>> history) {

    /** Earlier values kept per field; older ones remain in the intake ledger. */
    public static final int HISTORY_PER_FIELD = 20;

    public GoldenRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(grid, "grid");
        // plain LinkedHashMaps and ArrayLists: Eclipse Store persists them natively, unlike JDK-internal immutable ones.
        // Field ids are interned, so every record shares one instance (one Eclipse Store entity) per field id
        // whatever path made it; ids parsed from the ledger's JSON are already canonical (Jackson interns
        // property names), so this mostly guards other paths (docs/benchmarks.md, "Apply loop: fan-out and memory")
        var ownFields = new LinkedHashMap<String, FieldValue>(fields.size() * 4 / 3 + 1);
        fields.forEach((field, value) -> ownFields.put(field.intern(), value));
        fields = ownFields;
        var copied = new LinkedHashMap<String, List<FieldValue>>();
        history.forEach((field, values) -> {
            if (!values.isEmpty()) {
                copied.put(field.intern(), new ArrayList<>(values.subList(0, Math.min(values.size(), HISTORY_PER_FIELD))));
            }
        });
        history = copied;
        for (String fieldId : fields.keySet()) {
            if (!fieldId.startsWith(type.key() + ".")) {
                throw new IllegalArgumentException("field " + fieldId + " does not belong to a " + type.key());
            }
        }
    }

    /** A record without history (a baseline import, a new subject). */
    public GoldenRecord(SubjectId id, SubjectType type, AreaId grid, Map<String, FieldValue> fields) {
        this(id, type, grid, fields, Map.of());
    }

    @Override
    public Map<String, FieldValue> fields() {
        return Collections.unmodifiableMap(fields);
    }

    @Override
    public Map<String, List<FieldValue>> history() {
        return Collections.unmodifiableMap(history);
    }

    /** The earlier values of one field, newest first. */
    public List<FieldValue> historyOf(String fieldId) {
        return Collections.unmodifiableList(history.getOrDefault(fieldId, List.of()));
    }

    /** The value of a field, if the record has one. */
    public Optional<String> value(String fieldId) {
        return Optional.ofNullable(fields.get(fieldId)).map(FieldValue::value);
    }

    /** The value of a field, or an empty string. */
    public String text(String fieldId) {
        return value(fieldId).orElse("");
    }

    /**
     * Whether a field's value was collected (or confirmed) no longer than {@code maxAge} before {@code now};
     * a field without a value is never fresh.
     */
    public boolean isFresh(String fieldId, Duration maxAge, Instant now) {
        FieldValue value = fields.get(fieldId);
        return value != null && !value.provenance().collectedAt().plus(maxAge).isBefore(now);
    }

    /** This record in another grid (a move), with the same values and history. */
    public GoldenRecord movedTo(AreaId newGrid) {
        return new GoldenRecord(id, type, newGrid, fields, history);
    }
}
