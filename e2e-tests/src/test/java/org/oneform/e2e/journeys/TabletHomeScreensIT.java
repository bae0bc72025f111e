package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oneform.e2e.pages.LoginPage;
import org.oneform.e2e.pages.Shell;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;
import org.oneform.e2e.support.LayoutProbe;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.Tablet;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * Every role's home screen, in Chinese, on a tablet held both ways (1280×800 and 800×1280): signs in
 * from a fresh browser of that size and leaves {@code <role>-home-landscape.png} and
 * {@code <role>-home-portrait.png} (the first screen, as the user sees it on arrival) for a person to
 * look at, plus {@code <role>-home-<orientation>-end.png} scrolled to the end when the screen is longer
 * than the tablet. What a screenshot cannot be trusted to show is measured and printed
 * ({@link LayoutProbe}).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class TabletHomeScreensIT {

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("tablet-homes");

    @RegisterExtension
    static final Browser browser = new Browser();

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoAccount.class)
    void homeScreenInChineseOnATabletBothWays(DemoAccount account) {
        for (Tablet tablet : Tablet.values()) {
            Page page = browser.newPage(tablet);
            Shell shell = LoginPage.open(page, server.baseUrl()).signIn(account).assertHome(account, Language.CHINESE);
            assertThat(shell.homeTitle()).isInViewport();
            page.waitForLoadState(LoadState.NETWORKIDLE,
                    new Page.WaitForLoadStateOptions().setTimeout(Browser.NAVIGATION_TIMEOUT_MS));
            Browser.settle(page);
            String name = account.slug() + "-home-" + tablet.slug();
            Browser.screenshot(page, name);
            LayoutProbe.print(page, name);
            int scrolled = Browser.scrollToEnd(page);
            if (scrolled > 0) {
                System.out.printf("[e2e] %s scrolls by %d px%n", name, scrolled);
                Browser.screenshot(page, name + "-end");
            }
        }
    }
}
