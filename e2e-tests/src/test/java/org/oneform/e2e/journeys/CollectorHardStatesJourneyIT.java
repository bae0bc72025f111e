package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * Issue 5's bad input and hard states, in Chromium against the production jar (the data layer's unit tests cover
 * the same rules on a fake IndexedDB; this proves the screens say it and the real server agrees):
 * <ul>
 * <li>a server answering garbage (200 with an HTML page) → a clear message, the outbox intact;</li>
 * <li>a token revoked on the server while items are queued → the sign-in-again banner, nothing lost, the items
 * sent after signing in again;</li>
 * <li>an item the server finds invalid → quarantined on the outbox screen with the server's field error;</li>
 * <li>a corrupted draft (garbage rows in IndexedDB) → a clear message, the other drafts intact;</li>
 * <li>a full disk while a draft saves ({@code QuotaExceededError} from IndexedDB) → the message at the form, and
 * leaving is held back until a save succeeds;</li>
 * <li>a form version the device does not have → a clear message instead of the form, the draft kept, and the form
 * back after the next sync.</li>
 * </ul>
 * Screenshots of the banners and these screens go to {@code screenshots/collector}.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class CollectorHardStatesJourneyIT {

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("collector-hard-states");

    private static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions().setTimeout(150_000);

    @TempDir
    Path profile;

    @TempDir
    Path files;

    @Test
    void garbageAnswersARevokedTokenAndAnInvalidItemLoseNothing() throws Exception {
        Path photo = photoFile();
        String goodId;
        String badId = UUID.randomUUID().toString();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserContext context = Collector.launch(playwright, profile);
            Page page = Collector.pageOf(context);
            Collector collector = new Collector(page, server.baseUrl()).open();
            collector.awaitServiceWorker();
            collector.signIn(DemoAccount.GRID_WORKER).awaitSyncIdle();
            collector.filterType("household").filterState("not-visited");
            String household = collector.listRows().first().getAttribute("data-subject");

            Collector.cutNetwork(context);
            page.navigate(server.url("/collect/subject/" + household));
            page.locator("#collect-start").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
            collector.fillHousehold(0, photo);
            collector.finish();
            assertThat(collector.pending()).containsText("待上传 1");
            JsonObject good = collector.readStore("outbox").get(0).getAsJsonObject();
            goodId = good.get("id").getAsString();

            // a server (or a captive portal) answering an HTML page with 200 to every sync request
            Collector.restoreNetwork(context);
            context.route("**/api/sync/v1/**", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                    .setContentType("text/html; charset=utf-8").setBody("<html><body><h1>欢迎使用无线网络</h1></body></html>")));
            page.navigate(server.url("/collect")); // the app syncs at once when it opens
            assertThat(collector.statusLine()).containsText("服务器的回复无法识别", SLOW);
            collector.screenshotsBothWays("banner-server-garbage");
            assertThat(ids(collector.readStore("outbox"))).containsExactly(goodId);
            assertThat(collector.pending()).containsText("待上传 1");
            context.unrouteAll();

            // an invalid item queued beside it: the household head's ID number with a wrong check digit
            JsonObject bad = good.deepCopy();
            bad.addProperty("id", badId);
            bad.addProperty("title", "示范无效户（虚构）");
            bad.addProperty("createdAt", java.time.Instant.now().toString());
            JsonObject submission = bad.getAsJsonObject("submission");
            submission.addProperty("id", badId);
            submission.getAsJsonObject("values").addProperty("household.head_id_number", "110105194912310022");
            JsonArray rows = new JsonArray();
            rows.add(bad);
            collector.putRows("outbox", rows.toString());

            // the device's token is revoked on the server (signed out elsewhere, or by an administrator)
            Object revoked = page.evaluate("""
                    () => new Promise((resolve, reject) => {
                        const open = indexedDB.open('oneform-collector');
                        open.onerror = () => reject(open.error);
                        open.onsuccess = () => {
                            const db = open.result;
                            const get = db.transaction('session').objectStore('session').get('current');
                            get.onsuccess = () => { db.close();
                                fetch('/api/sync/v1/session', { method: 'DELETE', headers: { Authorization: 'Bearer ' + get.result.token } })
                                    .then(r => resolve(r.status), reject); };
                        };
                    })""");
            assertThat(revoked).isEqualTo(204);
            page.navigate(server.url("/collect"));
            assertThat(page.locator("#collect-sign-in-again")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertThat(page.locator("#collect-sign-in-again")).containsText("请重新登录");
            collector.screenshotsBothWays("banner-sign-in-again");
            assertThat(ids(collector.readStore("outbox"))).containsExactlyInAnyOrder(goodId, badId);
            page.reload();
            assertThat(page.locator("#collect-sign-in-again")).isVisible();

            // signing in again sends what waited: the good one is accepted, the bad one quarantined with the reason
            page.locator("#collect-sign-in-again vaadin-button").click();
            collector.signIn(DemoAccount.GRID_WORKER).awaitSyncIdle();
            assertThat(page.locator("#collect-sign-in-again")).hasCount(0);
            assertThat(collector.pending()).containsText("待上传 0", SLOW);
            collector.awaitSyncIdle();
            assertThat(page.locator("#collect-quarantined")).containsText("1");
            collector.goToOutbox();
            var held = page.locator("[data-outbox='" + badId + "'][data-state='quarantined']");
            assertThat(held).containsText("示范无效户");
            assertThat(held.locator(".of-errors")).containsText("户主身份号码：校验码不符");
            assertThat(held.locator(".of-errors")).not().containsText("户主身份号码：户主身份号码");
            collector.screenshotsBothWays("outbox-quarantined");
            assertThat(ids(collector.readStore("outbox"))).containsExactly(badId);
            context.close();
        }
        SyncClient device = new SyncClient(server::baseUrl, DemoAccount.GRID_WORKER.username(), "e2e-hard-" + UUID.randomUUID(),
                Duration.ofSeconds(30));
        device.signIn();
        assertThat(device.receipt(UUID.fromString(goodId))).as("the item sent after signing in again").isPresent();
        assertThat(device.receipt(UUID.fromString(badId))).as("the invalid item is not stored").isEmpty();
    }

    @Test
    void aCorruptedDraftAFullDiskAndAMissingFormVersionAreToldAndLoseNothing() {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserContext context = Collector.launch(playwright, profile);
            Page page = Collector.pageOf(context);
            Collector collector = new Collector(page, server.baseUrl()).open();
            collector.awaitServiceWorker();
            collector.signIn(DemoAccount.GRID_WORKER).awaitSyncIdle();
            collector.filterType("household").filterState("not-visited");
            String household = collector.listRows().first().getAttribute("data-subject");
            Collector.cutNetwork(context);

            page.navigate(server.url("/collect/subject/" + household));
            page.locator("#collect-start").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
            String draftId = page.url().replaceAll(".*/collect/fill/", "");
            collector.type("household.head_name", "示范草稿户主");
            assertThat(collector.autosave()).containsText("已自动保存");

            // a full disk: IndexedDB refuses the draft's next write with QuotaExceededError
            page.evaluate("""
                    () => {
                        const put = IDBObjectStore.prototype.put;
                        window.__oneformDiskFull = true;
                        IDBObjectStore.prototype.put = function (...args) {
                            if (window.__oneformDiskFull && this.name === 'drafts') {
                                throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
                            }
                            return put.apply(this, args);
                        };
                    }""");
            collector.type("household.head_name", "示范草稿户主（改）");
            assertThat(page.locator("#collect-save-failed")).containsText("设备存储空间已满");
            collector.screenshotsBothWays("fill-disk-full");
            // "save and go back" tries the save once more, fails and asks; "stay" keeps the form open
            page.locator("#collect-leave").click();
            assertThat(page.locator("#collect-leave-unsaved")).isVisible();
            assertThat(page.locator("#collect-leave-unsaved")).containsText("最近的修改还没有保存");
            collector.screenshotsBothWays("fill-disk-full-leaving");
            page.locator("#collect-leave-unsaved .of-ask-confirm").click();
            assertThat(page.locator("#collect-leave-unsaved")).hasCount(0);
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/" + draftId));
            // so is going back (the tablet's back button)
            page.evaluate("() => history.back()");
            assertThat(page.locator("#collect-leave-unsaved")).isVisible();
            page.locator("#collect-leave-unsaved .of-ask-confirm").click();
            assertThat(page).hasURL(Pattern.compile(".*/collect/fill/" + draftId));
            assertThat(page.locator("#collect-save-failed")).isVisible();
            // space again: the next change saves, the message goes, leaving works
            page.evaluate("() => { window.__oneformDiskFull = false; }");
            collector.type("household.head_name", "示范草稿户主（再改）");
            assertThat(collector.autosave()).containsText("已自动保存");
            assertThat(page.locator("#collect-save-failed")).hasCount(0);
            page.locator("#collect-leave").click();
            assertThat(page).not().hasURL(Pattern.compile(".*/collect/fill/.*"));
            assertThat(draftValue(collector, draftId, "household.head_name")).isEqualTo("示范草稿户主（再改）");

            // corrupted drafts: one whose values are not JSON, one with nothing a draft has
            JsonArray junk = new JsonArray();
            JsonObject badJson = collector.readStore("drafts").get(0).getAsJsonObject().deepCopy();
            badJson.addProperty("id", UUID.randomUUID().toString());
            badJson.addProperty("values", "{\"household.head_name\": \"示范");
            junk.add(badJson);
            JsonObject noShape = new JsonObject();
            noShape.addProperty("id", UUID.randomUUID().toString());
            noShape.addProperty("junk", 42);
            junk.add(noShape);
            collector.putRows("drafts", junk.toString());
            page.navigate(server.url("/collect/outbox"));
            assertThat(page.locator("h3", new Page.LocatorOptions().setHasText("已损坏的草稿"))).isVisible();
            assertThat(page.locator(".of-card p.of-err")).hasCount(2);
            assertThat(page.locator(".of-card p.of-err").first()).containsText("已单独保存，其他草稿不受影响");
            assertThat(page.locator("#collect-drafts [data-draft='" + draftId + "']")).isVisible();
            collector.screenshotsBothWays("outbox-damaged-drafts");
            assertThat(ids(collector.readStore("drafts"))).containsExactly(draftId);
            assertThat(collector.readStore("damagedDrafts")).hasSize(2);

            // a form version the device does not have (its stored forms lost): a clear message, the draft kept
            page.evaluate("""
                    () => new Promise((resolve, reject) => {
                        const open = indexedDB.open('oneform-collector');
                        open.onsuccess = () => { const db = open.result; const tx = db.transaction('forms', 'readwrite');
                            tx.objectStore('forms').clear(); tx.oncomplete = () => { db.close(); resolve(true); };
                            tx.onerror = () => reject(tx.error); };
                        open.onerror = () => reject(open.error);
                    })""");
            page.navigate(server.url("/collect/fill/" + draftId));
            assertThat(page.locator("p.of-err[role='alert']")).containsText("本机没有第");
            collector.screenshotsBothWays("fill-form-missing");
            assertThat(ids(collector.readStore("drafts"))).containsExactly(draftId);

            // back online, the next sync brings the form again and the draft opens as it was
            Collector.restoreNetwork(context);
            page.navigate(server.url("/collect"));
            collector.awaitSyncIdle();
            collector.syncButton().click();
            collector.awaitSyncIdle();
            page.navigate(server.url("/collect/fill/" + draftId));
            assertThat(collector.field("household.head_name").locator("input")).hasValue("示范草稿户主（再改）");
            context.close();
        }
    }

    private static String draftValue(Collector collector, String draftId, String field) {
        for (JsonElement row : collector.readStore("drafts")) {
            JsonObject draft = row.getAsJsonObject();
            if (draft.get("id").getAsString().equals(draftId)) {
                return draft.getAsJsonObject("values").get(field).getAsString();
            }
        }
        return null;
    }

    private Path photoFile() throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.CYAN, 800, 600, java.awt.Color.RED));
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        Path file = files.resolve("home.jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    private static List<String> ids(JsonArray rows) {
        List<String> ids = new ArrayList<>();
        for (JsonElement row : rows) {
            ids.add(row.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }
}
