package org.oneform.e2e.support;

import java.nio.file.Path;

/**
 * Where the end-to-end tests find what they need. Failsafe passes {@code oneform.jar} and
 * {@code oneform.screenshots}; the environment variables {@code ONEFORM_JAR} and
 * {@code ONEFORM_CHROMIUM} win over them, so a run can point at a copy of the jar whatever the pom says.
 */
public final class E2e {

    private E2e() {
    }

    /** The module's build directory ({@code e2e-tests/target}). */
    public static Path targetDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().resolve("target");
    }

    /** The packaged application jar under test. */
    public static Path appJar() {
        String env = System.getenv("ONEFORM_JAR");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        String property = System.getProperty("oneform.jar");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        return targetDir().resolve("../../app/target/oneform.jar").normalize();
    }

    /** Where screenshots go. */
    public static Path screenshotsDir() {
        String property = System.getProperty("oneform.screenshots");
        return property == null || property.isBlank() ? targetDir().resolve("screenshots") : Path.of(property);
    }

    /** The Chromium binary Playwright drives (no Playwright browser download here). */
    public static Path chromium() {
        String env = System.getenv("ONEFORM_CHROMIUM");
        return Path.of(env == null || env.isBlank() ? "/usr/bin/chromium" : env);
    }
}
