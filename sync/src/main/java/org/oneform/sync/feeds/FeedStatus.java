package org.oneform.sync.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a department's feed stands, as its portal shows it.
 *
 * @param delivered              every delivery the department was ever given
 * @param unacknowledged         how many of them lie after its acknowledged position
 * @param lastPullAt             when it last pulled a page of its feed (null: never)
 * @param oldestUnacknowledgedAt when the oldest delivery it has not acknowledged was written (null: none open)
 * @param lastDeliveredAt        when its newest delivery was written (null: none yet)
 */
public record FeedStatus(long delivered, long unacknowledged, Instant lastPullAt, Instant oldestUnacknowledgedAt,
                         Instant lastDeliveredAt) {

    /**
     * The feed's lag: how long the oldest delivery the department has not acknowledged has been waiting;
     * empty when it is up to date.
     */
    public Optional<Duration> lag(Instant now) {
        return oldestUnacknowledgedAt == null ? Optional.empty()
                : Optional.of(Duration.between(oldestUnacknowledgedAt, now).isNegative() ? Duration.ZERO
                        : Duration.between(oldestUnacknowledgedAt, now));
    }
}
