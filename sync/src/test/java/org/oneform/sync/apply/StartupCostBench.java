package org.oneform.sync.apply;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.values.IdNumber;
import org.oneform.sync.dedup.DedupConfig;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.RegistryData;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.search.RegistryIndex;

/**
 * What a start costs per stored resident, part by part, in CPU time of the whole process (so a loaded machine
 * stretches the wall clock but not the figure): Eclipse Store opening a registry of N residents (the whole graph
 * is loaded with the root), the registry's in-memory views, and dedup loading every resident (normalisation,
 * pinyin readings, clusters). The store is written the way the apply loop writes it: steps of 256 new residents
 * with six fields and one provenance per submission, stored shelf by shelf with the submission index. Heap after
 * a full GC is read after each part. Run: {@code java -Xmx8g -cp <sync test classpath>
 * org.oneform.sync.apply.StartupCostBench 20000 100000} (docs/benchmarks.md, "Start-up with N residents stored").
 */
public final class StartupCostBench {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓雯", "建华", "志强"};
    private static final String[] WORKERS = {"worker01", "worker02", "worker03", "worker04"};

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            int n = Integer.parseInt(arg);
            Path dir = Files.createTempDirectory("startup-cost");
            try {
                write(dir.resolve("store"), n);
                System.gc();
                long heap0 = usedAfterGc();
                long cpu0 = cpu();
                long wall0 = System.nanoTime();
                EmbeddedStorageManager storage = EmbeddedStorage.start(dir.resolve("store"));
                RegistryData data = (RegistryData) storage.root();
                long cpu1 = cpu();
                long wall1 = System.nanoTime();
                long heap1 = usedAfterGc();
                long cpu1b = cpu();
                Registry registry = new Registry(data, storage);
                long cpu2 = cpu();
                long wall2 = System.nanoTime();
                long heap2 = usedAfterGc();
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                try (RegistryIndex index = RegistryIndex.open(dir.resolve("index"), key)) {
                    DedupMatcher matcher = new DedupMatcher(DedupConfig.DEFAULTS, index);
                    long cpu2b = cpu();
                    long wall2b = System.nanoTime();
                    registry.allInIdOrder().forEach(matcher::load);
                    long cpu3 = cpu();
                    long wall3 = System.nanoTime();
                    long heap3 = usedAfterGc();
                    System.out.printf(Locale.ROOT, "%,d residents (%,d records), load average %.1f%n", n, registry.size(),
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    line("Eclipse Store start + root", cpu1 - cpu0, wall1 - wall0, heap1 - heap0, n);
                    line("registry views", cpu2 - cpu1b, wall2 - wall1, heap2 - heap1, n);
                    line("dedup load", cpu3 - cpu2b, wall3 - wall2b, heap3 - heap2, n);
                    if (matcher.hashCode() == 0) {
                        System.out.println(); // keeps the matcher reachable until the heap was read
                    }
                }
                storage.shutdown();
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void line(String part, long cpuNanos, long wallNanos, long heapBytes, int n) {
        System.out.printf(Locale.ROOT, "  %-28s CPU %,8d ms (%,6.1f µs per resident)  wall %,8d ms  heap %+,8.1f MB (%,6d B per resident)%n",
                part, cpuNanos / 1_000_000, cpuNanos / 1e3 / n, wallNanos / 1_000_000, heapBytes / 1e6, heapBytes / n);
    }

    /** Writes N residents the way the apply loop stores them: steps of 256, each one commit. */
    private static void write(Path store, int n) {
        EmbeddedStorageManager storage = EmbeddedStorage.start(new RegistryData(), store);
        Registry registry = new Registry((RegistryData) storage.root(), storage);
        Instant received = Instant.parse("2026-11-22T09:00:00Z");
        long seq = 0;
        for (int from = 0; from < n; from += ApplyLoop.STEP) {
            List<GoldenRecord> records = new ArrayList<>();
            Map<String, SubjectId> submissions = new LinkedHashMap<>();
            for (int i = from; i < Math.min(n, from + ApplyLoop.STEP); i++) {
                seq++;
                String submission = new UUID(seq * 7919, i).toString();
                var provenance = new Provenance(submission, WORKERS[i % WORKERS.length], received.plusMillis(seq), seq, 17);
                Map<String, FieldValue> fields = new LinkedHashMap<>();
                values(i).forEach((field, value) -> fields.put(field, new FieldValue(value, provenance)));
                SubjectId id = registry.newId(SubjectType.RESIDENT);
                records.add(new GoldenRecord(id, SubjectType.RESIDENT, SyncWorld.GRID, fields));
                submissions.put(submission, id);
            }
            registry.apply(seq, records, submissions, List.of());
        }
        storage.shutdown();
    }

    private static Map<String, String> values(int i) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i % 25_000);
        String stem = String.format(Locale.ROOT, "330106%s%03d", birth.toString().replace("-", ""), (i / 25_000) % 1000);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("resident.name", SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length]
                + GIVEN[(i / 7) % GIVEN.length]);
        values.put("resident.gender", i % 2 == 0 ? "male" : "female");
        values.put("resident.birth_date", birth.toString());
        values.put("resident.id_number", stem + IdNumber.checkDigit(stem));
        values.put("resident.relation_to_head", "head");
        values.put("resident.phone", String.format(Locale.ROOT, "139%08d", i));
        return values;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }
}
