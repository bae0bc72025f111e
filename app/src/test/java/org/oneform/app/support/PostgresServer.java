package org.oneform.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for tests, one per JVM, found in this order:
 * <ol>
 * <li>{@code ONEFORM_TEST_PG_URL} (plus {@code ONEFORM_TEST_PG_USER} / {@code ONEFORM_TEST_PG_PASSWORD}),
 * an existing server;</li>
 * <li>when running as root (CI here), PostgreSQL refuses to run as root, so a throwaway cluster of
 * the local PostgreSQL installation is started as the {@code postgres} user;</li>
 * <li>otherwise zonky's embedded PostgreSQL binaries from Maven Central.</li>
 * </ol>
 */
public final class PostgresServer {

    private static DataSource dataSource;
    private static String baseUrl;

    private PostgresServer() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            dataSource = start();
        }
        return dataSource;
    }

    /**
     * A fresh schema on the server and a JDBC URL that uses it, with user and password: {url, user,
     * password}. For pointing a whole Spring context at PostgreSQL.
     */
    public static synchronized String[] freshSchema(String prefix) {
        var ds = (PGSimpleDataSource) dataSource();
        String schema = prefix + Long.toHexString(System.nanoTime());
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        String base = baseUrl;
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new String[] {url, ds.getUser(), ds.getPassword() == null ? "" : ds.getPassword()};
    }

    /** A fresh schema with the sync module's migrations applied, for testing sync's SQL on PostgreSQL. */
    public static DataSource syncSchema(String prefix) {
        String[] pg = freshSchema(prefix);
        var ds = new PGSimpleDataSource();
        ds.setURL(pg[0]);
        ds.setUser(pg[1]);
        ds.setPassword(pg[2]);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration/sync").load().migrate();
        return ds;
    }

    private static DataSource start() {
        String url = System.getenv("ONEFORM_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return pg(url, System.getenv().getOrDefault("ONEFORM_TEST_PG_USER", "postgres"),
                    System.getenv().getOrDefault("ONEFORM_TEST_PG_PASSWORD", ""));
        }
        if ("root".equals(System.getProperty("user.name"))) {
            return LocalCluster.start();
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is going away
                }
            }));
            return pg(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL; set ONEFORM_TEST_PG_URL to a server", e);
        }
    }

    private static PGSimpleDataSource pg(String url, String user, String password) {
        baseUrl = url;
        var ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** A cluster of the machine's own PostgreSQL, run as the postgres user, removed at JVM exit. */
    private static final class LocalCluster {

        static DataSource start() {
            Path bin = findBin();
            try {
                Path dir = Files.createTempDirectory("oneform-pg-");
                UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
                int port;
                try (var socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                Path data = dir.resolve("data");
                run(asPostgres(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                        "-E", "UTF8", "--no-locale"));
                run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("log").toString(),
                        "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                        try (Stream<Path> files = Files.walk(dir)) {
                            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                        }
                    } catch (Exception e) {
                        // best effort at exit
                    }
                }));
                return pg("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
            } catch (IOException e) {
                throw new IllegalStateException("cannot start a local PostgreSQL cluster", e);
            }
        }

        private static Path findBin() {
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.naturalOrder())
                        .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql"));
            } catch (IOException e) {
                throw new IllegalStateException("running as root needs a local PostgreSQL (apt-get install postgresql)"
                        + " or ONEFORM_TEST_PG_URL; bin/oneform test installs it", e);
            }
        }

        private static List<String> asPostgres(String... command) {
            var all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
            all.addAll(List.of(command));
            return all;
        }

        private static void run(List<String> command) throws IOException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try {
                String out = new String(p.getInputStream().readAllBytes());
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IOException("failed: " + String.join(" ", command) + "\n" + out);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted: " + command, e);
            }
        }
    }
}
