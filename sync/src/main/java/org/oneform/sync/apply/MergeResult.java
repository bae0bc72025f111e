package org.oneform.sync.apply;

import java.util.List;
import java.util.Set;

import org.oneform.sync.registry.GoldenRecord;

/**
 * What a merge did.
 *
 * @param record    the record after the merge
 * @param changed   fields whose value changed (or appeared)
 * @param confirmed fields whose value was collected again unchanged (fresh again, provenance renewed)
 * @param conflicts fields held back for review
 */
public record MergeResult(GoldenRecord record, Set<String> changed, Set<String> confirmed, List<FieldConflict> conflicts) {

    public MergeResult {
        changed = Set.copyOf(changed);
        confirmed = Set.copyOf(confirmed);
        conflicts = List.copyOf(conflicts);
    }
}
