package org.oneform.sync.review;

/** Why an item waits for a person. */
public enum ReviewKind {
    /** Dedup scored a new subject between its thresholds against an existing record. */
    POSSIBLE_DUPLICATE,
    /** The same field was changed twice from the same base; the first change stands until someone decides. */
    FIELD_CONFLICT,
    /** The submission was accepted but something about it deserves a look (e.g. it names a subject that is gone). */
    VALIDATION_WARNING,
    /**
     * A worker resubmitted a submission a supervisor had returned: the supervisor approves it (or returns it again).
     * The item's submission is the resubmission; the ledger names the returned one it supersedes.
     */
    RESUBMISSION
}
