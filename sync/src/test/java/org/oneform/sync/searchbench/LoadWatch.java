package org.oneform.sync.searchbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the 1-minute load average every 5 s: the machine is shared, so the report says how busy it was. */
final class LoadWatch {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("load-watch").daemon(true).factory());
    private double min = Double.MAX_VALUE;
    private double max;
    private double sum;
    private int samples;

    LoadWatch() {
        timer.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.SECONDS);
    }

    synchronized void reset() {
        min = Double.MAX_VALUE;
        max = 0;
        sum = 0;
        samples = 0;
        sample();
    }

    private synchronized void sample() {
        try {
            double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            min = Math.min(min, load);
            max = Math.max(max, load);
            sum += load;
            samples++;
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux): the report shows NaN
        }
    }

    synchronized double min() {
        return samples == 0 ? Double.NaN : min;
    }

    synchronized double max() {
        return samples == 0 ? Double.NaN : max;
    }

    synchronized double mean() {
        return samples == 0 ? Double.NaN : sum / samples;
    }
}
