package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oneform.e2e.pages.LoginPage;
import org.oneform.e2e.pages.NotFoundPage;
import org.oneform.e2e.pages.Shell;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;
import org.oneform.e2e.support.OneFormServer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Every demo role signs in on the Chinese sign-in page, lands on its home screen, switches to English
 * and back, and signs out; bad credentials get one message whatever was wrong; a role cannot open
 * another role's home screen and gets the same "not found or not allowed" page as for an address that
 * does not exist, in its language, with a link back to its own home. One app process for the class, a
 * fresh browser context per test.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SignInJourneyIT {

    private static final String UNKNOWN_ROUTE = "/no-such-screen";

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("sign-in");

    @RegisterExtension
    static final Browser browser = new Browser();

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoAccount.class)
    void signsInSwitchesLanguageAndSignsOut(DemoAccount account) {
        String prefix = "sign-in-" + account.name().toLowerCase();

        LoginPage login = LoginPage.open(browser.page(), server.baseUrl()).assertLanguage(Language.CHINESE);
        browser.screenshot(prefix + "-1-login-zh");

        Shell shell = login.signIn(account).assertHome(account, Language.CHINESE);
        browser.screenshot(prefix + "-2-home-zh");

        shell.switchLanguageTo(account, Language.ENGLISH).assertHome(account, Language.ENGLISH);
        browser.screenshot(prefix + "-3-home-en");

        shell.switchLanguageTo(account, Language.CHINESE).assertHome(account, Language.CHINESE);

        shell.signOut().assertLanguage(Language.CHINESE);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessage() {
        LoginPage login = LoginPage.open(browser.page(), server.baseUrl());
        String wrongPassword = login.signInExpectingError(DemoAccount.SUPERVISOR.username(), "not-the-password");
        browser.screenshot("sign-in-wrong-password-zh");

        login = LoginPage.open(browser.page(), server.baseUrl());
        String unknownUser = login.signInExpectingError("nobody-here", DemoAccount.SUPERVISOR.password());

        assertThat(wrongPassword).contains("用户名或密码不正确");
        assertThat(unknownUser).isEqualTo(wrongPassword);
        assertThat(browser.page().locator("#home-title")).hasCount(0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoAccount.class)
    void cannotOpenAnotherRolesHomeAndFindsTheWayBack(DemoAccount account) {
        Page page = browser.page();
        LoginPage.open(page, server.baseUrl()).signIn(account).assertHome(account, Language.CHINESE);

        boolean screenshotTaken = false;
        for (DemoAccount other : DemoAccount.values()) {
            if (other == account) {
                continue;
            }
            Response response = page.navigate(server.url(other.home()));
            NotFoundPage notFound = NotFoundPage.on(page, server.baseUrl(), Language.CHINESE);
            assertThat(page.locator("#home-title")).hasCount(0);
            assertThat(page.locator("body")).not().containsText(other.chineseTitle());
            System.out.printf("[e2e] %s -> %s: HTTP %s, now at %s%n", account, other.home(),
                    response == null ? "-" : response.status(), page.url());
            if (!screenshotTaken) {
                browser.screenshot("sign-in-denied-" + account.slug());
                screenshotTaken = true;
            }
            notFound.goHome().assertHome(account, Language.CHINESE);
        }
    }

    /**
     * An address that does not exist shows the same page as one the role may not open: when the app
     * navigates there itself (a link inside the app) and when the address is typed or bookmarked.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DemoAccount.class, names = {"SUPERVISOR", "GRID_WORKER"})
    void anUnknownAddressShowsTheSamePage(DemoAccount account) {
        Page page = browser.page();
        LoginPage.open(page, server.baseUrl()).signIn(account).assertHome(account, Language.CHINESE);

        // a link inside the app (put under the home heading): the router shows the page
        page.evaluate("path => { const a = document.createElement('a'); a.id = 'e2e-link'; a.href = path;"
                + " a.textContent = path; document.getElementById('home-title').after(a); }", UNKNOWN_ROUTE.substring(1));
        page.locator("#e2e-link").click();
        NotFoundPage.on(page, server.baseUrl(), Language.CHINESE).goHome().assertHome(account, Language.CHINESE);

        // the address typed into the browser
        NotFoundPage notFound = NotFoundPage.open(page, server.baseUrl(), UNKNOWN_ROUTE, Language.CHINESE);
        browser.screenshot("sign-in-unknown-address-" + account.slug());
        notFound.goHome().assertHome(account, Language.CHINESE);
    }

    @Test
    void aGridWorkersHomeLeadsToTheOfflineCollector() {
        DemoAccount account = DemoAccount.GRID_WORKER;
        Page page = browser.page();
        LoginPage.open(page, server.baseUrl()).signIn(account).assertHome(account, Language.CHINESE);
        page.locator("#open-collector").click();
        page.waitForURL(server.url(org.oneform.e2e.pages.Collector.PATH) + "**");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                new org.oneform.e2e.pages.Collector(page, server.baseUrl()).signInButton()).isVisible();
    }

    @Test
    void theNotFoundPageSpeaksTheAccountsLanguage() {
        DemoAccount account = DemoAccount.GRID_WORKER;
        Page page = browser.page();
        Shell shell = LoginPage.open(page, server.baseUrl()).signIn(account).assertHome(account, Language.CHINESE);
        shell.switchLanguageTo(account, Language.ENGLISH);
        try {
            page.navigate(server.url(DemoAccount.ADMIN.home()));
            NotFoundPage.on(page, server.baseUrl(), Language.ENGLISH);
            browser.screenshot("sign-in-denied-en");
            NotFoundPage.on(page, server.baseUrl(), Language.ENGLISH).goHome().assertHome(account, Language.ENGLISH);
        } finally {
            // the account remembers its language: put it back for the other tests of this class
            shell.open(account.home());
            shell.switchLanguageTo(account, Language.CHINESE);
        }
    }
}
