package org.oneform.app.feeds;

import java.time.Instant;

/**
 * Where a webhook replay starts (see {@link WebhookReplays}): the start of the department's feed, its first
 * delivery at or after a moment, or the delivery after a cursor the department was given.
 */
public sealed interface ReplayFrom {

    /** Every delivery of the department again. */
    record Start() implements ReplayFrom {
    }

    /** Every delivery made at or after {@code at}. */
    record Since(Instant at) implements ReplayFrom {
    }

    /** Every delivery after {@code cursor} (a cursor of this feed, as the pull API or a push gave it). */
    record AfterCursor(String cursor) implements ReplayFrom {
    }
}
