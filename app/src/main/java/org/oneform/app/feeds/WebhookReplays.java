package org.oneform.app.feeds;

import java.time.Clock;

import org.oneform.app.audit.AuditLog;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.DeliveryStore;

/**
 * Replaying a department's webhook queue from the start, from a moment or from a cursor: first a plan (validated,
 * with the number of deliveries that will be pushed again), then the replay, audited with where it started and how
 * many it re-sends. The API's {@code POST /api/feeds/v1/webhook/replay} and the portal's replay dialog both go
 * through here. See docs/decisions/0034-feed-csv-and-webhook-replay.md.
 */
public class WebhookReplays {

    private final Webhooks webhooks;
    private final FeedCursors cursors;
    private final DeliveryStore deliveries;
    private final AuditLog audit;
    private final Clock clock;

    WebhookReplays(Webhooks webhooks, FeedCursors cursors, DeliveryStore deliveries, AuditLog audit, Clock clock) {
        this.webhooks = webhooks;
        this.cursors = cursors;
        this.deliveries = deliveries;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a replay from {@code from} would push again.
     *
     * @throws org.oneform.app.api.ProblemException {@code cursor-required}, {@code malformed-cursor},
     *                                              {@code foreign-cursor} or {@code cursor-from-the-future} (property
     *                                              {@code cursor}); {@code replay-from-the-future} (property
     *                                              {@code since}); {@code no-webhook}
     */
    public ReplayPlan plan(DepartmentCode department, ReplayFrom from) {
        if (webhooks.of(department).isEmpty()) {
            throw FeedProblem.NO_WEBHOOK.failure("set a webhook before replaying it", null);
        }
        long position = switch (from) {
            case ReplayFrom.Start start -> 0;
            case ReplayFrom.Since since -> {
                if (since.at() == null) {
                    throw FeedProblem.INVALID_PARAMETER.failure("give the moment to replay from", "since");
                }
                if (since.at().isAfter(clock.instant())) {
                    throw FeedProblem.REPLAY_FROM_THE_FUTURE.failure("nothing was delivered after now", "since");
                }
                yield deliveries.positionBefore(department, since.at());
            }
            case ReplayFrom.AfterCursor after -> {
                if (after.cursor() == null || after.cursor().isBlank()) {
                    throw FeedProblem.CURSOR_REQUIRED.failure("give a cursor of this feed", "cursor");
                }
                long at = cursors.position(after.cursor().strip(), department, "cursor");
                if (at > deliveries.lastFeedSeq()) {
                    throw FeedProblem.CURSOR_FROM_THE_FUTURE.failure("this cursor is ahead of the feed", "cursor");
                }
                yield at;
            }
        };
        return new ReplayPlan(from, position, deliveries.countAfter(department, position));
    }

    /** Plans the replay again (the feed may have grown since it was shown) and moves the push cursor; audited. */
    public ReplayPlan replay(DepartmentCode department, ReplayFrom from, String by) {
        ReplayPlan plan = plan(department, from);
        if (!webhooks.moveCursor(department, plan.position())) {
            throw FeedProblem.NO_WEBHOOK.failure("set a webhook before replaying it", null);
        }
        audit.record(by, "feed-webhook-replay", department.value(), describe(from) + " (feed position " + plan.position()
                + "), " + plan.deliveries() + " deliveries to push again", null);
        return plan;
    }

    private static String describe(ReplayFrom from) {
        return switch (from) {
            case ReplayFrom.Start start -> "from the start";
            case ReplayFrom.Since since -> "from " + since.at();
            case ReplayFrom.AfterCursor after -> "after a cursor";
        };
    }
}
