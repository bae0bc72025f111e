/**
 * Test fixtures that drive OneForm from outside: {@link org.oneform.e2e.support.OneFormServer} runs the
 * packaged jar as a child process (free port, its own data directory, health wait, SIGTERM then kill,
 * restart on the same directory, one log file per start under {@code target/e2e-logs}) and
 * {@link org.oneform.e2e.support.Browser} runs Playwright on the system Chromium (one browser per class,
 * a fresh context per test, screenshots under {@code oneform.screenshots}).
 *
 * <p>Nothing here depends on the application's classes: the module talks to the app over HTTP only.
 */
package org.oneform.e2e.support;
