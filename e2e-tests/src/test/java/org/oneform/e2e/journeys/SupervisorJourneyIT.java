package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oneform.e2e.pages.LoginPage;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;
import org.oneform.e2e.support.NewResidents;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;
import org.oneform.e2e.support.Tablet;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A street supervisor (supervisor1) defines a residents' collection cycle for their street on a tablet, is
 * told plainly when a second one would overlap it, and watches the dashboard while a grid worker's tablet
 * (worker01, a grid of that street) sends real submissions through the sync API: a resident met in the
 * field makes completion rise (done, and added mid-cycle), a second sighting of the same person with another
 * phone turns it "in review". The supervisor drills down to the grid's not-visited residents and exports the
 * report to Excel. On the review screen the supervisor returns the held-back submission to the worker with a
 * comment (the tablet's next download carries it) and chooses its value; an admin who had the same item open is
 * told who decided it first. Screenshots: {@code supervisor-*.png}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SupervisorJourneyIT {

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("supervisor");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aWorkersSubmissionsShowOnTheSupervisorsDashboard() throws Exception {
        Page page = browser.page();
        LoginPage.open(page, server.baseUrl()).signIn(DemoAccount.SUPERVISOR).assertHome(DemoAccount.SUPERVISOR, Language.CHINESE);

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("采集周期")).click();
        assertThat(page.locator("#home-title")).hasText("采集周期");
        defineCycle(page, "12月居民走访");
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已创建")))
                .not().hasCount(0);
        assertThat(page.locator("#cycles")).containsText("12月居民走访");
        Browser.settle(page);
        browser.screenshot("supervisor-1-cycle-defined");

        defineCycle(page, "重复的周期");
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("日期重叠")))
                .not().hasCount(0);
        assertThat(page.locator("#cycle-areas")).hasAttribute("invalid", "");
        Browser.settle(page);
        browser.screenshot("supervisor-2-overlap-refused");

        page.navigate(server.url("/supervisor/dashboard"));
        assertThat(page.locator("#home-title")).hasText("完成情况");
        assertThat(stat(page, "done")).hasText("0");
        String expected = stat(page, "expected").innerText();
        Browser.settle(page);
        browser.screenshot("supervisor-3-dashboard-before");

        // worker01's tablet registers a resident it met in its grid (a grid of supervisor1's street)
        var tablet = new SyncClient(server::baseUrl, "worker01", "supervisor-journey-tablet", Duration.ofSeconds(30));
        tablet.signIn();
        int version = tablet.newestFormVersion("resident", "{\"resident.name\":\"x\"}");
        var residents = new NewResidents(20261203, 7, tablet.grid(), version, 1.0);
        JsonObject first = residents.next();
        awaitApplied(tablet, first);
        residents.acknowledged(first);

        page.reload();
        assertThat(stat(page, "done")).hasText("1");
        assertThat(stat(page, "added")).hasText("1");
        assertThat(stat(page, "expected").innerText()).isNotEqualTo(expected);
        assertThat(page.locator("#dashboard-activity")).containsText("—"); // no device has reported its outbox
        Browser.settle(page);
        browser.screenshot("supervisor-4-dashboard-after-submission");

        // the same person seen again with another phone: the field conflict waits for review
        awaitApplied(tablet, residents.next());
        page.reload();
        assertThat(stat(page, "in-review")).hasText("1");
        assertThat(stat(page, "done")).hasText("0");

        Locator drill = page.locator("#dashboard-grids vaadin-button[data-grid='" + tablet.grid() + "']");
        drill.scrollIntoViewIfNeeded();
        drill.click();
        assertThat(page.locator("#drill-subjects")).isVisible();
        assertThat(page.locator("#drill-subjects vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("R0"))).not().hasCount(0);
        Browser.settle(page);
        browser.screenshot("supervisor-5-drill-down-not-visited");
        page.keyboard().press("Escape");

        Download download = page.waitForDownload(() -> page.locator("#dashboard-export").click());
        assertThat(download.suggestedFilename()).startsWith("completion-C0001-").endsWith(".xlsx");
        assertThat(Files.size(download.path())).isGreaterThan(1000);

        Browser.resize(page, Tablet.PORTRAIT);
        browser.screenshot("supervisor-6-dashboard-portrait");
        Browser.scrollToEnd(page);
        browser.screenshot("supervisor-7-dashboard-portrait-end");

        review(page, tablet);
    }

    /** The conflict raised above, on the review screen: returned with a comment, then decided once. */
    private void review(Page page, SyncClient tablet) throws Exception {
        Browser.resize(page, Tablet.LANDSCAPE);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("审核")).click();
        assertThat(page.locator("#home-title")).hasText("待审核事项");
        Locator card = page.locator("#review-items .of-review-card").filter(new Locator.FilterOptions().setHasText("字段冲突"));
        assertThat(card).hasCount(1);
        assertThat(card).containsText("联系电话");
        assertThat(card).containsText("女"); // a choice by its label, not its code
        assertThat(card.locator("[id^=review-current-]")).containsText("****");
        assertThat(card.locator("[id^=review-proposed-]")).containsText("****");
        Browser.settle(page);
        browser.screenshot("supervisor-8-review-conflict");

        card.locator("[id^=review-return-]").click();
        page.locator("#review-return-comment textarea").fill("电话号码与上次不一致，请当面核实后重新提交");
        Browser.settle(page);
        browser.screenshot("supervisor-9-review-return-dialog");
        page.locator("#review-return-send").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已退回给")))
                .not().hasCount(0);
        assertThat(card.locator(".review-returned")).isVisible();
        assertThat(card.locator("[id^=review-return-]")).isDisabled();
        String download = tablet.download(null, 500).body();
        assertThat(download).as("the worker's tablet gets the return with its comment").contains("电话号码与上次不一致，请当面核实后重新提交");

        // an admin opened the same item before the supervisor decided it
        Page admin = browser.newPage();
        LoginPage.open(admin, server.baseUrl()).signIn(DemoAccount.ADMIN);
        admin.navigate(server.url("/supervisor/review"));
        Locator adminCard = admin.locator("#review-items .of-review-card").filter(new Locator.FilterOptions().setHasText("字段冲突"));
        assertThat(adminCard).hasCount(1);

        card.locator("[id^=review-choose-]").click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("已处理：采用新值")))
                .not().hasCount(0);
        assertThat(card).hasCount(0);
        assertThat(page.locator("#review-empty")).isVisible();
        assertThat(page.locator("#review-history")).containsText("采用新值");
        assertThat(page.locator("#review-history")).containsText("韦杰");
        Browser.settle(page);
        browser.screenshot("supervisor-10-review-decided");

        adminCard.locator("[id^=review-keep-]").click();
        assertThat(admin.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("不能重复处理"))).not().hasCount(0);
        assertThat(admin.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("不能重复处理")).first()).containsText("已由 韦杰"); // who decided first, by name
        assertThat(adminCard).hasCount(0);
        admin.waitForTimeout(800); // the notification slides in from the top
        Browser.settle(admin);
        Browser.screenshot(admin, "supervisor-11-review-already-decided");
    }

    private static void defineCycle(Page page, String name) {
        page.locator("#cycle-name input").fill(name);
        Locator residents = page.locator("#cycle-types vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("居民"));
        if (!"true".equals(residents.getAttribute("checked")) && residents.getAttribute("checked") == null) {
            residents.click();
        }
        // a supervisor's own street is chosen already
        assertThat(page.locator("#cycle-areas vaadin-multi-select-combo-box-chip").filter(
                new Locator.FilterOptions().setHasText("街道"))).not().hasCount(0);
        page.locator("#cycle-create").click();
    }

    private static Locator stat(Page page, String id) {
        return page.locator("#stat-" + id + " .of-stat-value");
    }

    private static void awaitApplied(SyncClient tablet, JsonObject submission) throws Exception {
        var answer = tablet.upload(SyncClient.batch(List.of(submission)));
        assertThat(answer.results()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("accepted"));
        UUID id = answer.results().getFirst().id();
        for (int i = 0; i < 100; i++) {
            if (tablet.receipt(id).filter(SyncClient.Receipt::applied).isPresent()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("submission " + id + " was not applied within 10 s");
    }
}
