package org.oneform.sync.apply.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.oneform.sync.apply.AppliedChange;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReviewItem;

/**
 * The outcome of applying consecutive ledger entries, not yet stored.
 *
 * @param lastSeq     the last sequence covered
 * @param records     the records as they stand after the step (each once)
 * @param submissions submission id → the subject it went to
 * @param review      items raised
 * @param changes     one per entry, in sequence order
 * @param removed     records that left the registry (merged into another), none of them in {@code records}
 */
public record Step(long lastSeq, Collection<GoldenRecord> records, Map<String, SubjectId> submissions,
                   List<ReviewItem> review, List<AppliedChange> changes, Collection<SubjectId> removed) {
}
