package org.oneform.sync.apply.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.oneform.sync.apply.AppliedChange;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.apply.FieldConflict;
import org.oneform.sync.apply.FieldMerge;
import org.oneform.sync.apply.Match;
import org.oneform.sync.apply.MergeResult;
import org.oneform.sync.apply.SubjectMatcher;
import org.oneform.sync.intake.EntryKind;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReviewDecision;
import org.oneform.sync.review.ReviewDecisions;
import org.oneform.sync.review.ReviewItem;
import org.oneform.sync.review.ReviewKind;

/**
 * Applies consecutive ledger entries in memory. A submission: finds its subject (named; the one its
 * superseded submission went to; or dedup's match — a new record when there is none or only a possible
 * one) and merges it field by field; a split takes a merged submission back out into a record of its own.
 * It collects the records, review items and changes of the step. Later
 * entries of a step see the earlier ones' results. Single-threaded, like the loop that owns it.
 */
public final class Applier {

    private final Registry registry;
    private final SubjectMatcher matcher;
    private final Function<UUID, Optional<LedgerEntry>> ledger;

    /**
     * @param ledger looks up an earlier ledger entry by id (a split needs the submission it takes out)
     */
    public Applier(Registry registry, SubjectMatcher matcher, Function<UUID, Optional<LedgerEntry>> ledger) {
        this.registry = registry;
        this.matcher = matcher;
        this.ledger = ledger;
    }

    public Step apply(List<LedgerEntry> entries) {
        Map<SubjectId, GoldenRecord> records = new LinkedHashMap<>();
        Map<String, SubjectId> submissions = new LinkedHashMap<>();
        List<ReviewItem> review = new ArrayList<>();
        List<AppliedChange> changes = new ArrayList<>();
        Set<SubjectId> removed = new LinkedHashSet<>();
        long lastSeq = 0;
        for (LedgerEntry entry : entries) {
            lastSeq = entry.seq();
            List<AppliedChange> applied = switch (entry.kind()) {
                case SPLIT -> split(entry, records, submissions, review);
                case SUBMISSION -> List.of(applyOne(entry, records, submissions, review));
                case RETURN, RETURN_WITHDRAWN -> List.of(); // changes no record; the returns projection keeps it
                case REVIEW_DECISION -> decided(entry, records, submissions, review); // the review queue marks the item
            };
            if (entry.kind() == EntryKind.SUBMISSION) {
                submissions.put(entry.id().toString(), applied.getFirst().record().id());
            }
            for (AppliedChange change : applied) {
                SubjectId id = change.record().id();
                if (change.type() == ChangeType.ABSORBED) {
                    records.remove(id);
                    removed.add(id);
                    matcher.remove(id);
                } else {
                    records.put(id, change.record());
                    removed.remove(id); // a split gave it back
                    matcher.put(change.record());
                }
                changes.add(change);
            }
        }
        return new Step(lastSeq, List.copyOf(records.values()), submissions, review, changes, List.copyOf(removed));
    }

    private AppliedChange applyOne(LedgerEntry entry, Map<SubjectId, GoldenRecord> records,
                                   Map<String, SubjectId> submissions, List<ReviewItem> review) {
        // item ids number the items of this entry ("<seq>-<n>"), not of the step: steps are cut differently
        // live, after a restart and in a rebuild, and the ids must not depend on it
        int firstOfEntry = review.size();
        var provenance = new Provenance(entry.id().toString(), entry.username(), entry.receivedAt(), entry.seq(),
                entry.formVersion());
        Optional<SubjectId> target = Optional.ofNullable(entry.subjectId());
        if (target.isEmpty() && entry.supersedes() != null) {
            String superseded = entry.supersedes().toString();
            target = Optional.ofNullable(submissions.get(superseded)).or(() -> registry.subjectOfSubmission(superseded));
        }
        SubjectId possible = null;
        double score = 0;
        ChangeType type = ChangeType.UPDATED;
        if (target.isEmpty()) {
            switch (matcher.match(entry.subjectType(), entry.values())) {
                case Match.Same same -> {
                    target = Optional.of(same.subject());
                    type = ChangeType.MERGED;
                }
                case Match.Possible maybe -> {
                    possible = maybe.subject();
                    score = maybe.score();
                }
                case Match.None none -> { }
            }
        }
        Optional<GoldenRecord> current = target.flatMap(id -> Optional.ofNullable(records.get(id)).or(() -> registry.find(id)));
        if (current.isEmpty()) {
            SubjectId id = target.orElseGet(() -> registry.newId(entry.subjectType()));
            Map<String, FieldValue> fields = new LinkedHashMap<>();
            entry.values().forEach((field, value) -> fields.put(field, new FieldValue(value, provenance)));
            var record = new GoldenRecord(id, entry.subjectType(), entry.grid(), fields);
            if (possible != null) {
                review.add(item(entry, review.size() - firstOfEntry, ReviewKind.POSSIBLE_DUPLICATE, id, possible, null, score,
                        "new record may be the same as " + possible.value()));
            } else if (target.isPresent()) {
                review.add(item(entry, review.size() - firstOfEntry, ReviewKind.VALIDATION_WARNING, id, null, null, 0,
                        "named subject " + id.value() + " was not in the registry; created it"));
            }
            return new AppliedChange(entry.seq(), entry.id(), entry.username(), entry.receivedAt(), ChangeType.CREATED,
                    null, record, fields.keySet(), Set.of());
        }
        GoldenRecord before = current.get();
        MergeResult merged = FieldMerge.merge(before, entry.values(), entry.baseSeqs(), provenance, entry.supersedes());
        GoldenRecord after = merged.record().grid().equals(entry.grid()) ? merged.record() : merged.record().movedTo(entry.grid());
        for (FieldConflict conflict : merged.conflicts()) {
            review.add(item(entry, review.size() - firstOfEntry, ReviewKind.FIELD_CONFLICT, after.id(), null, conflict, 0,
                    "field " + conflict.fieldId() + " changed since base " + conflict.baseSeq()));
        }
        return new AppliedChange(entry.seq(), entry.id(), entry.username(), entry.receivedAt(), type, before, after,
                merged.changed(), merged.confirmed());
    }

    /**
     * A review decision that chose a conflict's proposed value sets it, as a merge of that one field with the
     * decision's provenance (the value that stood goes to history); other decisions change no record.
     */
    private List<AppliedChange> decided(LedgerEntry entry, Map<SubjectId, GoldenRecord> records,
                                        Map<String, SubjectId> submissions, List<ReviewItem> review) {
        if (ReviewDecision.MERGE.name().equals(entry.decision())) {
            return merge(entry, records, submissions, review);
        }
        if (entry.values().isEmpty() || entry.subjectId() == null) {
            return List.of();
        }
        Optional<GoldenRecord> current = Optional.ofNullable(records.get(entry.subjectId()))
                .or(() -> registry.find(entry.subjectId()));
        if (current.isEmpty()) {
            return List.of();
        }
        var provenance = new Provenance(entry.id().toString(), entry.username(), entry.receivedAt(), entry.seq(),
                entry.formVersion());
        Map<String, Long> fromCurrent = new LinkedHashMap<>();
        entry.values().keySet().forEach(field -> fromCurrent.put(field, Long.MAX_VALUE)); // decided on what stands now
        MergeResult merged = FieldMerge.merge(current.get(), entry.values(), fromCurrent, provenance, null);
        submissions.put(entry.id().toString(), entry.subjectId());
        return List.of(new AppliedChange(entry.seq(), entry.id(), entry.username(), entry.receivedAt(), ChangeType.UPDATED,
                current.get(), merged.record(), merged.changed(), merged.confirmed()));
    }

    /**
     * A supervisor decided a possible duplicate is one person: the entry's subject (the record that was there) absorbs
     * the record the item's submission made. Per field the value with the later ledger sequence stands and the other
     * goes to history (no new review item: the supervisor saw both side by side); the absorbed record leaves the
     * registry, and the submissions that went to it now lead to the survivor. See
     * docs/decisions/0028-merging-a-reviewed-duplicate.md.
     */
    private List<AppliedChange> merge(LedgerEntry entry, Map<SubjectId, GoldenRecord> records,
                                      Map<String, SubjectId> submissions, List<ReviewItem> review) {
        String absorbedValue = entry.values().get(ReviewDecisions.ABSORBED);
        SubjectId absorbedId = absorbedValue == null ? null : new SubjectId(absorbedValue);
        Optional<GoldenRecord> survivor = find(entry.subjectId(), records);
        Optional<GoldenRecord> absorbed = find(absorbedId, records);
        if (survivor.isEmpty() || absorbed.isEmpty() || absorbedId.equals(entry.subjectId())
                || survivor.get().type() != absorbed.get().type()) {
            review.add(new ReviewItem(entry.seq() + "-0", ReviewKind.VALIDATION_WARNING, entry.grid(),
                    absorbedId == null ? entry.subjectId() : absorbedId, entry.subjectId(), entry.id(), entry.seq(), null,
                    null, null, 0, "merge of " + absorbedValue + " into " + entry.subjectId().value()
                    + " does not apply: one of them is no longer in the registry", entry.receivedAt()));
            return List.of();
        }
        GoldenRecord a = survivor.get();
        GoldenRecord b = absorbed.get();
        Set<String> keys = new LinkedHashSet<>(a.fields().keySet());
        keys.addAll(b.fields().keySet());
        keys.addAll(a.history().keySet());
        keys.addAll(b.history().keySet());
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        Map<String, List<FieldValue>> history = new LinkedHashMap<>();
        Set<String> changed = new LinkedHashSet<>();
        for (String field : keys) {
            List<FieldValue> all = new ArrayList<>(); // the survivor's first: on equal sequences it wins
            Optional.ofNullable(a.fields().get(field)).ifPresent(all::add);
            Optional.ofNullable(b.fields().get(field)).ifPresent(all::add);
            all.addAll(a.historyOf(field));
            all.addAll(b.historyOf(field));
            all.sort(java.util.Comparator.comparingLong((FieldValue v) -> v.provenance().ledgerSeq()).reversed());
            if (a.fields().containsKey(field) || b.fields().containsKey(field)) {
                FieldValue standing = all.removeFirst();
                fields.put(field, standing);
                FieldValue before = a.fields().get(field);
                if (before == null || !before.value().equals(standing.value())) {
                    changed.add(field);
                }
            }
            history.put(field, all);
        }
        GoldenRecord after = new GoldenRecord(a.id(), a.type(), a.grid(), fields, history);
        registry.submissionsOf(b.id()).forEach(submission -> submissions.putIfAbsent(submission, a.id()));
        submissions.replaceAll((submission, subject) -> subject.equals(b.id()) ? a.id() : subject);
        submissions.put(entry.id().toString(), a.id());
        return List.of(
                new AppliedChange(entry.seq(), entry.id(), entry.username(), entry.receivedAt(), ChangeType.ABSORBED, b, b,
                        Set.of(), Set.of()),
                new AppliedChange(entry.seq(), entry.id(), entry.username(), entry.receivedAt(), ChangeType.MERGED, a, after,
                        changed, Set.of()));
    }

    private Optional<GoldenRecord> find(SubjectId id, Map<SubjectId, GoldenRecord> records) {
        return id == null ? Optional.empty() : Optional.ofNullable(records.get(id)).or(() -> registry.find(id));
    }

    /**
     * The record a supervisor's merge folded away, when the submission that made it is split out again: the split
     * gives it back under its old id (docs/decisions/0028-merging-a-reviewed-duplicate.md). A possible duplicate is
     * the only item its submission raises, so its id is {@code <seq>-0}.
     */
    private Optional<SubjectId> absorbedBy(LedgerEntry original, Map<SubjectId, GoldenRecord> records) {
        return ledger.apply(ReviewDecisions.entryId(original.seq() + "-0"))
                .filter(d -> ReviewDecision.MERGE.name().equals(d.decision()) && original.id().equals(d.supersedes()))
                .map(d -> d.values().get(ReviewDecisions.ABSORBED)).map(SubjectId::new)
                .filter(id -> find(id, records).isEmpty());
    }

    /**
     * Takes a merged submission out of the record it went into: every value of the record that submission
     * set or confirmed goes back to the one before it (or away, if it brought the field), and the
     * submission's own values become a new record with their original provenance.
     */
    private List<AppliedChange> split(LedgerEntry op, Map<SubjectId, GoldenRecord> records,
                                      Map<String, SubjectId> submissions, List<ReviewItem> review) {
        String mergedId = op.supersedes().toString();
        SubjectId subject = op.subjectId();
        Optional<SubjectId> wentTo = Optional.ofNullable(submissions.get(mergedId))
                .or(() -> registry.subjectOfSubmission(mergedId));
        Optional<GoldenRecord> current = Optional.ofNullable(records.get(subject)).or(() -> registry.find(subject));
        Optional<LedgerEntry> merged = ledger.apply(op.supersedes());
        if (current.isEmpty() || merged.isEmpty() || !wentTo.equals(Optional.of(subject))) {
            review.add(new ReviewItem(op.seq() + "-0", ReviewKind.VALIDATION_WARNING, op.grid(), subject, null, op.id(),
                    op.seq(), null, null, null, 0, "split of " + mergedId + " from " + subject.value()
                    + " does not apply: the submission is not part of that record", op.receivedAt()));
            return List.of();
        }
        GoldenRecord before = current.get();
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        Map<String, List<FieldValue>> history = new LinkedHashMap<>(before.history());
        Set<String> restored = new java.util.LinkedHashSet<>();
        // the submission's values leave the history too: they go with it into its own record
        history.replaceAll((field, values) -> values.stream()
                .filter(v -> !v.provenance().source().equals(mergedId)).toList());
        before.fields().forEach((field, value) -> {
            if (!value.provenance().source().equals(mergedId)) {
                fields.put(field, value);
                return;
            }
            restored.add(field);
            List<FieldValue> earlier = new ArrayList<>(history.getOrDefault(field, List.of()));
            if (!earlier.isEmpty()) {
                fields.put(field, earlier.removeFirst());
                history.put(field, earlier);
            }
        });
        GoldenRecord back = new GoldenRecord(before.id(), before.type(), before.grid(), fields, history);
        LedgerEntry original = merged.get();
        var provenance = new Provenance(mergedId, original.username(), original.receivedAt(), original.seq(),
                original.formVersion());
        Map<String, FieldValue> own = new LinkedHashMap<>();
        original.values().forEach((field, value) -> own.put(field, new FieldValue(value, provenance)));
        SubjectId separateId = absorbedBy(original, records).orElseGet(() -> registry.newId(original.subjectType()));
        GoldenRecord separate = new GoldenRecord(separateId, original.subjectType(), original.grid(), own);
        submissions.put(mergedId, separate.id());
        return List.of(
                new AppliedChange(op.seq(), op.id(), op.username(), op.receivedAt(), ChangeType.SPLIT, before, back,
                        restored, Set.of()),
                new AppliedChange(op.seq(), op.id(), op.username(), op.receivedAt(), ChangeType.SPLIT, null, separate,
                        own.keySet(), Set.of()));
    }

    private static ReviewItem item(LedgerEntry entry, int n, ReviewKind kind, SubjectId subject, SubjectId other,
                                   FieldConflict conflict, double score, String note) {
        return new ReviewItem(entry.seq() + "-" + n, kind, entry.grid(), subject, other, entry.id(), entry.seq(),
                conflict == null ? null : conflict.fieldId(), conflict == null ? null : conflict.current().value(),
                conflict == null ? null : conflict.proposed(), score, note, entry.receivedAt());
    }
}
