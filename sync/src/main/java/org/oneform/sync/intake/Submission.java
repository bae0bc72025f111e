package org.oneform.sync.intake;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * A filled form as a device sent it, before any check.
 *
 * @param id          the device-generated id; the idempotency key
 * @param subjectType what the form is about
 * @param formVersion the exact form version it was filled in
 * @param subjectId   the golden record it updates (from the worker's assignment), or null for a subject the
 *                    worker found that the registry may not know yet (dedup decides)
 * @param grid        the grid it was collected in
 * @param supersedes  the submission this one edits (sent earlier, maybe not applied yet), or null
 * @param values      values by field id as JSON gives them (strings, numbers, booleans, lists, maps)
 * @param baseSeqs    per field, the ledger sequence of the golden-record value the worker saw and edited
 *                    (0 for a baseline value); absent for fields the worker had no value for
 * @param collectedAt when the device says it was filled; shown to people, never used to order anything
 */
public record Submission(UUID id, SubjectType subjectType, int formVersion, SubjectId subjectId, AreaId grid,
                         UUID supersedes, Map<String, Object> values, Map<String, Long> baseSeqs, Instant collectedAt) {

    public Submission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(grid, "grid");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values == null ? Map.of() : values));
        baseSeqs = Collections.unmodifiableMap(new LinkedHashMap<>(baseSeqs == null ? Map.of() : baseSeqs));
    }

    public Optional<SubjectId> subject() {
        return Optional.ofNullable(subjectId);
    }

    public Optional<UUID> superseded() {
        return Optional.ofNullable(supersedes);
    }
}
