package org.oneform.sync.apply;

/** What an applied ledger entry did to a golden record, as department feeds report it. */
public enum ChangeType {
    /** A new record (a subject nobody had, or a possible duplicate kept apart until review). */
    CREATED,
    /** A named record (from an assignment, or through the submission an edit supersedes) changed. */
    UPDATED,
    /** A subject found without a name was matched by dedup to an existing record and merged into it. */
    MERGED,
    /** A merge was undone: the record went back, and the merged submission became a record of its own. */
    SPLIT,
    /**
     * A supervisor decided two records are one person (docs/decisions/0028-merging-a-reviewed-duplicate.md): this
     * record was folded into the other (whose change is {@link #MERGED}) and left the registry. The change's record is
     * the absorbed record as it was.
     */
    ABSORBED
}
