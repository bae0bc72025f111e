package org.oneform.sync.searchbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the report says about the machine, the JVM, the heap and the index files. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime rt = Runtime.getRuntime();
        return String.format("machine: nproc %d, %s, %s memory; JDK %s, max heap %s, assertions %s",
                rt.availableProcessors(), procLine("/proc/cpuinfo", "model name"), memory(),
                Runtime.version(), mib(rt.maxMemory()), Machine.class.desiredAssertionStatus() ? "on" : "off");
    }

    /** CPU time of the whole JVM (all threads: generator, indexing, Lucene merges, refresher). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String heapAfterGc() {
        System.gc();
        return mib(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a segment merged away while walking
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mib(long bytes) {
        return String.format("%,.0f MiB", bytes / 1024.0 / 1024.0);
    }

    private static String memory() {
        String total = procLine("/proc/meminfo", "MemTotal");
        try {
            return String.format("%.1f GiB", Long.parseLong(total.replace("kB", "").strip()) / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return total;
        }
    }

    private static String procLine(String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(key)).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("?");
        } catch (IOException | UncheckedIOException e) {
            return "?";
        }
    }
}
