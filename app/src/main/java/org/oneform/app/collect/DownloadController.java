package org.oneform.app.collect;

import java.util.Map;

import org.oneform.app.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /api/sync/v1/download}: the worker's grids as deltas since a signed cursor ({@link Downloads}). The
 * prefill carries ID numbers and phones unmasked (the worker verifies them at the door), so every page is audited:
 * who, which device, which grids, how many subjects.
 */
@RestController
@RequestMapping("/api/sync/v1/download")
@Tag(name = "Download", description = "The worker's grids for offline work: forms, assignments with prefill, removals, returns")
class DownloadController {

    private final Downloads downloads;
    private final AuditLog audit;

    DownloadController(Downloads downloads, AuditLog audit) {
        this.downloads = downloads;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "A page of the worker's download",
            description = "Without a cursor: everything of the worker's grids. With the cursor of the previous response: "
                    + "the next page, or (after the last page) what changed since. Page until more is false; keep the last "
                    + "cursor. 400 malformed-cursor (forged or altered), foreign-cursor (another worker's), cursor-ahead "
                    + "(the server's data is older: download without a cursor), invalid-parameter (limit).")
    DownloadResponse download(
            @Parameter(description = "Opaque cursor from the previous response; absent for everything")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "Items per page, 1 to 1000 (default 500)")
            @RequestParam(required = false) Integer limit,
            Authentication auth, HttpServletRequest request) {
        int size = limit == null ? Downloads.DEFAULT_LIMIT : limit;
        if (size < 1 || size > Downloads.MAX_LIMIT) {
            throw SyncProblem.INVALID_PARAMETER.parameterFailure("limit must be 1 to " + Downloads.MAX_LIMIT, "limit",
                    String.valueOf(limit), Map.of("max", Downloads.MAX_LIMIT));
        }
        CollectorPrincipal who = SubmissionsController.principal(auth);
        Downloads.Page page = downloads.page(who.account().username(), who.grids(), cursor, size);
        DownloadResponse body = page.response();
        audit.record(who.account().username(), "collector.download", String.join(" ", page.position().grids()),
                "device=" + who.session().deviceId() + " assignments=" + body.assignments().size() + " removals="
                        + body.removals().size() + " returns=" + body.returns().size() + " since=" + page.position().since()
                        + " upto=" + page.position().upto() + " more=" + body.more(), request.getRemoteAddr());
        return body;
    }
}
