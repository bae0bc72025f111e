package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.e2e.pages.Collector;
import org.oneform.e2e.pages.LoginPage;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The grid worker's day with no network (issue 5): sign in on {@code /collect} once, cut the network for the
 * page AND the service worker, fill three households with members, a photo and a GPS point, keep a fourth as
 * a draft, reload offline, close the browser and open it again on the same profile — drafts and outbox
 * intact — then reconnect and sync: the server holds exactly those three submissions, once each. Leaves
 * screenshots {@code collect-<screen>-<landscape|portrait>.png} of every collector screen, in Chinese.
 */
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class CollectorOfflineJourneyIT {

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("collector-offline");

    @TempDir
    Path profile;

    @TempDir
    Path files;

    private static BrowserContext launch(Playwright playwright, Path profile) {
        return Collector.launch(playwright, profile);
    }

    private static Page pageOf(BrowserContext context) {
        return Collector.pageOf(context);
    }

    private static void cutNetwork(BrowserContext context) {
        Collector.cutNetwork(context);
    }

    private static void restoreNetwork(BrowserContext context) {
        Collector.restoreNetwork(context);
    }

    private Path photoFile() throws IOException {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 1200, 900, java.awt.Color.BLUE));
        g.fillRect(0, 0, 1200, 900);
        g.dispose();
        Path file = files.resolve("home.jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    @Test
    void theCollectorShellIsOpenToAnonymousUsersAndThePrecacheNeverClobbersASignIn() {
        Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env))) {
            BrowserContext context = launch(playwright, profile);
            // a first visit to the back office's sign-in: the service worker installs and precaches while the
            // user signs in AT ONCE (no waiting for the worker, unlike LoginPage.submit) — the session survives
            Page flow = pageOf(context);
            LoginPage login = LoginPage.open(flow, server.baseUrl());
            login.username().fill(DemoAccount.SUPERVISOR.username());
            login.password().fill(DemoAccount.SUPERVISOR.password());
            login.submitButton().click();
            assertThat(flow).hasURL(Pattern.compile(".*/supervisor.*"));
            new Collector(flow, server.baseUrl()).awaitServiceWorker();
            flow.reload();
            assertThat(flow).hasURL(Pattern.compile(".*/supervisor.*"));

            // the collector shell: no redirect to the Flow sign-in, its own sign-in screen, in Chinese
            Page page = context.newPage();
            new Collector(page, server.baseUrl()).open();
            assertThat(page).hasURL(Pattern.compile(".*/collect/signin$"));
            assertThat(page.locator("h2")).containsText("网格员登录");
            context.close();
        }
        // and with no cookies at all (a tablet that never signed in to the back office)
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env))) {
            BrowserContext context = launch(playwright, files.resolve("fresh-profile"));
            Page page = pageOf(context);
            new Collector(page, server.baseUrl()).open().awaitServiceWorker();
            assertThat(page).hasURL(Pattern.compile(".*/collect/signin$"));
            context.close();
        }
    }

    @Test
    void fillsThreeHouseholdsOfflineSurvivesReloadAndRestartAndSyncsEachExactlyOnce() throws Exception {
        Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Path photo = photoFile();
        List<String> outboxIds;
        String draftId;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env))) {
            BrowserContext context = launch(playwright, profile);
            Page page = pageOf(context);
            Collector collector = new Collector(page, server.baseUrl()).open();
            collector.awaitServiceWorker();
            collector.screenshotsBothWays("signin");
            collector.signIn(DemoAccount.GRID_WORKER).awaitSyncIdle();
            assertThat(collector.statusLine()).containsText("上次同步");
            assertThat(collector.listRows().first()).isVisible();
            collector.screenshotsBothWays("list");

            // no network from here on, for the page and the service worker
            cutNetwork(context);
            collector.filterType("household").filterState("not-visited");
            collector.screenshotsBothWays("list-households");
            List<String> subjects = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                subjects.add(collector.listRows().nth(i).getAttribute("data-subject"));
            }

            for (int i = 0; i < 3; i++) {
                page.navigate(server.url("/collect/subject/" + subjects.get(i)));
                final int n = i;
                assertThat(page.locator("#collect-subject-title")).isVisible();
                if (i == 0) {
                    collector.screenshotsBothWays("subject");
                }
                page.locator("#collect-start").click();
                assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
                try {
                    fillHousehold(collector, n, photo);
                } catch (RuntimeException | AssertionError e) {
                    Browser.screenshot(page, "collect-FAILED-fill-" + n);
                    throw e;
                }
                assertThat(collector.autosave()).containsText("已自动保存");
                if (i == 0) {
                    collector.screenshotsBothWays("fill");
                }
                collector.finish();
                assertThat(collector.pending()).containsText("待上传 " + (i + 1));
            }
            // registering a new household at an address already on the roster: the duplicate warning, before saving
            page.navigate(server.url("/collect/new"));
            page.locator("#new-household").click();
            page.locator("#collect-new-start").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
            String existing = collector.prefilled(subjects.get(0), "household.address");
            assertThat(existing).isNotBlank();
            fillHousehold(collector, 9, photo);
            collector.type("household.address", existing);
            page.locator("#collect-finish").click();
            assertThat(page.locator("#collect-duplicates")).containsText("地址相同");
            assertThat(page.locator("#collect-duplicates")).containsText(existing);
            collector.screenshotsBothWays("duplicates");
            page.locator("#collect-duplicates .of-ask-cancel").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
            page.locator("#collect-fill-discard").click();
            page.locator("#collect-discard .of-ask-confirm").click();
            assertThat(page).not().hasURL(Pattern.compile(".*/collect/fill/.*"));
            assertThat(collector.pending()).containsText("待上传 3");

            // a fourth household stays a draft
            page.navigate(server.url("/collect/subject/" + subjects.get(3)));
            page.locator("#collect-start").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
            draftId = page.url().replaceAll(".*/collect/fill/", "");
            collector.type("household.head_name", "草稿户主");
            assertThat(collector.autosave()).containsText("已自动保存", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            page.locator("#collect-leave").click();

            // reload while offline: the shell comes from the precache, the data from IndexedDB
            page.reload();
            assertThat(collector.pending()).containsText("待上传 3");
            collector.goToOutbox();
            assertThat(page.locator("#collect-outbox-list [data-outbox]")).hasCount(3);
            assertThat(page.locator("#collect-drafts [data-draft='" + draftId + "']")).isVisible();
            collector.screenshotsBothWays("outbox");
            outboxIds = ids(collector.readStore("outbox"));
            assertThat(outboxIds).hasSize(3);
            page.navigate(server.url("/collect/new"));
            assertThat(page.locator("#collect-new-start")).isVisible();
            collector.screenshotsBothWays("new");
            context.close();
        }

        // the browser closes and opens again on the same profile, still with no network
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env))) {
            BrowserContext context = launch(playwright, profile);
            cutNetwork(context);
            Page page = pageOf(context);
            Collector collector = new Collector(page, server.baseUrl()).open();
            assertThat(page).hasURL(Pattern.compile(".*/collect$"));
            assertThat(collector.pending()).containsText("待上传 3");
            assertThat(ids(collector.readStore("outbox"))).containsExactlyInAnyOrderElementsOf(outboxIds);
            assertThat(ids(collector.readStore("drafts"))).containsExactly(draftId);
            page.navigate(server.url("/collect/fill/" + draftId));
            assertThat(collector.field("household.head_name").locator("input")).hasValue("草稿户主");
            page.locator("#collect-leave").click();

            // reconnect and sync: every finished form reaches the server once, the outbox empties
            restoreNetwork(context);
            page.navigate(server.url("/collect"));
            collector.syncButton().click();
            assertThat(collector.pending()).containsText("待上传 0", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            collector.awaitSyncIdle();
            assertThat(ids(collector.readStore("outbox"))).isEmpty();
            assertThat(ids(collector.readStore("sent"))).containsExactlyInAnyOrderElementsOf(outboxIds);
            collector.screenshotsBothWays("list-after-sync");
            page.navigate(server.url("/collect/subject/" + collector.readStore("sent").get(0).getAsJsonObject().get("subjectId").getAsString()));
            assertThat(page.locator("#collect-history")).containsText("已提交");
            collector.screenshotsBothWays("subject-after-sync");
            context.close();
        }

        SyncClient device = new SyncClient(server::baseUrl, DemoAccount.GRID_WORKER.username(), "e2e-check-" + UUID.randomUUID(),
                Duration.ofSeconds(30));
        device.signIn();
        Set<Long> seqs = new HashSet<>();
        for (String id : outboxIds) {
            var receipt = device.receipt(UUID.fromString(id));
            assertThat(receipt).as("receipt of %s", id).isPresent();
            seqs.add(receipt.get().seq());
        }
        assertThat(seqs).as("one ledger entry per submission").hasSize(3);
    }

    private void fillHousehold(Collector c, int i, Path photo) {
        c.fillHousehold(i, photo);
    }

    private static List<String> ids(JsonArray rows) {
        List<String> ids = new ArrayList<>();
        for (JsonElement row : rows) {
            ids.add(row.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }
}
