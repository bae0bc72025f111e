package org.oneform.app.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Opens and locks the data directory once the configuration is complete (including test-time dynamic
 * properties) and before any bean exists, so neither the database nor Eclipse Store nor Lucene opens
 * anything in it first. Registered in {@code META-INF/spring.factories}.
 */
public final class DataDirectoryGuard implements ApplicationListener<ApplicationPreparedEvent> {

    static final String PROPERTY = "oneform.data-dir";
    private static final Map<Path, DataDirectory> OPENED = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        DataDirectory dir = DataDirectory.open(configured(event.getApplicationContext().getEnvironment()));
        OPENED.put(dir.root(), dir);
    }

    static Path configured(Environment env) {
        return Path.of(env.getProperty(PROPERTY, "./data")).toAbsolutePath().normalize();
    }

    /**
     * The directory opened for this environment (opened now if the guard did not run); the caller
     * takes ownership and releases it.
     */
    static DataDirectory take(Environment env) {
        DataDirectory dir = OPENED.remove(configured(env));
        return dir != null ? dir : DataDirectory.open(configured(env));
    }
}
