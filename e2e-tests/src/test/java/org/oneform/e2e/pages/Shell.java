package org.oneform.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The signed-in application shell: header with language switch and sign-out, and the home heading. */
public final class Shell {

    private final Page page;
    private final String baseUrl;

    private Shell(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    /** The shell the browser is on: waits for the sign-out button. */
    public static Shell on(Page page, String baseUrl) {
        var shell = new Shell(page, baseUrl);
        try {
            assertThat(shell.signOutButton()).isVisible();
        } catch (AssertionError e) {
            throw new AssertionError("no signed-in shell at " + page.url() + "; the page shows: "
                    + page.locator("body").innerText().strip().lines().limit(5).toList(), e);
        }
        return shell;
    }

    public Page page() {
        return page;
    }

    /** The heading of a role's home screen ({@code #home-title}). */
    public Locator homeTitle() {
        return page.locator("#home-title");
    }

    /** The area path under the heading of a supervisor's home, e.g. {@code 西湖区 › 清河街道}. */
    public Locator scopePath() {
        return page.locator("#scope-path");
    }

    /** The search panel of a home screen that has one (supervisor, admin). */
    public SearchPanel searchPanel() {
        return SearchPanel.on(page);
    }

    public Locator languageSwitch() {
        return page.locator("#language-switch");
    }

    public Locator signOutButton() {
        return page.locator("#sign-out");
    }

    /** Asserts the browser is on the account's home route showing its title in the given language. */
    public Shell assertHome(DemoAccount account, Language language) {
        assertThat(page).hasURL(Pattern.compile("^[^?#]*" + account.home() + "/?([?#].*)?$"));
        assertThat(homeTitle()).hasText(account.title(language));
        return this;
    }

    /** Clicks the language switch on a home screen and waits for the title in the other language. */
    public Shell switchLanguageTo(DemoAccount account, Language language) {
        languageSwitch().click();
        assertThat(homeTitle()).hasText(account.title(language));
        return this;
    }

    /** Opens a route of the app in this browser. */
    public Shell open(String path) {
        page.navigate(baseUrl + path);
        return this;
    }

    /** Signs out and returns the sign-in page. */
    public LoginPage signOut() {
        signOutButton().click();
        return LoginPage.on(page, baseUrl);
    }
}
