package org.oneform.sync.apply;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.values.IdNumber;
import org.oneform.sync.intake.Submission;

/**
 * Retained heap per resident: applies N new residents (valid unique ID numbers, six fields, as the ingest
 * benchmark sends them) through intake and the apply loop with the application's dedup, on real stores in a
 * temporary directory, and prints the heap in use after a full GC before and after, divided by N.
 * Run: {@code java -Xmx2g -Dhistogram=true -cp <sync test classpath> org.oneform.sync.apply.ResidentMemoryBench 10000 50000}
 * (docs/benchmarks.md, "Apply loop: fan-out and memory").
 */
public final class ResidentMemoryBench {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓雯", "建华", "志强"};

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            int n = Integer.parseInt(arg);
            Path dir = Files.createTempDirectory("resident-memory");
            try (SyncWorld world = SyncWorld.openWithDedup(dir)) {
                world.listener = changes -> { }; // the world's default listener keeps every change
                world.loop.catchUp();
                world.loop.start();
                long before = usedAfterGc();
                long last = 0;
                int version = world.residentVersion();
                for (int from = 0; from < n; from += 100) {
                    List<Submission> batch = new ArrayList<>();
                    for (int i = from; i < Math.min(n, from + 100); i++) {
                        batch.add(resident(world, version, i));
                    }
                    last = world.send(batch.toArray(Submission[]::new)).getLast();
                }
                if (!world.loop.awaitApplied(last, Duration.ofMinutes(30))) {
                    throw new AssertionError("not applied: " + world.loop.failure());
                }
                long after = usedAfterGc();
                System.out.printf(Locale.ROOT, "%d residents: heap %.1f MB -> %.1f MB after GC, %.0f bytes per resident (registry %d records)%n",
                        n, before / 1e6, after / 1e6, (after - before) / (double) n, world.registry.size());
                if (Boolean.getBoolean("histogram")) {
                    Object histogram = ManagementFactory.getPlatformMBeanServer().invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                            new Object[] {new String[0]}, new String[] {String[].class.getName()});
                    histogram.toString().lines().limit(45).forEach(System.out::println);
                }
            }
        }
    }

    private static Submission resident(SyncWorld world, int version, int i) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(i % 25_000);
        String stem = String.format(Locale.ROOT, "330106%s%03d", birth.toString().replace("-", ""), i % 1000);
        String idNumber = stem + IdNumber.checkDigit(stem);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("resident.name", SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length]);
        values.put("resident.gender", i % 2 == 0 ? "male" : "female");
        values.put("resident.birth_date", birth.toString());
        values.put("resident.id_number", idNumber);
        values.put("resident.phone", String.format(Locale.ROOT, "139%08d", i));
        values.put("resident.hukou_address", "杭州市西湖区文新街道" + (i % 40) + "号楼" + (i % 6 + 1) + "0" + (i % 4 + 1) + "室");
        return new Submission(UUID.randomUUID(), SubjectType.RESIDENT, version, null, SyncWorld.GRID, null,
                world.complete(values), Map.of(), null);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
