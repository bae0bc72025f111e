package org.oneform.sync.cycle;

import org.oneform.sync.area.AreaId;
import java.util.Set;
import java.util.List;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Collection;
import java.util.ArrayList;
import java.time.ZoneId;
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

    /**
     * The activity in {@code scope} over {@code [from, to)} counted from visit-log rows already read (what {@link
     * VisitLog#activity} counts in SQL): per worker and day in {@code zone}, the distinct submissions that left a record
     * in the scope, splits not counted, and the last receipt time; workers in {@code workers} without any included.
     * The dashboard reads its street's rows once for the completion and counts the activity from them.
     */
    public static List<WorkerActivity> of(Collection<Visit> visits, AreaId scope, Instant from, Instant to, ZoneId zone,
                                          Set<String> workers) {
        Map<String, Map<LocalDate, Set<java.util.UUID>>> days = new TreeMap<>();
        Map<String, Instant> last = new HashMap<>();
        workers.forEach(w -> days.put(w, new TreeMap<>()));
        for (Visit v : visits) {
            if (!v.isCollection() || v.at().isBefore(from) || !v.at().isBefore(to) || !v.toGrid().isWithin(scope)) {
                continue;
            }
            days.computeIfAbsent(v.worker(), w -> new TreeMap<>())
                    .computeIfAbsent(LocalDate.ofInstant(v.at(), zone), d -> new HashSet<>()).add(v.submissionId());
            last.merge(v.worker(), v.at(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<WorkerActivity> activity = new ArrayList<>();
        days.forEach((worker, perDay) -> {
            Map<LocalDate, Integer> counts = new TreeMap<>();
            perDay.forEach((day, submissions) -> counts.put(day, submissions.size()));
            activity.add(new WorkerActivity(worker, last.get(worker), counts));
        });
        return activity;
    }

    /** Submissions in the period. */
    public int total() {
        return perDay.values().stream().mapToInt(Integer::intValue).sum();
    }
}
