package org.oneform.sync.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A grid worker's recent activity as the ledger shows it.
 *
 * @param worker   the user name
 * @param lastSync when the server last received a submission of theirs; null when never in the period
 * @param perDay   submissions received per day (in the server's zone), days without any left out
 */
public record WorkerActivity(String worker, Instant lastSync, Map<LocalDate, Integer> perDay) {

    public WorkerActivity {
        perDay = Collections.unmodifiableMap(new TreeMap<>(perDay));
    }

    /** Submissions in the period. */
    public int total() {
        return perDay.values().stream().mapToInt(Integer::intValue).sum();
    }
}
