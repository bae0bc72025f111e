package org.oneform.sync.cycle;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * What one applied ledger entry did to one golden record, as the {@link VisitLog} keeps it.
 *
 * @param seq          the ledger sequence
 * @param submissionId the submission (or, for a split, the split operation)
 * @param subject      the record
 * @param type         its subject type
 * @param change       created, updated, merged into, or split
 * @param fromGrid     the grid it was in before; null when the entry created it
 * @param toGrid       the grid it is in after
 * @param worker       who collected it (for a split: who decided it)
 * @param at           when the ledger received the entry
 */
public record Visit(long seq, UUID submissionId, SubjectId subject, SubjectType type, ChangeType change,
                    AreaId fromGrid, AreaId toGrid, String worker, Instant at) {

    public Visit {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(toGrid, "toGrid");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(at, "at");
    }

    /** A worker's submission (not a supervisor's split). */
    public boolean isCollection() {
        return change != ChangeType.SPLIT;
    }
}
