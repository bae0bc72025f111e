package org.oneform.sync.apply;

import org.oneform.sync.registry.SubjectId;

/** What dedup says about a subject a worker found without naming its golden record. */
public sealed interface Match {

    /** The same subject as this record: merge into it. */
    record Same(SubjectId subject, double score) implements Match {
    }

    /** Maybe this record (between the thresholds): a new record, and a review item. */
    record Possible(SubjectId subject, double score) implements Match {
    }

    /** Nobody the registry knows: a new record. */
    record None() implements Match {
    }
}
