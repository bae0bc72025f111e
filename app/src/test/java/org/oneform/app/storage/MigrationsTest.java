package org.oneform.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.app.support.H2Urls;
import org.oneform.app.support.PostgresServer;

/**
 * The same Flyway migrations run on the H2 file database of the embedded default and on a real
 * PostgreSQL, and leave the same tables and columns behind.
 */
class MigrationsTest {

    private static final String[] LOCATIONS = {"classpath:db/migration/app", "classpath:db/migration/sync"};

    @TempDir
    Path dataDir;

    @Test
    void migrationsRunOnH2AndPostgresAndAgreeOnTheSchema() throws Exception {
        var h2 = new JdbcDataSource();
        h2.setURL(H2Urls.forDataDir(dataDir));
        h2.setUser("oneform");
        DataSource pg = PostgresServer.dataSource();

        String schema = "s" + Long.toHexString(System.nanoTime());
        MigrateResult onH2 = Flyway.configure().dataSource(h2).locations(LOCATIONS).load().migrate();
        MigrateResult onPg = Flyway.configure().dataSource(pg).schemas(schema).locations(LOCATIONS).load().migrate();

        assertThat(onH2.migrationsExecuted).isPositive();
        assertThat(onPg.migrationsExecuted).isEqualTo(onH2.migrationsExecuted);
        assertThat(columns(pg, schema)).isEqualTo(columns(h2, "public")).contains("account.username", "audit_event.actor");

        // a second run on either is a no-op
        assertThat(Flyway.configure().dataSource(h2).locations(LOCATIONS).load().migrate().migrationsExecuted).isZero();
        assertThat(Flyway.configure().dataSource(pg).schemas(schema).locations(LOCATIONS).load().migrate().migrationsExecuted).isZero();
    }

    private static List<String> columns(DataSource ds, String schema) throws Exception {
        var columns = new TreeSet<String>();
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase();
                if (!table.startsWith("flyway_")) {
                    columns.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        return List.copyOf(columns);
    }
}
