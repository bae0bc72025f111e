package org.oneform.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.accounts.Role;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.support.PostgresServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the {@code postgres} profile against a real PostgreSQL: Flyway migrates,
 * the demo accounts land in PostgreSQL, the audit log writes there; Eclipse Store and Lucene stay in
 * the data directory.
 */
@SpringBootTest(properties = "logging.file.name=target/it-logs/postgres.log")
@ActiveProfiles("postgres")
class PostgresProfileIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException {
        String[] pg = PostgresServer.freshSchema("app_it_");
        Path dataDir = Files.createTempDirectory("oneform-pg-it-");
        registry.add("spring.datasource.url", () -> pg[0]);
        registry.add("spring.datasource.username", () -> pg[1]);
        registry.add("spring.datasource.password", () -> pg[2]);
        registry.add("oneform.data-dir", dataDir::toString);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    DataDirectory dataDirectory;

    @Test
    void sqlLivesInPostgresAndTheProjectionsInTheDataDirectory() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(accounts.all()).filteredOn(a -> a.role() == Role.GRID_WORKER).hasSizeGreaterThanOrEqualTo(36);
        audit.record("postgres-it", "sign-in", null, "probe", "127.0.0.1");
        assertThat(audit.latest(5)).anyMatch(e -> e.actor().equals("postgres-it"));
        assertThat(dataDirectory.root().resolve("h2")).doesNotExist();
        assertThat(dataDirectory.store()).isDirectory();
    }
}
