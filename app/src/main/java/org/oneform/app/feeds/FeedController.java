package org.oneform.app.feeds;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.oneform.app.audit.AuditLog;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.feeds.DeliveryStore.FeedLine;
import org.oneform.sync.feeds.FeedActivity;
import org.oneform.sync.feeds.Grant;
import org.oneform.sync.feeds.Subscriptions;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A department pulls its changes: {@code GET /api/feeds/v1/changes?after=<cursor>&limit=<n>} as JSON lines
 * (default) or CSV ({@code format=csv}); the response's {@code OneForm-Next-Cursor} header is the cursor of
 * the next page (the same cursor again when there was nothing new). At least once: pull from the last cursor
 * you processed; acknowledge with {@code POST /api/feeds/v1/ack}. Every pull is audited.
 */
@RestController
@RequestMapping("/api/feeds/v1")
@Tag(name = "Feeds", description = "Department feeds: only the requested fields, for the requested population")
class FeedController {

    static final String NEXT_CURSOR = "OneForm-Next-Cursor";
    static final int MAX_LIMIT = 10_000;
    private static final int RESPONSE_BUFFER = 64 * 1024;

    private final DeliveryStore deliveries;
    private final Subscriptions subscriptions;
    private final FeedCursors cursors;
    private final AuditLog audit;
    private final FeedActivity activity;

    FeedController(DeliveryStore deliveries, Subscriptions subscriptions, FeedCursors cursors, AuditLog audit,
                   FeedActivity activity) {
        this.deliveries = deliveries;
        this.activity = activity;
        this.subscriptions = subscriptions;
        this.cursors = cursors;
        this.audit = audit;
    }

    record AckRequest(String cursor) {
    }

    record AckResponse(String acknowledged) {
    }

    @GetMapping("/changes")
    @Operation(summary = "Changes after a cursor", description = "JSON lines (application/x-ndjson) or CSV (format=csv); header OneForm-Next-Cursor.")
    void changes(@RequestParam(defaultValue = "") String after, @RequestParam(defaultValue = "1000") int limit,
                 @RequestParam(defaultValue = "jsonl") String format, Authentication auth, HttpServletResponse response)
            throws IOException {
        DepartmentToken token = (DepartmentToken) auth.getPrincipal();
        DepartmentCode department = token.department();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw FeedProblem.INVALID_PARAMETER.failure("limit is 1 to " + MAX_LIMIT, "limit");
        }
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw FeedProblem.INVALID_PARAMETER.failure("format is jsonl or csv", "format");
        }
        long position = cursors.position(after, department);
        if (position > deliveries.lastFeedSeq()) {
            throw FeedProblem.CURSOR_FROM_THE_FUTURE.failure("this cursor is ahead of the feed", "after");
        }
        List<FeedLine> lines = deliveries.after(department, position, limit);
        long next = lines.isEmpty() ? position : lines.getLast().feedSeq();
        response.setHeader(NEXT_CURSOR, cursors.of(department, next));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        activity.pulled(department);
        audit.record("dept:" + department.value(), "feed-pull", token.label(), lines.size() + " deliveries, " + format, null);
        // the container's output buffer: 64 KiB (not 8) makes a 17 MB page fewer chunks and socket writes
        response.setBufferSize(RESPONSE_BUFFER);
        if (format.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            var csv = new FeedCsv(response.getWriter(), fieldsOf(department));
            for (FeedLine line : lines) {
                csv.row(line.json());
            }
            csv.flush();
        } else {
            response.setContentType("application/x-ndjson;charset=UTF-8");
            Writer out = response.getWriter();
            for (FeedLine line : lines) {
                out.write(line.json());
                out.write('\n');
            }
        }
    }

    @PostMapping("/ack")
    @Operation(summary = "Acknowledge up to a cursor", description = "Records how far the department has processed its feed.")
    AckResponse ack(@RequestBody AckRequest body, Authentication auth) {
        DepartmentCode department = ((DepartmentToken) auth.getPrincipal()).department();
        long position = cursors.position(body == null ? null : body.cursor(), department, "cursor");
        if (position > deliveries.lastFeedSeq()) {
            throw FeedProblem.CURSOR_FROM_THE_FUTURE.failure("this cursor is ahead of the feed", "cursor");
        }
        deliveries.acknowledge(department, position);
        return new AckResponse(cursors.of(department, deliveries.acknowledged(department)));
    }

    /** The CSV columns: the fixed ones, then every field the department's grants name, in grant order. */
    private List<String> fieldsOf(DepartmentCode department) {
        Set<String> fields = new LinkedHashSet<>();
        subscriptions.of(department).stream().map(Grant::fields).forEach(fields::addAll);
        return new ArrayList<>(fields);
    }

}
