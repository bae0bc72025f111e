package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.e2e.pages.Collector;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.OneFormServer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * Issue 5 item 9 in Chromium against the production jar: a new service worker never interrupts a form. The server
 * (the jar behind a forwarding proxy, {@link Front}) starts serving a changed service worker script (the deployed
 * bytes plus a message handler that says "v2", what a new build is to the browser: a byte-different script at the
 * same URL) while the worker is typing; the app's update
 * check ({@code registration.update()}, which the app runs every 30 minutes) installs it and it waits. While the form
 * is open: no reload, the typed value still there, no prompt. Closing the form → the worker is asked (screenshots
 * {@code collector/update-offer-*}); yes → the page reloads under the new worker, and the draft is intact.
 * <p>
 * That the server accepts a submission finalized with the previous form version is
 * {@code app/.../collect/CollectorServicesIT#aSubmissionMadeWithThePreviousFormVersionIsStillAccepted}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CollectorUpdateJourneyIT {

    static {
        // the proxy forwards the browser's Host header, so the jar sees the one origin the browser uses; the JDK reads
        // this once, when HttpClient first loads: in a run of several journeys e2e-tests/pom.xml sets it at start
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("collector-update");

    /** Appended to the deployed script: makes it a new version and lets the page ask which version controls it. */
    private static final String CHANGE = """

            ;self.addEventListener('message', (event) => {
              if (event.data === 'oneform-e2e-version?') event.source?.postMessage('oneform-e2e-v2');
            });
            """;

    private static final String ASK_VERSION = """
            () => new Promise((resolve) => {
                const controller = navigator.serviceWorker.controller;
                if (!controller) { resolve('no controller'); return; }
                navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data), { once: true });
                controller.postMessage('oneform-e2e-version?');
                setTimeout(() => resolve('the first version (no answer)'), 5000);
            })""";

    @TempDir
    Path profile;

    @Test
    void aNewServiceWorkerWaitsForTheFormToCloseAndTheDraftSurvivesTheUpdate() throws IOException {
        try (Front front = new Front(server.baseUrl());
                Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserContext context = Collector.launch(playwright, profile);
            Page page = Collector.pageOf(context);
            Collector collector = new Collector(page, front.url("")).open();
            collector.awaitServiceWorker();
            collector.signIn(DemoAccount.GRID_WORKER).awaitSyncIdle();
            String script = (String) page.evaluate("() => navigator.serviceWorker.getRegistration().then(r => r.active.scriptURL)");
            assertThat(page.evaluate(ASK_VERSION)).isEqualTo("the first version (no answer)");

            // a form open and typed into
            collector.filterType("household").filterState("not-visited");
            String household = collector.listRows().first().getAttribute("data-subject");
            page.navigate(front.url("/collect/subject/" + household));
            page.locator("#collect-start").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
            collector.type("household.head_name", "示范更新户主");
            assertThat(collector.autosave()).containsText("已自动保存");
            String draftId = page.url().replaceAll(".*/collect/fill/", "").replaceAll("[?#].*", "");
            page.evaluate("() => { window.__oneformSamePage = 'yes'; }");

            // the server serves a changed service worker; the app checks for an update
            front.changeServiceWorker(URI.create(script).getPath());
            Object waiting = page.evaluate("""
                    () => navigator.serviceWorker.getRegistration().then(async (r) => {
                        const states = [];
                        r.addEventListener('updatefound', () => {
                            states.push('found');
                            r.installing?.addEventListener('statechange', (e) => states.push(e.target.state));
                        });
                        await r.update();
                        for (let i = 0; i < 600 && !(r.waiting && r.waiting.state === 'installed'); i++) {
                            await new Promise(res => setTimeout(res, 200));
                        }
                        return r.waiting ? r.waiting.state : 'none waiting; seen: ' + states.join(' ');
                    })""");
            assertThat(waiting).as("the changed worker installed and waits (changed script served %d times)", front.changedServed())
                    .isEqualTo("installed");
            assertThat(front.changedServed()).as("the update check fetched the changed script").isPositive();

            // the form is not interrupted: same page, the typed value, no prompt
            page.waitForTimeout(3_000);
            assertThat(page).hasURL(front.url("/collect/fill/" + draftId));
            assertThat(page.evaluate("() => window.__oneformSamePage")).as("no reload").isEqualTo("yes");
            assertThat(collector.field("household.head_name").locator("input").first()).hasValue("示范更新户主");
            assertThat(page.locator("#collect-update")).hasCount(0);
            assertThat(page.evaluate(ASK_VERSION)).as("the old worker still controls the page").isEqualTo("the first version (no answer)");

            // the form closed → the worker is asked
            page.locator("#collect-leave").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/subject/.*"));
            assertThat(page.locator("#collect-update")).isVisible();
            assertThat(page.locator("#collect-update")).containsText("新版本");
            collector.screenshotsBothWays("update-offer");
            assertThat(page.evaluate("() => window.__oneformSamePage")).isEqualTo("yes");

            // yes → the page reloads under the new worker
            page.locator("#collect-update .of-ask-confirm").click();
            awaitNewPage(page);
            collector.awaitServiceWorker();
            assertThat(page.evaluate(ASK_VERSION)).as("the new worker controls the page").isEqualTo("oneform-e2e-v2");
            assertThat(page.evaluate("() => navigator.serviceWorker.getRegistration().then(r => r.waiting === null)")).isEqualTo(true);

            // the draft is intact, in the store and on the form
            JsonObject draft = null;
            for (JsonElement row : collector.readStore("drafts")) {
                if (row.getAsJsonObject().get("id").getAsString().equals(draftId)) {
                    draft = row.getAsJsonObject();
                }
            }
            assertThat(draft).as("the draft %s after the update", draftId).isNotNull();
            assertThat(draft.getAsJsonObject("values").get("household.head_name").getAsString()).isEqualTo("示范更新户主");
            page.navigate(front.url("/collect/fill/" + draftId));
            assertThat(collector.field("household.head_name").locator("input").first()).hasValue("示范更新户主");
            context.close();
        }
    }

    /**
     * Issue 5 item 6 on the screen (the rules themselves: {@code frontend/collect/data/drafts.test.ts} "storage"): the
     * status line says when the browser did not grant persistent storage, and when an item has waited in the outbox
     * for more than 3 days (screenshots {@code collector/banner-outbox-old-*}).
     */
    @Test
    void theStatusLineWarnsOfStorageThatIsNotPersistentAndOfAnOutboxItemOlderThanThreeDays() {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserContext context = Collector.launch(playwright, profile);
            Page page = Collector.pageOf(context);
            Collector collector = new Collector(page, server.baseUrl()).open();
            collector.awaitServiceWorker();
            collector.signIn(DemoAccount.GRID_WORKER).awaitSyncIdle();
            collector.filterType("household").filterState("not-visited");
            String household = collector.listRows().nth(1).getAttribute("data-subject");

            Collector.cutNetwork(context);
            page.navigate(server.url("/collect/subject/" + household));
            page.locator("#collect-start").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
            collector.fillHousehold(7, null);
            collector.finish();
            assertThat(collector.pending()).containsText("待上传 1");
            Locator warnings = page.locator(".of-alertbar[role='alert']");
            assertThat(warnings.filter(new Locator.FilterOptions().setHasText("已等待"))).hasCount(0);

            // the same item, queued four days ago
            JsonObject item = collector.readStore("outbox").get(0).getAsJsonObject();
            item.addProperty("createdAt", Instant.now().minus(Duration.ofDays(4)).toString());
            JsonArray rows = new JsonArray();
            rows.add(item);
            collector.putRows("outbox", rows.toString());
            page.reload();
            assertThat(warnings.filter(new Locator.FilterOptions().setHasText("有待上传的表单已等待 4 天，请尽快连网同步。"))).hasCount(1);

            boolean persisted = (Boolean) page.evaluate("() => navigator.storage.persisted()");
            assertThat(warnings.filter(new Locator.FilterOptions().setHasText("浏览器未授予持久存储"))).hasCount(persisted ? 0 : 1);
            collector.screenshotsBothWays("banner-outbox-old");

            // synced: the warning goes with the item
            Collector.restoreNetwork(context);
            collector.syncButton().click();
            assertThat(collector.pending()).containsText("待上传 0", new LocatorAssertions.ContainsTextOptions().setTimeout(150_000));
            page.reload();
            assertThat(collector.pending()).containsText("待上传 0");
            assertThat(warnings.filter(new Locator.FilterOptions().setHasText("已等待"))).hasCount(0);
            context.close();
        }
    }

    /**
     * The server as the browser sees it: a reverse proxy in front of the production jar that forwards every request
     * as it is (the Host header included, so the jar sees one origin) and, once {@link #changeServiceWorker} was
     * called, serves the worker script with {@link #CHANGE} appended — what deploying a new build is to the browser.
     * (Playwright's {@code context.route} does not see the browser's own update check of the worker script.)
     */
    static final class Front implements AutoCloseable {
        private static final Set<String> HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
                "http2-settings", "te", "transfer-encoding", "keep-alive", "proxy-connection");
        private final HttpServer http;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String backend;
        private volatile String changed;
        private final AtomicInteger changedServed = new AtomicInteger();

        Front(String backend) throws IOException {
            this.backend = backend;
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            http.setExecutor(Executors.newFixedThreadPool(16));
            http.createContext("/", this::forward);
            http.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + http.getAddress().getPort() + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
        }

        /** From now on the worker script at {@code path} is served changed. */
        void changeServiceWorker(String path) {
            changed = path;
        }

        int changedServed() {
            return changedServed.get();
        }

        private void forward(HttpExchange exchange) throws IOException {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend + exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(), body.length == 0 ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body))
                        .header("Host", "127.0.0.1:" + http.getAddress().getPort());
                // the changed script is a new file: the browser's copy of the old one must not be confirmed with a 304
                boolean workerScript = exchange.getRequestURI().getPath().equals(changed);
                exchange.getRequestHeaders().forEach((name, values) -> {
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!HOP.contains(lower) && !(workerScript && lower.startsWith("if-"))) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                HttpResponse<byte[]> response;
                try {
                    response = client.send(request.build(), BodyHandlers.ofByteArray());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exchange.sendResponseHeaders(502, -1);
                    return;
                }
                byte[] answer = response.body();
                boolean worker = workerScript && response.statusCode() == 200;
                if (worker) {
                    answer = (new String(answer, StandardCharsets.UTF_8) + CHANGE).getBytes(StandardCharsets.UTF_8);
                    changedServed.incrementAndGet();
                }
                response.headers().map().forEach((name, values) -> {
                    if (!HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")
                            && !(worker && name.equalsIgnoreCase("etag")) && !(worker && name.equalsIgnoreCase("last-modified"))) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                boolean empty = answer.length == 0 || exchange.getRequestMethod().equals("HEAD")
                        || response.statusCode() == 204 || response.statusCode() == 304;
                exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : answer.length);
                if (!empty) {
                    exchange.getResponseBody().write(answer);
                }
            }
        }

        @Override
        public void close() {
            http.stop(0);
            ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
            client.close();
        }
    }

    /** Waits until the page has reloaded (the marker set on the old page is gone). */
    private static void awaitNewPage(Page page) {
        for (int i = 0; i < 300; i++) {
            try {
                if (page.evaluate("() => window.__oneformSamePage === undefined && document.readyState === 'complete'").equals(Boolean.TRUE)) {
                    return;
                }
            } catch (PlaywrightException navigating) {
                // the execution context went away with the reload
            }
            page.waitForTimeout(200);
        }
        throw new AssertionError("the page did not reload after the update was accepted");
    }
}
