package org.oneform.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The H2 URL exactly as the application configures it (from {@code application.properties}), for a
 * given data directory: tests of durability must test the production setting, not a copy of it.
 */
public final class H2Urls {

    private H2Urls() {
    }

    public static String forDataDir(Path dataDir) {
        try (InputStream in = H2Urls.class.getResourceAsStream("/application.properties")) {
            var props = new Properties();
            props.load(in);
            String url = props.getProperty("spring.datasource.url");
            return url.replace("${oneform.data-dir}", dataDir.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read application.properties", e);
        }
    }
}
