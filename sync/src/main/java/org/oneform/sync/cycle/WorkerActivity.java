package org.oneform.sync.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

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

    /**
     * Activity per worker from visits (each submission counted once, however many records it changed;
     * splits are supervisors' decisions and not counted), workers without visits included with none.
     */
    public static List<WorkerActivity> of(List<Visit> visits, Set<String> workers, ZoneId zone) {
        Map<String, Instant> last = new TreeMap<>();
        Map<String, Map<LocalDate, Integer>> days = new TreeMap<>();
        Set<UUID> counted = new HashSet<>();
        workers.forEach(w -> days.put(w, new TreeMap<>()));
        for (Visit v : visits) {
            if (!v.isCollection() || !counted.add(v.submissionId())) {
                continue;
            }
            last.merge(v.worker(), v.at(), (a, b) -> a.isAfter(b) ? a : b);
            days.computeIfAbsent(v.worker(), w -> new TreeMap<>())
                    .merge(LocalDate.ofInstant(v.at(), zone), 1, Integer::sum);
        }
        List<WorkerActivity> activity = new ArrayList<>();
        days.forEach((worker, perDay) -> activity.add(new WorkerActivity(worker, last.get(worker), perDay)));
        return activity;
    }
}
