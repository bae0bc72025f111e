package org.oneform.sync.apply;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the apply loop's time goes, logged at most once per {@link #PERIOD} while it works: entries applied,
 * and per phase the CPU milliseconds of the loop's thread (what the step itself costs, whatever else the
 * machine is doing) and the wall milliseconds (what it waited for as well: disk, other threads, a busy CPU).
 * Operators read it when the loop falls behind; the ingest benchmark reads it to say which part to make
 * faster. Single writer: the loop's thread.
 */
final class StepTimings {

    enum Phase { MERGE, LISTENERS, STORE, INDEX }

    static final Duration PERIOD = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(StepTimings.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Phase, long[]> spent = new EnumMap<>(Phase.class);
    private long since = System.nanoTime();
    private long entries;
    private long wallMark;
    private long cpuMark;

    StepTimings() {
        for (Phase phase : Phase.values()) {
            spent.put(phase, new long[2]);
        }
    }

    void start() {
        wallMark = System.nanoTime();
        cpuMark = cpu();
    }

    /** The time since the last mark goes to {@code phase}. */
    void lap(Phase phase) {
        long wall = System.nanoTime();
        long cpu = cpu();
        long[] sums = spent.get(phase);
        sums[0] += cpu - cpuMark;
        sums[1] += wall - wallMark;
        wallMark = wall;
        cpuMark = cpu;
    }

    void applied(int count) {
        entries += count;
        long now = System.nanoTime();
        if (now - since < PERIOD.toNanos()) {
            return;
        }
        long cpu = spent.values().stream().mapToLong(s -> s[0]).sum();
        log.info("apply loop: {} entries in {} s, {}/s of its CPU time; CPU / wall ms: {}", entries,
                (now - since) / 1_000_000_000, cpu == 0 ? 0 : entries * 1_000_000_000L / cpu,
                spent.entrySet().stream().map(e -> e.getKey().name().toLowerCase() + " " + e.getValue()[0] / 1_000_000
                        + " / " + e.getValue()[1] / 1_000_000).collect(Collectors.joining(", ")));
        since = now;
        entries = 0;
        spent.values().forEach(s -> {
            s[0] = 0;
            s[1] = 0;
        });
    }

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
