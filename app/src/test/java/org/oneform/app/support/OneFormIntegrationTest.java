package org.oneform.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of integration tests that need the whole application: one Spring context for all of them,
 * on a fresh data directory with the demo city seeded, the H2 file database, Eclipse Store and Lucene.
 */
@SpringBootTest(properties = {
        "oneform.security.login-delay-base=300ms",
        "oneform.security.login-delay-cap=2s",
        // the logging system starts before the data directory property of a test is known
        "logging.file.name=target/it-logs/oneform.log",
})
@AutoConfigureMockMvc
public abstract class OneFormIntegrationTest {

    private static final Path DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("oneform-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("oneform.data-dir", DATA_DIR::toString);
    }

    protected static Path dataDir() {
        return DATA_DIR;
    }
}
