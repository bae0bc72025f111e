package org.oneform.e2e.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oneform.e2e.pages.LoginPage;
import org.oneform.e2e.pages.Shell;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;
import org.oneform.e2e.support.OneFormServer;

import com.microsoft.playwright.Page;

/**
 * The data directory is the app's memory and belongs to one process: what was stored survives a
 * restart (and the demo city is not seeded twice), and a second process on the same directory
 * refuses to start while the first keeps serving. Each test runs its own app processes.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class DataDirectoryIT {

    private static final Duration LOG_WAIT = Duration.ofSeconds(10);
    /**
     * The contract: a second instance gives up (after a short wait for the lock) instead of waiting for the first.
     * How long that takes is JVM start-up plus the lock wait, and start-up alone took 98 s at load 20: this is the
     * bound that tells "gave up" from "hangs", not a speed check.
     */
    private static final Duration GIVE_UP_BOUND = Duration.ofMinutes(3);

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void dataSurvivesARestartAndTheDemoCityIsNotSeededAgain() {
        try (OneFormServer server = OneFormServer.start("restart")) {
            server.awaitLog("demo city seeded", LOG_WAIT);

            // something stored by a user: the account remembers the language it chose
            Shell shell = LoginPage.open(browser.page(), server.baseUrl()).signIn(DemoAccount.ADMIN)
                    .assertHome(DemoAccount.ADMIN, Language.CHINESE);
            shell.switchLanguageTo(DemoAccount.ADMIN, Language.ENGLISH);
            shell.signOut();

            server.restart();

            String log = server.awaitLog("demo city already present", LOG_WAIT);
            assertThat(log).doesNotContain("demo city seeded");
            assertThat(server.allLogs()).hasSize(2);

            // a fresh browser (no language cookie): Chinese sign-in page, then the account's English
            Page fresh = browser.newPage();
            LoginPage.open(fresh, server.baseUrl()).assertLanguage(Language.CHINESE)
                    .signIn(DemoAccount.ADMIN).assertHome(DemoAccount.ADMIN, Language.ENGLISH);
            Browser.screenshot(fresh, "data-dir-after-restart-admin-en");

            LoginPage.open(browser.newPage(), server.baseUrl())
                    .signIn(DemoAccount.GRID_WORKER).assertHome(DemoAccount.GRID_WORKER, Language.CHINESE);
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryRefusesToStart() {
        try (OneFormServer first = OneFormServer.start("locked")) {
            long started = System.nanoTime();
            int exitCode;
            String secondLog;
            try (OneFormServer second = OneFormServer.launchOn("locked-second", first.dataDir())) {
                exitCode = second.awaitExit(GIVE_UP_BOUND);
                secondLog = second.log();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("[e2e] second instance exited with " + exitCode + " after " + took.toMillis() + " ms");

            assertThat(exitCode).as("exit code of the second instance").isNotZero();
            assertThat(secondLog).as("second instance's output").contains("data directory").contains("in use");

            assertThat(first.isAlive()).as("first instance still running").isTrue();
            assertThat(first.isHealthy()).as("first instance still healthy").isTrue();
            LoginPage.open(browser.page(), first.baseUrl())
                    .signIn(DemoAccount.SUPERVISOR).assertHome(DemoAccount.SUPERVISOR, Language.CHINESE);
            browser.screenshot("data-dir-first-instance-still-serving");
        }
    }
}
