package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oneform.e2e.pages.LoginPage;
import org.oneform.e2e.pages.Shell;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;
import org.oneform.e2e.support.OneFormServer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;

/**
 * Every demo role signs in on the Chinese sign-in page, lands on its home screen, switches to English
 * and back, and signs out; bad credentials get one message whatever was wrong; a role cannot open
 * another role's home screen. One app process for the class, a fresh browser context per test.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SignInJourneyIT {

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
    void cannotOpenAnotherRolesHome(DemoAccount account) {
        Page page = browser.page();
        Shell shell = LoginPage.open(page, server.baseUrl()).signIn(account).assertHome(account, Language.CHINESE);

        for (DemoAccount other : DemoAccount.values()) {
            if (other == account) {
                continue;
            }
            Response response = page.navigate(server.url(other.home()));
            page.waitForLoadState(LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(Browser.NAVIGATION_TIMEOUT_MS));
            // the denial page (or wherever a redirect went) has rendered some text ...
            assertThat(page.locator("body")).not().hasText(Pattern.compile("^\\s*$"),
                    new LocatorAssertions.HasTextOptions().setUseInnerText(true));
            // ... and it is not the other role's home screen
            assertThat(page.locator("body")).not().containsText(other.chineseTitle());
            System.out.printf("[e2e] %s -> %s: HTTP %s, now at %s%n", account, other.home(),
                    response == null ? "-" : response.status(), page.url());
        }
        browser.screenshot("sign-in-denied-" + account.name().toLowerCase());

        shell.open(account.home()).assertHome(account, Language.CHINESE);
    }
}
