package org.oneform.app.feeds;

import java.time.Instant;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.DeliveryStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A department's push webhook, managed with its feed API token (or in the portal):
 * {@code PUT /api/feeds/v1/webhook} sets the URL and answers a new signing secret, once;
 * {@code GET} shows the push cursor and state; {@code POST /webhook/replay} pushes again from a cursor;
 * {@code DELETE} stops pushing. Pushes are POSTs of JSON lines with headers {@code OneForm-Timestamp},
 * {@code OneForm-Signature: v1=hex(HMAC-SHA256(secret, timestamp + "." + body))} and {@code OneForm-Cursor}.
 */
@RestController
@RequestMapping("/api/feeds/v1/webhook")
@Tag(name = "Feeds")
class WebhookController {

    private final Webhooks webhooks;
    private final FeedCursors cursors;
    private final DeliveryStore deliveries;
    private final WebhookReplays replays;

    WebhookController(Webhooks webhooks, FeedCursors cursors, DeliveryStore deliveries, WebhookReplays replays) {
        this.replays = replays;
        this.webhooks = webhooks;
        this.cursors = cursors;
        this.deliveries = deliveries;
    }

    /** @param url where to POST; @param after push the deliveries after this cursor (blank: all of them) */
    record WebhookRequest(String url, String after) {
    }

    record WebhookCreated(String url, String secret, String signature) {
    }

    /** @param cursor push the deliveries after this cursor; @param since or those delivered at or after this moment; neither: all */
    record ReplayRequest(String cursor, Instant since) {
    }

    /** The webhook's state (its properties, unwrapped) and how many deliveries the replay pushes again. */
    record ReplayAnswer(@JsonUnwrapped WebhookState webhook, long deliveries) {
    }

    record WebhookState(String url, String cursor, int failures, String lastError, Instant lastSuccessAt,
                        Instant nextAttemptAt) {
    }

    @PutMapping
    @Operation(summary = "Set the webhook", description = "Answers a new signing secret, shown only in this response.")
    WebhookCreated configure(@RequestBody(required = false) WebhookRequest body, Authentication auth) {
        DepartmentToken token = (DepartmentToken) auth.getPrincipal();
        long from = position(body == null ? null : body.after(), token.department(), "after");
        String secret = webhooks.configure(token.department(), body == null ? null : body.url(), from, "dept:" + token.label());
        return new WebhookCreated(webhooks.of(token.department()).orElseThrow().url(), secret,
                "v1=hex(HMAC-SHA256(secret, OneForm-Timestamp + \".\" + body))");
    }

    @GetMapping
    @Operation(summary = "The webhook's push cursor and state")
    WebhookState state(Authentication auth) {
        DepartmentCode department = ((DepartmentToken) auth.getPrincipal()).department();
        DepartmentWebhook hook = webhooks.of(department)
                .orElseThrow(() -> FeedProblem.NO_WEBHOOK.failure("set one with PUT /api/feeds/v1/webhook", null));
        return new WebhookState(hook.url(), cursors.of(department, hook.pushedSeq()), hook.failures(), hook.lastError(),
                hook.lastSuccessAt(), hook.nextAttemptAt());
    }

    @PostMapping("/replay")
    @Operation(summary = "Push again from a cursor or a moment",
            description = "cursor: the deliveries after it; since (ISO-8601 instant): those delivered at or after it; "
                    + "neither: the whole feed. Answers how many will be pushed again.")
    ReplayAnswer replay(@RequestBody(required = false) ReplayRequest body, Authentication auth) {
        DepartmentToken token = (DepartmentToken) auth.getPrincipal();
        String cursor = body == null ? null : body.cursor();
        Instant since = body == null ? null : body.since();
        boolean hasCursor = cursor != null && !cursor.isBlank();
        if (hasCursor && since != null) {
            throw FeedProblem.INVALID_PARAMETER.failure("give a cursor or a moment, not both", "since");
        }
        ReplayFrom from = hasCursor ? new ReplayFrom.AfterCursor(cursor)
                : since != null ? new ReplayFrom.Since(since) : new ReplayFrom.Start();
        ReplayPlan plan = replays.replay(token.department(), from, "dept:" + token.label());
        return new ReplayAnswer(state(auth), plan.deliveries());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop pushing")
    void remove(Authentication auth) {
        DepartmentToken token = (DepartmentToken) auth.getPrincipal();
        if (!webhooks.remove(token.department(), "dept:" + token.label())) {
            throw FeedProblem.NO_WEBHOOK.failure("there is no webhook to remove", null);
        }
    }

    private long position(String cursor, DepartmentCode department, String property) {
        long position = cursors.position(cursor, department, property);
        if (position > deliveries.lastFeedSeq()) {
            throw FeedProblem.CURSOR_FROM_THE_FUTURE.failure("this cursor is ahead of the feed", property);
        }
        return position;
    }
}
