package org.oneform.e2e.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for runs of the packaged jar with {@code --spring.profiles.active=postgres}:
 * {@code ONEFORM_BENCH_PG_URL} (with {@code ONEFORM_BENCH_PG_USER} / {@code ONEFORM_BENCH_PG_PASSWORD}) when
 * set; otherwise, as root, a throwaway cluster of the machine's own PostgreSQL ({@code /usr/lib/postgresql/N})
 * run as the {@code postgres} user with the default durability settings ({@code fsync=on},
 * {@code synchronous_commit=on}): a committed ledger row is on disk, as in production.
 *
 * <p>The throwaway cluster runs with {@link #SETTINGS}, what docs/decisions/0038-postgresql-ingest-path.md
 * recommends for production: a WAL large enough that a sustained ingest is not checkpointed every few tens of
 * seconds (each checkpoint makes the next change of every page write a full page image to the WAL) and buffers for
 * the ledger's and the deliveries' hot pages. None of them weakens durability. {@code -Doneform.pg.settings=}
 * (empty) runs PostgreSQL's defaults instead, for comparison; any other value replaces the list.
 *
 * <p>The cluster handling repeats app's test {@code PostgresServer} on purpose: this module depends on no
 * other module (it drives the packaged jar), and the tests' cluster runs with {@code fsync=off}.
 */
public final class LocalPostgres implements AutoCloseable {

    /** Server settings of the throwaway cluster (never {@code fsync}, {@code synchronous_commit} or {@code full_page_writes}). */
    public static final String SETTINGS = System.getProperty("oneform.pg.settings",
            "-c shared_buffers=512MB -c wal_buffers=16MB -c max_wal_size=4GB -c checkpoint_timeout=15min "
                    + "-c checkpoint_completion_target=0.9");

    private final Map<String, String> env;
    private final Path dir;
    private final Path bin;
    private final String description;

    private LocalPostgres(Map<String, String> env, Path dir, Path bin, String description) {
        this.env = env;
        this.dir = dir;
        this.bin = bin;
        this.description = description;
    }

    /** The server to use; throws with what to do when there is none. */
    public static LocalPostgres start() throws IOException {
        String url = System.getenv("ONEFORM_BENCH_PG_URL");
        if (url != null && !url.isBlank()) {
            return new LocalPostgres(Map.of("ONEFORM_DB_URL", url,
                    "ONEFORM_DB_USER", System.getenv().getOrDefault("ONEFORM_BENCH_PG_USER", "postgres"),
                    "ONEFORM_DB_PASSWORD", System.getenv().getOrDefault("ONEFORM_BENCH_PG_PASSWORD", "")),
                    null, null, url);
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("set ONEFORM_BENCH_PG_URL (an empty database) to measure PostgreSQL");
        }
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder()).orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql"));
        }
        Path dir = Files.createTempDirectory("oneform-bench-pg-");
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = dir.resolve("data");
        run(asPostgres(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--no-locale"));
        run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 " + SETTINGS, "start"));
        String url2 = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        var server = new LocalPostgres(Map.of("ONEFORM_DB_URL", url2, "ONEFORM_DB_USER", "postgres", "ONEFORM_DB_PASSWORD", ""),
                dir, bin, "local cluster " + bin.getParent().getFileName() + " at " + url2 + " (fsync=on, synchronous_commit=on" + (SETTINGS.isBlank() ? ", default settings" : ", " + SETTINGS.replace("-c ", "")) + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }

    /** {@code ONEFORM_DB_URL}, {@code ONEFORM_DB_USER}, {@code ONEFORM_DB_PASSWORD} for the app. */
    public Map<String, String> env() {
        return env;
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public synchronized void close() {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "stop"));
        } catch (IOException e) {
            System.err.println("[pg] could not stop the cluster: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("[pg] could not remove " + dir + ": " + e.getMessage());
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
