package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.oneform.e2e.support.E2e;
import org.oneform.e2e.support.NewResidents;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;
import org.oneform.e2e.support.Tablet;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Geolocation;

/**
 * Issue 8's journey, end to end on the production jar: a grid worker (worker01) visits a household on the collector
 * ({@code /collect}) and syncs; the street supervisor (supervisor1) sees completion rise on the dashboard, drills down
 * to the grid and returns that visit with a comment; the worker syncs and sees the comment on the household, corrects
 * it with no network and sends it when the network is back; the supervisor finds the resubmission on the review screen
 * linked to the return (next to a possible duplicate pair, side by side) and approves it. Screenshots at 1280×800:
 * {@code supervisor-return-*.png}.
 */
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class SupervisorReturnJourneyIT {

    private static final String COMMENT = "门牌号与户籍地址不一致，请当面核实户主姓名后重新提交";
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");
    private static final LocatorAssertions.ContainsTextOptions LONG = new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("supervisor-return");

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    Path profile;

    @TempDir
    Path files;

    @Test
    void aReturnedVisitIsCorrectedOfflineAndApproved() throws Exception {
        Page supervisor = browser.page();
        LoginPage.open(supervisor, server.baseUrl()).signIn(DemoAccount.SUPERVISOR).assertHome(DemoAccount.SUPERVISOR, Language());
        supervisor.navigate(server.url("/supervisor/cycles"));
        defineHouseholdCycle(supervisor);
        supervisor.navigate(server.url("/supervisor/dashboard"));
        assertThat(stat(supervisor, "done")).hasText("0");

        var tablet = new SyncClient(server::baseUrl, DemoAccount.GRID_WORKER.username(), "return-journey-check", Duration.ofSeconds(30));
        tablet.signIn();
        possibleDuplicatePair(tablet);

        Path photo = photoFile();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserContext context = launch(playwright);
            Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
            Collector collector = new Collector(page, server.baseUrl()).open();
            collector.awaitServiceWorker();
            collector.signIn(DemoAccount.GRID_WORKER).awaitSyncIdle();

            // the worker visits the first household of the list that nobody visited yet, and syncs
            collector.filterType("household").filterState("not-visited");
            String household = collector.listRows().first().getAttribute("data-subject");
            page.navigate(server.url("/collect/subject/" + household));
            page.locator("#collect-start").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
            fillHousehold(collector, "示范户主甲", photo);
            collector.finish();
            collector.syncButton().click();
            assertThat(collector.pending()).containsText("待上传 0", LONG);
            collector.awaitSyncIdle();
            JsonObject visit = collector.readStore("sent").get(0).getAsJsonObject();
            String visitId = visit.get("id").getAsString();
            String grid = visit.get("grid").getAsString();

            // the supervisor: completion rose; the visit goes back to the worker with a comment
            supervisor.reload();
            assertThat(stat(supervisor, "done")).hasText("1");
            Browser.settle(supervisor);
            browser.screenshot("supervisor-return-1-dashboard");
            Locator drill = supervisor.locator("#dashboard-grids vaadin-button[data-grid='" + grid + "']");
            drill.scrollIntoViewIfNeeded();
            drill.click();
            supervisor.locator("#drill-status").click();
            supervisor.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("已完成")).click();
            Locator giveBack = supervisor.locator(".drill-return[data-subject='" + household + "']");
            assertThat(giveBack).isVisible();
            giveBack.click();
            supervisor.locator("#drill-return-comment textarea").fill(COMMENT);
            Browser.settle(supervisor);
            browser.screenshot("supervisor-return-2-return-dialog");
            supervisor.locator("#drill-return-send").click();
            assertThat(supervisor.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已退回给")))
                    .not().hasCount(0);
            supervisor.keyboard().press("Escape");

            // the worker syncs and finds the comment on the household
            page.navigate(server.url("/collect"));
            collector.syncButton().click();
            collector.awaitSyncIdle();
            page.navigate(server.url("/collect/subject/" + household));
            assertThat(page.locator("#collect-subject-title")).isVisible();
            assertThat(page.locator("#collect-return")).containsText(COMMENT);
            Browser.settle(page);
            Browser.screenshot(page, "supervisor-return-3-worker-returned-item");

            // corrected with no network, sent when it is back
            context.setOffline(true);
            context.route("**/*", Route::abort);
            page.locator("#collect-start").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
            collector.type("household.head_name", "示范户主乙");
            collector.finish();
            assertThat(collector.pending()).containsText("待上传 1");
            context.unrouteAll();
            context.setOffline(false);
            page.navigate(server.url("/collect"));
            collector.syncButton().click();
            assertThat(collector.pending()).containsText("待上传 0", LONG);
            collector.awaitSyncIdle();
            boolean linked = false;
            for (var row : collector.readStore("sent")) {
                var sent = row.getAsJsonObject();
                linked |= sent.has("supersedes") && !sent.get("supersedes").isJsonNull()
                        && sent.get("supersedes").getAsString().equals(visitId);
            }
            assertThat(linked).as("the resubmission names the returned visit").isTrue();
            page.navigate(server.url("/collect/subject/" + household));
            assertThat(page.locator("#collect-subject-title")).isVisible();
            assertThat(page.locator("body")).containsText("示范户主乙");
            assertThat(page.locator("#collect-return")).hasCount(0);
            Browser.settle(page);
            Browser.screenshot(page, "supervisor-return-4-worker-after-resubmission");
            context.close();
        }

        // the supervisor: the resubmission waits in review, linked to the return, and is approved
        supervisor.navigate(server.url("/supervisor/review"));
        Locator resubmitted = supervisor.locator("#review-items .of-review-card").filter(new Locator.FilterOptions().setHasText("重新提交"));
        assertThat(resubmitted).hasCount(1);
        assertThat(resubmitted.locator(".review-resubmits")).containsText(COMMENT);
        assertThat(resubmitted.locator(".review-resubmits")).containsText("韦杰");
        Locator pair = supervisor.locator("#review-items .of-review-card").filter(new Locator.FilterOptions().setHasText("疑似重复"));
        assertThat(pair.first().locator(".review-party")).hasCount(2);
        Browser.settle(supervisor);
        browser.screenshot("supervisor-return-5-review-queue");
        Browser.scrollToEnd(supervisor);
        browser.screenshot("supervisor-return-6-review-queue-end");

        resubmitted.locator("[id^=review-approve-]").click();
        assertThat(supervisor.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("审核通过")))
                .not().hasCount(0);
        assertThat(resubmitted).hasCount(0);
        assertThat(supervisor.locator("#review-history")).containsText("审核通过");
        Browser.settle(supervisor);
        browser.screenshot("supervisor-return-7-approved");

        // the pair is one person: merged after a confirmation, then the merge is undone from the history
        pair.first().locator("[id^=review-merge-]").click();
        assertThat(supervisor.locator("#review-merge-confirm")).isVisible();
        supervisor.waitForTimeout(400); // the dialog fades in
        Browser.settle(supervisor);
        browser.screenshot("supervisor-return-8-merge-confirm");
        supervisor.locator("#review-merge-confirm").click();
        assertThat(supervisor.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("合并为同一人")))
                .not().hasCount(0);
        assertThat(pair).hasCount(0);
        assertThat(supervisor.locator("#review-history")).containsText("合并为同一人");
        Locator undo = supervisor.locator("[id^=review-undo-merge-]");
        assertThat(undo).hasCount(1);
        undo.click();
        assertThat(supervisor.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已撤销合并")))
                .not().hasCount(0);
        assertThat(supervisor.locator("[id^=review-undo-merge-]")).hasCount(0);
        assertThat(supervisor.locator("#review-history .review-merge-undone")).containsText("（已撤销合并）");
        Browser.settle(supervisor);
        browser.screenshot("supervisor-return-9-merge-undone");
    }

    /**
     * A resident with a rare name registered twice by the same worker, the second time with one mistyped character
     * (明 ming / 敏 min), no ID number, another phone and another registered address. Dedup's evidence: name with one
     * typo (≈ 4–7 bits), birth date 12, sex 1, phone −2, address −2 or −3 — inside the review band (10–16 bits,
     * raised by log2(residents / 10,000)), so the pair waits for the supervisor.
     */
    private static void possibleDuplicatePair(SyncClient tablet) throws Exception {
        int version = tablet.newestFormVersion("resident", "{\"resident.name\":\"x\"}");
        JsonObject first = new NewResidents(20261203, 11, tablet.grid(), version, 0).next();
        first.getAsJsonObject("values").addProperty("resident.name", "欧阳明生");
        first.getAsJsonObject("values").addProperty("resident.hukou_address", "杭州市西湖区望京花园3栋2单元501室");
        upload(tablet, first);
        JsonObject second = first.deepCopy();
        second.addProperty("id", UUID.randomUUID().toString());
        second.getAsJsonObject("values").addProperty("resident.name", "欧阳敏生");
        second.getAsJsonObject("values").remove("resident.id_number");
        second.getAsJsonObject("values").addProperty("resident.phone", "13905718888");
        second.getAsJsonObject("values").addProperty("resident.hukou_address", "杭州市拱墅区清河家园9栋1单元101室");
        upload(tablet, second);
    }

    private static void upload(SyncClient tablet, JsonObject submission) throws Exception {
        var answer = tablet.upload(SyncClient.batch(List.of(submission)));
        assertThat(answer.results()).as(answer.body()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("accepted"));
        UUID id = answer.results().getFirst().id();
        for (int i = 0; i < 100 && tablet.receipt(id).filter(SyncClient.Receipt::applied).isEmpty(); i++) {
            Thread.sleep(100);
        }
    }

    private static org.oneform.e2e.support.Language Language() {
        return org.oneform.e2e.support.Language.CHINESE;
    }

    private static void defineHouseholdCycle(Page page) {
        assertThat(page.locator("#home-title")).hasText("采集周期");
        page.locator("#cycle-name input").fill("12月入户走访");
        Locator households = page.locator("#cycle-types vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("户")).first();
        if (households.getAttribute("checked") == null) {
            households.click();
        }
        Locator residents = page.locator("#cycle-types vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("居民")).first();
        if (residents.getAttribute("checked") != null) {
            residents.click();
        }
        page.locator("#cycle-create").click();
        assertThat(page.locator("#cycles")).containsText("12月入户走访");
    }

    private static Locator stat(Page page, String id) {
        return page.locator("#stat-" + id + " .of-stat-value");
    }

    private BrowserContext launch(Playwright playwright) {
        BrowserContext context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(E2e.chromium())
                .setHeadless(true)
                .setArgs(ARGS)
                .setViewportSize(Tablet.LANDSCAPE.width(), Tablet.LANDSCAPE.height())
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setPermissions(List.of("geolocation"))
                .setGeolocation(new Geolocation(30.2741, 120.1551).setAccuracy(8))
                .setTimeout(60_000));
        context.setDefaultTimeout(Browser.TIMEOUT_MS);
        context.setDefaultNavigationTimeout(Browser.NAVIGATION_TIMEOUT_MS);
        return context;
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

    /** The household form as the collector journey fills it. */
    private static void fillHousehold(Collector c, String head, Path photo) {
        for (String id : List.of("household.address", "household.address_estate", "household.address_building",
                "household.address_unit", "household.address_room", "household.hukou_number", "household.head_id_number",
                "household.head_phone")) {
            c.confirmIfAsked(id);
        }
        if (c.page().locator("[data-testid='field-household.address'] textarea").count() > 0
                && c.page().locator("[data-testid='field-household.address'] textarea").inputValue().isBlank()) {
            c.type("household.address", "示范路1号");
        }
        c.type("household.head_name", head);
        c.type("household.member_count", "2");
        c.addRow("household.members");
        c.type("household.members[0].household.member_name", head);
        c.choose("household.members[0].household.member_relation", "户主");
        c.addRow("household.members");
        c.type("household.members[1].household.member_name", "示范成员乙");
        c.choose("household.members[1].household.member_relation", "配偶");
        c.choose("household.housing_type", "自有住房");
        c.locate("household.location");
        c.photo("household.photo", photo);
    }
}
