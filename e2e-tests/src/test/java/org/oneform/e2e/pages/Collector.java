package org.oneform.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.E2e;
import org.oneform.e2e.support.Tablet;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Geolocation;
import com.microsoft.playwright.options.ServiceWorkerPolicy;

/**
 * The offline collector under {@code /collect} (client-side routes, frontend/collect/screens): sign-in, the
 * assignment list, a subject, the fill, the outbox, and the status line every screen shows. Vaadin fields
 * are reached by the form renderer's {@code data-testid} ({@code field-<path>}).
 */
public final class Collector {

    public static final String PATH = "/collect";

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private final Page page;
    private final String baseUrl;

    public Collector(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    public Page page() {
        return page;
    }

    /** Opens {@code /collect} (no network needed once precached). */
    public Collector open() {
        page.navigate(baseUrl + PATH);
        return this;
    }

    /** Waits until the service worker controls the page, so its precache is complete. */
    public Collector awaitServiceWorker() {
        Object ready = page.evaluate("""
                () => Promise.race([
                    navigator.serviceWorker.ready.then(async () => {
                        if (!navigator.serviceWorker.controller) {
                            await new Promise(r => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
                        }
                        return 'ready';
                    }),
                    new Promise(resolve => setTimeout(() => resolve('timeout'), 60000))])""");
        if (!"ready".equals(ready)) {
            throw new AssertionError("the service worker did not take control within 60 s on " + page.url());
        }
        return this;
    }

    public Locator signInButton() {
        return page.locator("#collect-signin");
    }

    /** Signs in on the collector's own sign-in screen and waits for the assignment list. */
    public Collector signIn(DemoAccount account) {
        assertThat(page).hasURL(Pattern.compile(".*/collect/signin$"));
        page.locator("#collect-username input").fill(account.username());
        page.locator("#collect-password input").fill(account.password());
        signInButton().click();
        assertThat(page).hasURL(Pattern.compile(".*/collect$"));
        assertThat(statusLine()).isVisible();
        return this;
    }

    public Locator statusLine() {
        return page.locator("#collect-status-line");
    }

    public Locator pending() {
        return page.locator("#collect-pending");
    }

    public Locator syncButton() {
        return page.locator("#collect-sync");
    }

    /** Waits until the sync line no longer shows a run (idle, last sync shown). */
    public Collector awaitSyncIdle() {
        assertThat(syncButton()).isEnabled(new com.microsoft.playwright.assertions.LocatorAssertions.IsEnabledOptions()
                .setTimeout(120_000));
        return this;
    }

    public Locator listRows() {
        return page.locator("#collect-list a.of-item");
    }

    /** Chooses a type chip ({@code household}, {@code resident}, {@code place}, {@code all}). */
    public Collector filterType(String type) {
        page.locator("#type-" + type).click();
        return this;
    }

    public Collector filterState(String state) {
        page.locator("#state-" + state).click();
        return this;
    }

    public Collector search(String query) {
        page.locator("#collect-search input").fill(query);
        return this;
    }

    public Locator field(String path) {
        return page.locator("[data-testid='field-" + path + "']");
    }

    /**
     * Waits until the renderer has mounted the field (it mounts a long form in batches while idle); a field that
     * does not appear within {@code timeoutMs} (irrelevant, not in this form) is left alone.
     */
    private void awaitField(String path, double timeoutMs) {
        try {
            field(path).first().waitFor(new Locator.WaitForOptions().setTimeout(timeoutMs));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // not there: the caller's own step reports it if it matters
        }
    }

    /** Confirms a fresh prefilled value if the form shows it as "verify". */
    public void confirmIfAsked(String path) {
        awaitField(path, 5_000);
        Locator confirm = page.locator("[data-testid='field-" + path + "-confirm']");
        if (confirm.count() > 0 && confirm.first().isVisible()) {
            confirm.first().click();
        }
    }

    /** Types into a text-like field (confirming or editing a prefilled one first); commits by leaving it. */
    public void type(String path, String text) {
        awaitField(path, Browser.TIMEOUT_MS);
        Locator edit = page.locator("[data-testid='field-" + path + "-edit']");
        if (edit.count() > 0 && edit.first().isVisible()) {
            edit.first().click();
        }
        Locator input = field(path).locator("input, textarea").first();
        input.fill(text);
        input.press("Tab");
    }

    /** Picks a radio choice by its visible label inside the field. */
    public void choose(String path, String label) {
        awaitField(path, Browser.TIMEOUT_MS);
        Locator edit = page.locator("[data-testid='field-" + path + "-edit']");
        if (edit.count() > 0 && edit.first().isVisible()) {
            edit.first().click();
        }
        field(path).locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    public void addRow(String groupPath) {
        page.locator("[data-testid='field-" + groupPath + "-add']").click();
    }

    public void locate(String path) {
        page.locator("[data-testid='field-" + path + "-locate']").click();
        assertThat(page.locator("[data-testid='field-" + path + "-point']")).isVisible();
    }

    public void photo(String path, Path file) {
        page.locator("[data-testid='field-" + path + "-file']").setInputFiles(file);
        assertThat(field(path).locator("img.of-photo")).isVisible();
    }

    public Locator autosave() {
        return page.locator("#collect-autosave");
    }

    /** Finishes the form: answers "submit as is" for unconfirmed prefill and "it is new" for duplicates. */
    public void finish() {
        page.locator("#collect-finish").click();
        Locator unverified = page.locator("#collect-unverified .of-ask-confirm");
        Locator duplicates = page.locator("#collect-duplicates .of-ask-confirm");
        for (int i = 0; i < 20 && page.url().contains("/collect/fill/"); i++) {
            if (unverified.count() > 0 && unverified.first().isVisible()) {
                unverified.first().click();
            } else if (duplicates.count() > 0 && duplicates.isVisible()) {
                duplicates.click();
            }
            page.waitForTimeout(250);
        }
        if (page.url().contains("/collect/fill/")) {
            Browser.screenshot(page, "collect-FAILED-finish");
            List<String> shown = page.locator(".of-form [role='alert']").allInnerTexts();
            Object fields = page.locator(".of-form [invalid][data-testid]").evaluateAll(
                    "els => els.map(e => e.getAttribute('data-testid') + ': ' + (e.errorMessage ?? ''))");
            throw new AssertionError("the form did not go to the outbox; errors shown: " + shown + " at " + fields);
        }
    }

    public Collector goToOutbox() {
        page.locator("header.of-top a[href$='/collect/outbox']").click();
        assertThat(page).hasURL(Pattern.compile(".*/collect/outbox$"));
        return this;
    }

    public Collector goToList() {
        page.locator("header.of-top a[href$='/collect']").click();
        assertThat(page).hasURL(Pattern.compile(".*/collect$"));
        return this;
    }

    /** Reads a store of the collector's IndexedDB directly (ids, for checking against the server). */
    public JsonArray readStore(String store) {
        Object json = page.evaluate("""
                store => new Promise((resolve, reject) => {
                    const open = indexedDB.open('oneform-collector');
                    open.onerror = () => reject(open.error);
                    open.onsuccess = () => {
                        const db = open.result;
                        const request = db.transaction(store).objectStore(store).getAll();
                        request.onsuccess = () => { resolve(JSON.stringify(request.result.map(r => {
                            const { blob, ...rest } = r; return rest; }))); db.close(); };
                        request.onerror = () => reject(request.error);
                    };
                })""", store);
        return JsonParser.parseString((String) json).getAsJsonArray();
    }

    /** A downloaded assignment's prefilled value of one field, as text (from IndexedDB). */
    public String prefilled(String subjectId, String field) {
        return (String) page.evaluate("""
                ([id, field]) => new Promise((resolve, reject) => {
                    const open = indexedDB.open('oneform-collector');
                    open.onerror = () => reject(open.error);
                    open.onsuccess = () => {
                        const db = open.result;
                        const request = db.transaction('assignments').objectStore('assignments').get(id);
                        request.onsuccess = () => { resolve(String(request.result?.values?.[field]?.value ?? '')); db.close(); };
                        request.onerror = () => reject(request.error);
                    };
                })""", List.of(subjectId, field));
    }

    /**
     * Full-page screenshots {@code collector/<name>-landscape/portrait.png} under the screenshots directory
     * (1280×800 and 800×1280); the page is left at landscape.
     */
    public void screenshotsBothWays(String name) {
        Path dir = E2e.screenshotsDir().resolve("collector");
        for (Tablet tablet : List.of(Tablet.PORTRAIT, Tablet.LANDSCAPE)) {
            Browser.resize(page, tablet);
            page.waitForTimeout(300);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + "-" + tablet.slug() + ".png"))
                    .setFullPage(true).setTimeout(Browser.TIMEOUT_MS));
        }
    }

    /**
     * A persistent Chromium profile as a tablet: 1280×800, zh-CN, Asia/Shanghai, geolocation granted (a point in
     * Hangzhou, 8 m accuracy). Service workers are allowed, so {@code context.route} also sees the worker's fetches.
     * Assertions wait as long as the other journeys' ({@link Browser#TIMEOUT_MS}).
     */
    public static BrowserContext launch(Playwright playwright, Path profile) {
        // the same generous default as every journey that uses Browser: two cores shared with other builds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(Browser.TIMEOUT_MS);
        BrowserContext context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(E2e.chromium())
                .setHeadless(true)
                .setArgs(ARGS)
                .setViewportSize(Tablet.LANDSCAPE.width(), Tablet.LANDSCAPE.height())
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setServiceWorkers(ServiceWorkerPolicy.ALLOW)
                .setPermissions(List.of("geolocation"))
                .setGeolocation(new Geolocation(30.2741, 120.1551).setAccuracy(8))
                .setTimeout(60_000));
        context.setDefaultTimeout(Browser.TIMEOUT_MS);
        context.setDefaultNavigationTimeout(Browser.NAVIGATION_TIMEOUT_MS);
        return context;
    }

    public static Page pageOf(BrowserContext context) {
        return context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
    }

    /** No network for anybody: the page (offline) and the service worker's own fetches (aborted). */
    public static void cutNetwork(BrowserContext context) {
        context.setOffline(true);
        context.route("**/*", Route::abort);
    }

    public static void restoreNetwork(BrowserContext context) {
        context.unrouteAll();
        context.setOffline(false);
    }

    /**
     * Fills the household form of the open fill screen as a worker does at the door: confirms the fresh prefilled
     * address and head-of-household values, names the head, two members with their relation, the housing type, a
     * GPS point and (when given) a photo. All names are clearly fake ({@code 示范…}).
     */
    public void fillHousehold(int i, Path photo) {
        for (String id : List.of("household.address", "household.address_estate", "household.address_building",
                "household.address_unit", "household.address_room", "household.hukou_number", "household.head_id_number",
                "household.head_phone")) {
            confirmIfAsked(id);
        }
        if (page.locator("[data-testid='field-household.address'] textarea").count() > 0
                && page.locator("[data-testid='field-household.address'] textarea").inputValue().isBlank()) {
            type("household.address", "示范路" + (i + 1) + "号");
        }
        type("household.head_name", "示范户主" + (i + 1));
        type("household.member_count", "2");
        addRow("household.members");
        type("household.members[0].household.member_name", "示范成员甲" + (i + 1));
        choose("household.members[0].household.member_relation", "户主");
        addRow("household.members");
        type("household.members[1].household.member_name", "示范成员乙" + (i + 1));
        choose("household.members[1].household.member_relation", "配偶");
        choose("household.housing_type", "自有住房");
        locate("household.location");
        if (photo != null) {
            photo("household.photo", photo);
        }
    }

    /** Writes rows into a store of the collector's IndexedDB (what a test puts there behind the app's back). */
    public void putRows(String store, String rowsJson) {
        page.evaluate("""
                ([store, rows]) => new Promise((resolve, reject) => {
                    const open = indexedDB.open('oneform-collector');
                    open.onerror = () => reject(open.error);
                    open.onsuccess = () => {
                        const db = open.result;
                        const tx = db.transaction(store, 'readwrite');
                        for (const row of JSON.parse(rows)) tx.objectStore(store).put(row);
                        tx.oncomplete = () => { db.close(); resolve(true); };
                        tx.onerror = () => reject(tx.error);
                    };
                })""", List.of(store, rowsJson));
    }
}
