package org.oneform.sync.feeds;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.internal.Pseudonyms;
import org.oneform.sync.registry.SubjectId;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The SQL write of a step's deliveries, alone: steps of 256 new residents x 9 departments (the demo city's
 * fan-out), written by {@link DeliveryStore#write} into H2 (file, WRITE_DELAY=0) as the apply loop does.
 * Prints rows per CPU second of the writing thread. Run with: java -cp ... DeliveryWriteBench [steps]
 *
 * <p>{@code -Dbench.h2=;ANALYZE_AUTO=100000} appends settings to the H2 URL; {@code -Dbench.url=jdbc:postgresql://…}
 * (with {@code -Dbench.user}, pgjdbc and flyway-database-postgresql on the class path) writes into an empty
 * PostgreSQL database instead — there the server's CPU is not the writing thread's, so read the wall time, and
 * compare variants alternately in one session (docs/decisions/0038-postgresql-ingest-path.md).
 */
public final class DeliveryWriteBench {

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path dir = Files.createTempDirectory("delivery-bench");
        javax.sql.DataSource h2;
        String url = System.getProperty("bench.url");
        if (url == null) {
            var file = new JdbcDataSource();
            file.setURL("jdbc:h2:file:" + dir.resolve("h2/bench") + ";WRITE_DELAY=0;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                    + System.getProperty("bench.h2", ""));
            h2 = file;
        } else {
            h2 = new org.springframework.jdbc.datasource.SingleConnectionDataSource(url, System.getProperty("bench.user", "postgres"),
                    System.getProperty("bench.password", ""), true);
        }
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/sync").load().migrate();
        var store = new DeliveryStore(h2, new DataSourceTransactionManager(h2), Clock.systemUTC());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<DepartmentCode> departments = new ArrayList<>();
        for (String d : new String[] {"civil", "health", "police", "edu", "hr", "housing", "stats", "women", "elderly"}) {
            departments.add(new DepartmentCode(d));
        }
        long seq = 0;
        long cpu = 0;
        long wall = 0;
        long rows = 0;
        for (int step = 0; step < steps; step++) {
            List<Delivery> deliveries = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                seq++;
                UUID submission = UUID.randomUUID();
                SubjectId subject = new SubjectId(String.format(Locale.ROOT, "R%08d", seq));
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("resident.name", "测试" + seq);
                fields.put("resident.gender", "female");
                fields.put("resident.birth_date", "1990-01-01");
                fields.put("resident.id_number", "33010619900101" + String.format(Locale.ROOT, "%04d", seq % 10000));
                fields.put("resident.phone", "139" + String.format(Locale.ROOT, "%08d", seq));
                fields.put("resident.hukou_address", "杭州市余杭区清河家园3栋501室");
                Map<String, Instant> collected = new LinkedHashMap<>();
                fields.keySet().forEach(f -> collected.put(f, Instant.parse("2026-12-03T00:00:00Z")));
                for (DepartmentCode d : departments) {
                    deliveries.add(new Delivery(Pseudonyms.deliveryId(seq, submission.toString(), d, subject), d, seq, submission,
                            subject, "p" + d.value() + seq, DeliveryChange.CREATED, fields, new LinkedHashSet<>(fields.keySet()),
                            collected, List.of("人口登记"), Instant.parse("2026-12-03T00:00:00Z")));
                }
            }
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            int written = store.write(deliveries);
            long c = threads.getCurrentThreadCpuTime() - c0;
            long w = System.nanoTime() - w0;
            if (written != deliveries.size()) {
                throw new AssertionError("wrote " + written + " of " + deliveries.size());
            }
            if (step >= steps / 3) { // the first third warms up the JIT and H2
                cpu += c;
                wall += w;
                rows += written;
            }
        }
        System.out.printf(Locale.ROOT, "%d rows in %d steps measured: %.1f us CPU per row (%.0f rows per CPU second), %.1f us wall per row%n",
                rows, steps - steps / 3, cpu / 1e3 / rows, rows / (cpu / 1e9), wall / 1e3 / rows);
    }
}
