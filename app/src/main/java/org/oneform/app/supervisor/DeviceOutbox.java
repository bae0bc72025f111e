package org.oneform.app.supervisor;

import java.time.Instant;
import java.util.Optional;

/**
 * What a worker's devices last reported about their outbox (submissions waiting to be sent). Reported by
 * the collector's {@code device-status} endpoint; the dashboard shows "—" where nothing was reported.
 */
@FunctionalInterface
public interface DeviceOutbox {

    /** A report: how many submissions wait on the worker's devices, as of when. */
    record Report(int pending, Instant reportedAt) {
    }

    /** The latest report of any of the worker's devices, if one exists. */
    Optional<Report> latest(String username);
}
