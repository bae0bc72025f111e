package org.oneform.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/**
 * The sign-in page {@code /login}: a brand heading (基层一张表 / OneForm), the language switch and a
 * {@code vaadin-login-form} (Playwright's CSS engine pierces its shadow DOM).
 */
public final class LoginPage {

    public static final String PATH = "/login";
    private static final Pattern LOGIN_URL = Pattern.compile(".*/login(\\?.*)?$");

    private final Page page;
    private final String baseUrl;

    private LoginPage(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    /** Opens {@code /login} and waits until the form is shown. */
    public static LoginPage open(Page page, String baseUrl) {
        page.navigate(baseUrl + PATH);
        return on(page, baseUrl);
    }

    /** The sign-in page the browser is on (or about to be on, after a redirect). */
    public static LoginPage on(Page page, String baseUrl) {
        var login = new LoginPage(page, baseUrl);
        assertThat(page).hasURL(LOGIN_URL);
        assertThat(login.username()).isVisible();
        return login;
    }

    public Page page() {
        return page;
    }

    /** The product name heading above the form: 基层一张表 in Chinese, OneForm in English. */
    public Locator brandTitle() {
        return page.locator(".of-login-brand h1");
    }

    public Locator languageSwitch() {
        return page.locator("#language-switch");
    }

    public Locator username() {
        return page.locator("vaadin-login-form input[name='username']");
    }

    public Locator password() {
        return page.locator("vaadin-login-form input[name='password']");
    }

    public Locator submitButton() {
        return page.locator("vaadin-login-form vaadin-button[slot='submit'], "
                + "vaadin-login-form vaadin-button[theme~='submit']").first();
    }

    /** The error box of the form (title and message); visible only after a failed sign-in. */
    public Locator error() {
        return page.locator("vaadin-login-form [part~='error-message']").first();
    }

    /** Asserts the page speaks the given language, by its brand heading. */
    public LoginPage assertLanguage(Language language) {
        assertThat(brandTitle()).containsText(language == Language.CHINESE ? "基层一张表" : "OneForm");
        return this;
    }

    /** Clicks the language switch; the page reloads in the other language. */
    public LoginPage switchLanguageTo(Language language) {
        languageSwitch().click();
        return assertLanguage(language);
    }

    /** Signs in with good credentials and returns the shell on the account's home screen. */
    public Shell signIn(DemoAccount account) {
        submit(account.username(), account.password());
        try {
            page.waitForURL(url -> !LOGIN_URL.matcher(url).matches());
        } catch (TimeoutError e) {
            String error = error().isVisible() ? error().innerText().strip() : "(no error shown)";
            throw new AssertionError("still on the sign-in page after signing in as " + account.username()
                    + "; the page says: " + error, e);
        }
        return Shell.on(page, baseUrl);
    }

    /**
     * Fills the form and submits it with the button — once the service worker is ready. On a first visit the
     * worker installs and precaches the app shell; a precache request still in flight when sign-in rotates the
     * session id arrives with the old id, gets a new anonymous session, and its cookie replaces the signed-in
     * one (the browser lands back on /login). A person types far slower than the precache; a test must wait (90 s: on a machine
     * loaded 10x the precache of the production bundle took over 30 s).
     */
    public void submit(String user, String secret) {
        Object ready = page.evaluate("""
                () => !('serviceWorker' in navigator) ? 'none' : Promise.race([
                    navigator.serviceWorker.ready.then(() => 'ready'),
                    new Promise(resolve => setTimeout(() => resolve('timeout'), 90000))])""");
        if ("timeout".equals(ready)) {
            throw new AssertionError("the service worker did not become ready within 90 s on " + page.url());
        }
        username().fill(user);
        password().fill(secret);
        submitButton().click();
    }

    /** Submits bad credentials; returns the visible error text once the page shows it. */
    public String signInExpectingError(String user, String secret) {
        submit(user, secret);
        assertThat(page).hasURL(LOGIN_URL);
        assertThat(error()).isVisible();
        return error().innerText().strip();
    }
}
