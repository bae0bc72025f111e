package org.oneform.app.collect;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of a worker's download ({@code GET /api/sync/v1/download}); page until {@code more} is false and keep
 * the last {@code cursor} for the next download. The contract is docs/contracts (collector-api.md) as fixed on
 * 2026-12-03.
 *
 * @param cursor          send it with the next request (the next page, or after the last page the next download)
 * @param more            whether more pages of this download follow
 * @param total           assignments and removals in this whole download, for a progress bar
 * @param forms           the current published version per subject type (on every page)
 * @param assignments     subjects of the worker's grids, new or changed since the cursor, with prefill values
 * @param removals        subject ids no longer in the worker's grids (moved away, merged away, deleted)
 * @param returns         submissions returned to the worker since the cursor, still open (first page only)
 * @param resolvedReturns returns no longer open since the cursor: resubmitted, or withdrawn by the supervisor
 *                        (first page only)
 */
record DownloadResponse(String cursor, boolean more, int total, List<FormRef> forms, List<Assignment> assignments,
                        List<String> removals, List<ReturnDto> returns, List<UUID> resolvedReturns) {

    /** A form version the device should hold. */
    record FormRef(String subjectType, int version) {
    }

    /**
     * A subject to visit, with what the registry knows.
     *
     * @param title     display name: a resident's or place's name, a household's address
     * @param subtitle  an address line: a resident's household address (else registered address), a household's
     *                  head of household, a place's address
     * @param household a resident's household id, else null
     * @param search    terms for the offline roster search (never the full ID number or phone)
     * @param values    prefill per form field the record has
     * @param seq       ledger sequence of the record's latest change (0: unchanged since the baseline)
     */
    record Assignment(String subjectId, String subjectType, String grid, String title, String subtitle, String household,
                      SearchTerms search, Map<String, Prefill> values, long seq) {
    }

    /** What the offline roster search matches on. */
    record SearchTerms(String name, String idLast4, String address) {
    }

    /**
     * One prefilled value.
     *
     * @param value in the submission's wire form: text, a number, an array of choice codes, {@code {lat, lon}}, or
     *              rows of a repeat group
     * @param seq   the value's version: send it back in {@code baseSeqs} when submitting
     * @param at    when it was collected or last confirmed
     * @param fresh whether that is within the field's refresh interval in the current form version (verify only)
     */
    record Prefill(Object value, long seq, Instant at, boolean fresh) {
    }

    /** A submission the supervisor returned, with the comment to show. */
    record ReturnDto(UUID submissionId, String subjectId, String subjectType, String comment, String by, String byName,
                     Instant at) {
    }
}
