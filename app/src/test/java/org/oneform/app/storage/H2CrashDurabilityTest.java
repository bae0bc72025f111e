package org.oneform.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.app.support.H2Urls;

/**
 * A transaction H2 reported as committed survives {@code kill -9} of the process, with the URL the
 * application really uses. With H2's default write delay (500 ms) the last half second of commits
 * would be lost; {@code WRITE_DELAY=0} in {@code application.properties} is what this test guards.
 */
class H2CrashDurabilityTest {

    private static final int ROUNDS = 3;
    private static final int COMMITS_BEFORE_KILL = 400;

    @TempDir
    Path dataDir;

    @Test
    void committedRowsSurviveKillMinus9() throws Exception {
        Set<Long> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.addAll(runAndKill(round * 1_000_000L));
        }
        try (Connection c = DriverManager.getConnection(H2Urls.forDataDir(dataDir), "oneform", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT id FROM crash_probe")) {
            Set<Long> stored = new HashSet<>();
            while (rs.next()) {
                stored.add(rs.getLong(1));
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * COMMITS_BEFORE_KILL);
            assertThat(stored).as("every row whose commit returned before kill -9").containsAll(acknowledged);
        }
    }

    private Set<Long> runAndKill(long start) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                H2CrashWriter.class.getName(), dataDir.toString(), Long.toString(start))
                .redirectErrorStream(true).start();
        Set<Long> acknowledged = new HashSet<>();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    acknowledged.add(Long.parseLong(line.substring("committed ".length())));
                    if (acknowledged.size() >= COMMITS_BEFORE_KILL) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
                        break;
                    }
                } else {
                    System.err.println("[writer] " + line);
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return acknowledged;
    }
}
