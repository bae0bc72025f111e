package org.oneform.app.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.oneform.app.support.H2Urls;

/**
 * Child process of {@link H2CrashDurabilityTest}: commits one row per transaction as fast as it can
 * and prints the id of each row after its commit returned, until it is killed.
 */
public final class H2CrashWriter {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        long start = Long.parseLong(args[1]);
        try (Connection c = DriverManager.getConnection(H2Urls.forDataDir(dataDir), "oneform", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS crash_probe (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO crash_probe (id, payload) VALUES (?, ?)")) {
                for (long id = start; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "提交 " + id);
                    insert.executeUpdate();
                    c.commit();
                    System.out.println("committed " + id);
                    System.out.flush();
                }
            }
        }
    }
}
