package org.oneform.sync.feeds;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.registry.SubjectId;

/**
 * One change of one subject for one department.
 *
 * @param id          stable: derived from submission, department and subject, so a replay makes the same id
 * @param department  who receives it
 * @param seq         the ledger sequence of the change
 * @param submission  the submission (or operation) behind it
 * @param subject     the golden record; never sent to the department
 * @param pseudonym   the department's stable id for the subject (differs per department)
 * @param change      what happened, from the department's point of view
 * @param fields      the subscribed fields' current values (only fields the department requested; none when removed)
 * @param changed     which of them this change changed
 * @param collectedAt per delivered field, when its value was collected (provenance summary)
 * @param purposes    the purposes of the grants that cover it
 * @param at          when the ledger received the change
 * @param source      {@link #APPLIED} for a change the apply loop applied, {@link #BACKFILL} for a field a department
 *                    newly requested, sent for a record it already had (see docs/decisions/0008-feed-backfill-and-exports.md)
 */
public record Delivery(String id, DepartmentCode department, long seq, UUID submission, SubjectId subject,
                       String pseudonym, DeliveryChange change, Map<String, String> fields, Set<String> changed,
                       Map<String, Instant> collectedAt, List<String> purposes, Instant at, String source) {

    /** The source of deliveries made by the apply loop. */
    public static final String APPLIED = "apply";
    /** The source of deliveries made by a backfill. */
    public static final String BACKFILL = "backfill";

    /** A delivery of an applied change. */
    public Delivery(String id, DepartmentCode department, long seq, UUID submission, SubjectId subject, String pseudonym,
                    DeliveryChange change, Map<String, String> fields, Set<String> changed,
                    Map<String, Instant> collectedAt, List<String> purposes, Instant at) {
        this(id, department, seq, submission, subject, pseudonym, change, fields, changed, collectedAt, purposes, at, APPLIED);
    }

    public Delivery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(change, "change");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        changed = Set.copyOf(changed);
        collectedAt = Collections.unmodifiableMap(new LinkedHashMap<>(collectedAt));
        purposes = List.copyOf(purposes);
    }
}
