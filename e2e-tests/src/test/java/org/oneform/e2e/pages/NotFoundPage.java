package org.oneform.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.oneform.e2e.support.Language;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.RequestOptions;

/**
 * What an unknown address and a screen the role may not open both show (on purpose the same, so
 * nobody learns which screens exist): a heading {@code h1#not-found-title} and a link
 * {@code a#go-home} back to the user's own home screen.
 */
public final class NotFoundPage {

    private final Page page;
    private final String baseUrl;

    private NotFoundPage(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    /** The page the browser is on: waits for the heading in the given language. */
    public static NotFoundPage on(Page page, String baseUrl, Language language) {
        var notFound = new NotFoundPage(page, baseUrl);
        assertThat(notFound.title()).hasText(title(language));
        assertThat(notFound.homeLink()).hasText(homeLinkText(language));
        return notFound;
    }

    /**
     * Loads the address as if typed into the browser's address bar and expects this page. A response
     * the browser cannot show as a page (an error status with an empty body: Chromium then shows its
     * own error page and Playwright throws) fails with the status and body size the server sent.
     */
    public static NotFoundPage open(Page page, String baseUrl, String path, Language language) {
        String url = baseUrl + path;
        try {
            page.navigate(url);
        } catch (PlaywrightException e) {
            APIResponse raw = page.request().get(url, RequestOptions.create().setMaxRedirects(0));
            throw new AssertionError("opening " + path + " did not give a page: the server answered HTTP " + raw.status()
                    + " with " + raw.body().length + " bytes, so the browser shows its own error page instead of \""
                    + title(language) + "\" (" + e.getMessage().lines().filter(line -> line.contains("net::")).findFirst()
                    .orElse(e.getMessage()).replaceFirst("^\\s*message='", "").strip() + ")", e);
        }
        return on(page, baseUrl, language);
    }

    public static String title(Language language) {
        return language == Language.CHINESE ? "页面不存在或无权访问" : "Page not found or not allowed";
    }

    public static String homeLinkText(Language language) {
        return language == Language.CHINESE ? "返回我的首页" : "Back to my home screen";
    }

    public Locator title() {
        return page.locator("h1#not-found-title");
    }

    public Locator homeLink() {
        return page.locator("a#go-home");
    }

    /** Follows the link home; the caller asserts which home it is ({@link Shell#assertHome}). */
    public Shell goHome() {
        homeLink().click();
        return Shell.on(page, baseUrl);
    }
}
