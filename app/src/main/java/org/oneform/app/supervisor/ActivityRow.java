package org.oneform.app.supervisor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A grid worker's activity in the street.
 *
 * @param username the worker
 * @param name     their display name
 * @param grids    the names of their grids
 * @param lastSync when the server last received a submission of theirs (last {@link Dashboard#ACTIVITY_DAYS} days)
 * @param perDay   submissions per day over those days, oldest first, every day present
 * @param outbox   what their devices last reported as waiting to be sent; empty when nothing was reported
 */
public record ActivityRow(String username, String name, String grids, Instant lastSync, Map<LocalDate, Integer> perDay,
                          Optional<DeviceOutbox.Report> outbox) {

    public int total() {
        return perDay.values().stream().mapToInt(Integer::intValue).sum();
    }
}
