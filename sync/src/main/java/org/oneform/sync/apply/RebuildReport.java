package org.oneform.sync.apply;

import java.time.Duration;
import java.util.List;

import org.oneform.sync.registry.SubjectId;

/**
 * What a rebuild from the ledger found.
 *
 * @param ledgerEntries   entries replayed
 * @param lastSeq         the last sequence replayed
 * @param records         records in the rebuilt registry
 * @param liveRecords     records in the live registry
 * @param differing       how many subject ids differ (missing on one side, or unequal)
 * @param examples        up to 20 of them
 * @param reviewItems     review items raised by the replay
 * @param liveReviewItems review items in the live queue
 * @param reviewEqual     whether the review items are equal
 * @param returnsEqual    whether the returned submissions (open and resolved) are equal
 * @param rosterEqual     whether the roster logs (per grid: changed and left subjects with sequences) are equal
 * @param took            how long the replay and comparison took
 */
public record RebuildReport(long ledgerEntries, long lastSeq, int records, int liveRecords, int differing,
                            List<SubjectId> examples, int reviewItems, int liveReviewItems, boolean reviewEqual,
                            boolean returnsEqual, boolean rosterEqual, Duration took) {

    public RebuildReport {
        examples = List.copyOf(examples);
    }

    /** The live projections equal the rebuild. */
    public boolean equal() {
        return differing == 0 && reviewEqual && returnsEqual && rosterEqual && records == liveRecords;
    }
}
