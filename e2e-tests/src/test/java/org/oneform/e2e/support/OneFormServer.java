package org.oneform.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged OneForm jar, run as a separate process on a free port with its own data directory.
 *
 * <p>Two ways to use it: as a per-class JUnit extension ({@code @RegisterExtension static final
 * OneFormServer server = OneFormServer.perClass("name")}) that starts before the first test and stops
 * after the last, or by hand ({@link #start(String)}, {@link #startOn(String, Path)},
 * {@link #restart()}, {@link #close()}) for tests that control the life cycle themselves.
 *
 * <p>Every start writes its own log file {@code target/e2e-logs/<name>-<n>.log}. Every process is
 * bounded in time: ready within {@link #READY_TIMEOUT} or the start fails with the log tail; stopped
 * with SIGTERM and killed after {@link #STOP_TIMEOUT}; a JVM shutdown hook kills any still alive.
 */
public final class OneFormServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    /**
     * 120 s; {@code -Doneform.e2e.ready-seconds=N} raises it (the bench profile: a registry of 300,000 records loads
     * for minutes on a loaded machine).
     */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("oneform.e2e.ready-seconds", 120));
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    public static final String DEMO_PASSWORD = "oneform-demo";

    private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(OneFormServer::kill), "oneform-e2e-kill"));
    }

    private final String name;
    private Path dataDir;
    /** Whether this server made its data directory (and so removes it on {@link #close()}). */
    private boolean ownsDataDir;
    private Process process;
    private int port;
    private Path log;
    private final List<Path> logs = new ArrayList<>();
    /** Further command-line arguments and environment variables of the app (e.g. a database profile). */
    private final List<String> extraArgs;
    private final Map<String, String> extraEnv;

    private OneFormServer(String name, Path dataDir) {
        this(name, dataDir, List.of(), Map.of());
    }

    private OneFormServer(String name, Path dataDir, List<String> extraArgs, Map<String, String> extraEnv) {
        this.name = name;
        this.dataDir = dataDir;
        this.extraArgs = List.copyOf(extraArgs);
        this.extraEnv = Map.copyOf(extraEnv);
    }

    /** An extension that starts the app on a fresh data directory before all tests of a class. */
    public static OneFormServer perClass(String name) {
        return new OneFormServer(name, null);
    }

    /** Starts the app on a fresh data directory and waits until it is ready. */
    public static OneFormServer start(String name) {
        var server = new OneFormServer(name, freshDataDir(name));
        server.ownsDataDir = true;
        server.launchAndAwaitReady();
        return server;
    }

    /** Starts the app on the given data directory and waits until it is ready. */
    public static OneFormServer startOn(String name, Path dataDir) {
        var server = new OneFormServer(name, dataDir);
        server.launchAndAwaitReady();
        return server;
    }

    /**
     * Starts the app on the given data directory with further arguments (e.g.
     * {@code --spring.profiles.active=postgres}) and environment variables, and waits until it is ready.
     */
    public static OneFormServer startOn(String name, Path dataDir, List<String> args, Map<String, String> env) {
        var server = new OneFormServer(name, dataDir, args, env);
        server.launchAndAwaitReady();
        return server;
    }

    /**
     * Starts the app on the given data directory without waiting for it to become ready: for a start
     * that is expected to fail. Call {@link #awaitExit(Duration)} next.
     */
    public static OneFormServer launchOn(String name, Path dataDir) {
        var server = new OneFormServer(name, dataDir);
        server.launch();
        return server;
    }

    /**
     * Starts the app on the given data directory with further arguments, without waiting for it to become ready:
     * for a run that ends on its own (e.g. a benchmark's seeding). Call {@link #awaitExit(Duration)} next.
     */
    public static OneFormServer launchOn(String name, Path dataDir, List<String> args) {
        var server = new OneFormServer(name, dataDir, args, Map.of());
        server.launch();
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (dataDir == null) {
            dataDir = freshDataDir(name);
            ownsDataDir = true;
        }
        launchAndAwaitReady();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The log file of the current (or last) start. */
    public Path logFile() {
        return log;
    }

    /** The whole log of the current (or last) start. */
    public String log() {
        return read(log);
    }

    /** The logs of every start of this server, oldest first. */
    public List<String> allLogs() {
        return logs.stream().map(OneFormServer::read).toList();
    }

    /**
     * Waits until the current start's log contains {@code text} (the process writes it asynchronously).
     *
     * @return the log at that moment
     * @throws AssertionError if it does not appear within {@code timeout}
     */
    public String awaitLog(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String current = log();
            if (current.contains(text)) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("log " + log + " does not contain \"" + text + "\" after " + timeout
                        + "; tail:\n" + logTail(60));
            }
            sleep(Duration.ofMillis(200));
        }
    }

    public String logTail(int lines) {
        return tail(log, lines);
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Stops (SIGTERM, then kill) and starts again on the same data directory, on a new free port. */
    public void restart() {
        stop();
        launchAndAwaitReady();
    }

    /**
     * Crashes the app: SIGKILL to the process (the JDK's {@code destroyForcibly} on Linux), no shutdown
     * hooks, no graceful stop.
     *
     * @return the exit code the OS reported: 137 (128 + SIGKILL)
     */
    public int kill9() {
        if (process == null) {
            throw new IllegalStateException("not started");
        }
        try {
            process.destroyForcibly();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("OneForm (" + name + ") pid " + process.pid() + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        ALIVE.remove(process);
        return process.exitValue();
    }

    /** Starts again on the same data directory and the same port (after {@link #kill9()} or {@link #stop()}). */
    public void restartOnSamePort() {
        launchOnSamePort();
        awaitReady();
    }

    /**
     * Starts again on the same data directory and port without waiting until it is ready (it may be killed
     * again during start-up); {@link #awaitReady()} waits.
     */
    public void launchOnSamePort() {
        if (isAlive()) {
            throw new IllegalStateException("OneForm (" + name + ") is still running");
        }
        launch(port);
    }

    /** The process id of the current (or last) start. */
    public long pid() {
        return process.pid();
    }

    /** Whether {@code /actuator/health} answers 200 with status UP right now. */
    public boolean isHealthy() {
        try {
            var request = HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits for the process to end on its own.
     *
     * @return its exit code
     * @throws AssertionError if it is still running after {@code timeout} (it is then killed)
     */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop();
                throw new AssertionError("OneForm (" + name + ") still running after " + timeout
                        + "; killed it. Log tail:\n" + logTail(60));
            }
            ALIVE.remove(process);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new AssertionError("interrupted", e);
        }
    }

    /** SIGTERM, then SIGKILL after {@link #STOP_TIMEOUT}. Safe to call twice. */
    public void stop() {
        if (process == null) {
            return;
        }
        var descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println("[e2e] OneForm (" + name + ") ignored SIGTERM for " + STOP_TIMEOUT + ", killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.forEach(OneFormServer::kill);
        ALIVE.remove(process);
    }

    /**
     * Stops the app and removes the data directory if this server made it, unless
     * {@code -Doneform.keepData=true} (the logs under {@code target/e2e-logs} always stay).
     */
    @Override
    public void close() {
        stop();
        if (ownsDataDir && !Boolean.getBoolean("oneform.keepData") && !isAlive()) {
            deleteRecursively(dataDir);
        }
    }

    /** Removes a directory tree (a data directory), reporting what it could not delete. */
    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    System.err.println("[e2e] could not delete " + path + ": " + e);
                }
            });
        } catch (IOException e) {
            System.err.println("[e2e] could not delete " + dir + ": " + e);
        }
    }

    private void launchAndAwaitReady() {
        launch();
        awaitReady();
    }

    private void launch() {
        launch(freePort());
    }

    private void launch(int onPort) {
        Path jar = jar();
        port = onPort;
        log = nextLogFile();
        logs.add(log);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8",
                // the journeys' server; benchmarks that grow the registry set more (e2e-tests/pom.xml, bench profile)
                "-Xmx" + System.getProperty("oneform.server.heap", "1g")));
        // further JVM options of the server, space-separated (the bench profile sets the GC's pause goal, decision 0043)
        for (String option : System.getProperty("oneform.server.jvm-options", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of(
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--oneform.data-dir=" + dataDir));
        command.addAll(extraArgs);
        try {
            var builder = new ProcessBuilder(command);
            builder.environment().putAll(extraEnv);
            process = builder
                    .directory(dataDir.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
        ALIVE.add(process);
        System.out.println("[e2e] started " + jar + " (" + name + ") pid " + process.pid() + " on port " + port
                + ", data " + dataDir + ", log " + log);
    }

    /** Waits until the current start is ready (health UP), or fails with the log tail. */
    public void awaitReady() {
        long started = System.nanoTime();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                int code = process.exitValue();
                ALIVE.remove(process);
                throw new IllegalStateException("OneForm (" + name + ") exited with " + code
                        + " before it was ready. Log " + log + ", tail:\n" + logTail(80));
            }
            if (isHealthy()) {
                System.out.printf("[e2e] OneForm (%s) ready in %d ms%n", name, (System.nanoTime() - started) / 1_000_000);
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        String tail = logTail(80);
        stop();
        throw new IllegalStateException("OneForm (" + name + ") not ready within " + READY_TIMEOUT
                + " (stopped it). Log " + log + ", tail:\n" + tail);
    }

    private Path nextLogFile() {
        Path dir = E2e.targetDir().resolve("e2e-logs");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int n = 1; ; n++) {
            Path candidate = dir.resolve(name + "-" + n + ".log");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    /** A new empty data directory under {@code target/e2e-data}. */
    public static Path freshDataDir(String name) {
        try {
            Path parent = Files.createDirectories(E2e.targetDir().resolve("e2e-data"));
            return Files.createTempDirectory(parent, name + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar() {
        Path jar = E2e.appJar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The packaged app jar " + jar + " does not exist: build it first "
                    + "(./mvnw -pl app -am package) or point -Doneform.jar / ONEFORM_JAR at it");
        }
        return jar;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return file == null || !Files.exists(file) ? "" : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a half-written multi-byte character at the end: read leniently
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    private static String tail(Path file, int lines) {
        List<String> all = read(file).lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void kill(ProcessHandle handle) {
        handle.destroyForcibly();
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
