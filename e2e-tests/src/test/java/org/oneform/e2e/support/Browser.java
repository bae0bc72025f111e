package org.oneform.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Playwright with the system Chromium: one browser per test class, a fresh context (no cookies, no
 * storage) per test, closed after it. Register as {@code @RegisterExtension static final Browser browser
 * = new Browser();}. A failing test leaves a {@code FAILED-<class>-<test>.png} screenshot.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /**
     * Default for actions and auto-retrying assertions. Generous: the dev machine has two cores and
     * other builds run beside the tests; a healthy app answers in well under a second.
     */
    public static final double TIMEOUT_MS = 30_000;
    public static final double NAVIGATION_TIMEOUT_MS = 60_000;

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page page;

    @Override
    public void beforeAll(ExtensionContext context) {
        Path chromium = E2e.chromium();
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("No Chromium at " + chromium
                    + ": apt-get install -y chromium fonts-wqy-zenhei, or set ONEFORM_CHROMIUM");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(ARGS)
                .setTimeout(60_000));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        page = newPage();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent() && page != null && !page.isClosed()) {
                String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + context.getDisplayName();
                try {
                    screenshot(page, name);
                } catch (RuntimeException e) {
                    System.err.println("[e2e] could not take the failure screenshot: " + e);
                }
            }
        } finally {
            closeContexts();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeContexts();
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The page of the current test (in its own fresh context). */
    public Page page() {
        if (page == null) {
            throw new IllegalStateException("no page outside a test");
        }
        return page;
    }

    /** Another page in another fresh context (no cookies shared), closed after the test. */
    public Page newPage() {
        return newPage(Tablet.LANDSCAPE);
    }

    /** Another page in another fresh context with the given viewport, closed after the test. */
    public Page newPage(Tablet tablet) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(tablet.width(), tablet.height())
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
        contexts.add(context);
        return context.newPage();
    }

    /** Writes {@code <oneform.screenshots>/<name>.png} of the current test's page. */
    public Path screenshot(String name) {
        return screenshot(page(), name);
    }

    /**
     * Writes {@code <oneform.screenshots>/<name>.png} of the given page (the full document; Vaadin's app
     * layout scrolls inside the viewport, so on app screens that is what the viewport shows — scroll
     * first, e.g. {@link #scrollToEnd}, for what lies below).
     */
    public static Path screenshot(Page page, String name) {
        Path dir = E2e.screenshotsDir();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]+", "_") + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setTimeout(TIMEOUT_MS));
        return file;
    }

    /**
     * Turns the page to another tablet viewport and waits two animation frames, so that layouts that
     * measure themselves (grids, the app layout's drawer) have settled before a screenshot.
     */
    public static void resize(Page page, Tablet tablet) {
        page.setViewportSize(tablet.width(), tablet.height());
        settle(page);
    }

    /**
     * A JavaScript expression for the element that scrolls the screen's content: the document if it
     * scrolls, else the largest scrolling element outside grids (Vaadin's app layout scrolls its
     * content area, not the document), or {@code null} if nothing scrolls.
     */
    static final String MAIN_SCROLLER = """
            (() => {
              const doc = document.scrollingElement;
              if (doc.scrollHeight > doc.clientHeight + 1) return doc;
              const found = [];
              const walk = root => {
                for (const el of root.querySelectorAll('*')) {
                  const inGrid = el.closest('vaadin-grid') || el.getRootNode().host?.localName === 'vaadin-grid';
                  if (!inGrid && /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1) {
                    found.push(el);
                  }
                  if (el.shadowRoot) walk(el.shadowRoot);
                }
              };
              walk(document);
              found.sort((a, b) => b.clientWidth * b.clientHeight - a.clientWidth * a.clientHeight);
              return found[0] || null;
            })()""";

    /**
     * Scrolls the screen's content to its end (for a screenshot of what is below the fold).
     *
     * @return how many pixels it scrolled; 0 if everything already fits
     */
    public static int scrollToEnd(Page page) {
        Object scrolled = page.evaluate("() => { const s = " + MAIN_SCROLLER + "; if (!s) return 0;"
                + " const before = s.scrollTop; s.scrollTop = s.scrollHeight; return Math.round(s.scrollTop - before); }");
        settle(page);
        return ((Number) scrolled).intValue();
    }

    /** Waits two animation frames. */
    public static void settle(Page page) {
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    private void closeContexts() {
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (RuntimeException e) {
                System.err.println("[e2e] could not close a browser context: " + e);
            }
        }
        contexts.clear();
        page = null;
    }
}
