package org.oneform.sync.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;

/**
 * The per-field three-way merge of a submission into a golden record (DESIGN.md §6). For each field the
 * submission carries, against the record's current value:
 * <ul>
 * <li>no current value: it is set;</li>
 * <li>the same value: confirmed — the provenance is renewed (the value is fresh again), its version
 *     ({@link FieldValue#valueSeq()}) unchanged, so an edit based on that version still applies; the value with
 *     its earlier provenance goes to history, so a split can restore it;</li>
 * <li>a different value: it replaces the current one (which goes to the field's history) when the worker
 *     edited from it — their base sequence is at least the current value's version — or when the current
 *     value came from the submission this one supersedes, or when the worker named no base and the current
 *     value is the baseline's (a first observation replaces an imported one). Otherwise someone changed the
 *     field since the worker's base: a {@link FieldConflict}, and the current value stands.</li>
 * </ul>
 * Fields the submission does not carry are untouched, so two offline edits of different fields both
 * apply whatever their order. Order is the server's sequence, never a device clock. Pure and thread-safe.
 */
public final class FieldMerge {

    private FieldMerge() {
    }

    /**
     * @param current    the record as it stands
     * @param incoming   the submission's values, canonical text by field id
     * @param baseSeqs   per field, the sequence of the value the worker edited from
     * @param provenance the provenance the applied values get
     * @param supersedes the submission this one edits, or null
     */
    public static MergeResult merge(GoldenRecord current, Map<String, String> incoming, Map<String, Long> baseSeqs,
                                    Provenance provenance, UUID supersedes) {
        Map<String, FieldValue> fields = new LinkedHashMap<>(current.fields());
        Map<String, List<FieldValue>> history = new LinkedHashMap<>(current.history());
        Set<String> changed = new LinkedHashSet<>();
        Set<String> confirmed = new LinkedHashSet<>();
        List<FieldConflict> conflicts = new ArrayList<>();
        String superseded = supersedes == null ? null : supersedes.toString();
        incoming.forEach((field, value) -> {
            FieldValue now = fields.get(field);
            if (now == null) {
                fields.put(field, new FieldValue(value, provenance));
                changed.add(field);
            } else if (now.value().equals(value)) {
                pushHistory(history, field, now);
                fields.put(field, now.confirmedBy(provenance));
                confirmed.add(field);
            } else if (editedFrom(now, baseSeqs.get(field), superseded)) {
                pushHistory(history, field, now);
                fields.put(field, new FieldValue(value, provenance));
                changed.add(field);
            } else {
                Long base = baseSeqs.get(field);
                conflicts.add(new FieldConflict(field, now, value, base == null ? -1 : base));
            }
        });
        var record = new GoldenRecord(current.id(), current.type(), current.grid(), fields, history);
        return new MergeResult(record, changed, confirmed, conflicts);
    }

    /** The value as it stood, with its provenance, becomes the newest history entry (so a split can restore it). */
    private static void pushHistory(Map<String, List<FieldValue>> history, String field, FieldValue now) {
        List<FieldValue> earlier = new ArrayList<>(history.getOrDefault(field, List.of()));
        earlier.addFirst(now);
        history.put(field, earlier);
    }

    private static boolean editedFrom(FieldValue now, Long base, String superseded) {
        long nowSeq = now.valueSeq();
        if (superseded != null && superseded.equals(now.provenance().source())) {
            return true;
        }
        if (base == null) {
            return nowSeq == 0;
        }
        return base >= nowSeq;
    }
}
