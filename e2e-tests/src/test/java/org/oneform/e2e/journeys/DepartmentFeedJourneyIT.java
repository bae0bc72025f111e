package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oneform.e2e.pages.FeedPanel;
import org.oneform.e2e.pages.LoginPage;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;
import org.oneform.e2e.support.NewResidents;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;

import com.microsoft.playwright.Locator;

/**
 * A department (民政局) opens its portal, creates a feed API token — shown once — and a system using it
 * pulls the department's feed; after the token is revoked in the portal, the same pull is refused. An admin
 * finds the deliveries a grid worker's submission caused in the delivery ledger. The department backfills a
 * request, browses what it received (masked) and exports it to CSV and Excel; the downloaded files hold
 * exactly the rows shown, masked. The department points its webhook at its own system, which receives the next
 * change pushed and signed with the secret shown once, and replays its queue from the start after a preview of
 * how much will be re-sent (a cursor that is not its own is refused at the field).
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DepartmentFeedJourneyIT {

    private static final Pattern TOKEN = Pattern.compile("ofd_[A-Za-z0-9_-]{40,}");
    private static final Pattern MASKED_PHONE = Pattern.compile("^1\\d{2}\\*{4}\\d{4}$");
    private static final Pattern MASKED_ID_NUMBER = Pattern.compile("^\\d{6}\\*{8}\\d{3}[\\dX]$");
    /** A whole cell that is an unmasked ID number (a whole cell: delivery ids are hex and may hold 18 digits in a row). */
    private static final Pattern FULL_ID_NUMBER = Pattern.compile("^\\d{17}[\\dX]$");

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("department-feed");

    @RegisterExtension
    static final Browser browser = new Browser();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aDepartmentCreatesATokenPullsItsFeedAndRevokesIt() throws Exception {
        var page = browser.page();
        LoginPage.open(page, server.baseUrl()).signIn(DemoAccount.DEPARTMENT).assertHome(DemoAccount.DEPARTMENT, Language.CHINESE);
        FeedPanel feed = FeedPanel.on(page);
        assertThat(feed.summary()).containsText("已向本部门推送");
        browser.screenshot("department-feed-1-portal");

        String token = feed.createToken("民政业务系统");
        assertThat(token).matches(TOKEN);
        assertThat(feed.rows().filter(new Locator.FilterOptions().setHasText("民政业务系统")))
                .not().hasCount(0);
        browser.screenshot("department-feed-2-token");

        HttpResponse<String> pulled = pull(token);
        assertThat(pulled.statusCode()).as(pulled.body()).isEqualTo(200);
        assertThat(pulled.headers().firstValue("OneForm-Next-Cursor")).get().asString().startsWith("c1.");
        assertThat(pulled.headers().firstValue("Content-Type")).get().asString().startsWith("application/x-ndjson");

        // the portal now shows when the department's system last pulled (before, another test of this class may have
        // pulled already: the server is shared), and the volume per day
        page.reload();
        feed = FeedPanel.on(page);
        assertThat(feed.status()).containsText("最近拉取");
        assertThat(feed.status()).not().containsText("从未拉取");
        assertThat(page.locator("#feed-volume canvas")).isVisible();
        feed.status().scrollIntoViewIfNeeded();
        browser.screenshot("department-feed-2b-status");

        feed.revokeFirst();
        assertThat(feed.rows().filter(new Locator.FilterOptions().setHasText("已于")))
                .not().hasCount(0);
        browser.screenshot("department-feed-3-revoked");
        HttpResponse<String> refused = pull(token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"code\":\"unauthorized\"");
    }

    @Test
    void aWorkersSubmissionShowsInTheAdminsDeliveryLedger() throws Exception {
        // a grid worker's tablet registers a resident it met; the departments that asked receive the record
        var tablet = new SyncClient(server::baseUrl, "worker01", "ledger-journey-tablet", Duration.ofSeconds(30));
        tablet.signIn();
        int version = tablet.newestFormVersion("resident", "{\"resident.name\":\"x\"}");
        var resident = new NewResidents(20261122, 0, tablet.grid(), version, 0).next();
        var answer = tablet.upload(SyncClient.batch(List.of(resident)));
        assertThat(answer.results()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("accepted"));
        UUID id = answer.results().getFirst().id();
        String subject = null;
        for (int i = 0; i < 100 && subject == null; i++) {
            subject = tablet.receipt(id).filter(SyncClient.Receipt::applied).map(SyncClient.Receipt::subjectId).orElse(null);
            if (subject == null) {
                Thread.sleep(100);
            }
        }
        assertThat(subject).as("the submission is applied").isNotNull();

        var page = browser.page();
        LoginPage.open(page, server.baseUrl()).signIn(DemoAccount.ADMIN).assertHome(DemoAccount.ADMIN, Language.CHINESE);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("推送记录")).click();
        assertThat(page.locator("#ledger-title")).hasText("数据推送记录");
        page.locator("#ledger-subject input").fill(subject);
        page.locator("#ledger-search").click();
        assertThat(page.locator("#ledger-count")).not().hasText("共 0 条");
        assertThat(page.locator("#ledger-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("公安分局"))).not().hasCount(0);
        assertThat(page.locator("#ledger-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("新增"))).not().hasCount(0);
        browser.screenshot("delivery-ledger-admin");

        page.locator("#ledger-subject input").fill("R99999999");
        page.locator("#ledger-search").click();
        assertThat(page.locator("#ledger-count")).hasText("共 0 条");
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES) // a backfill of ~12,000 records takes minutes on a busy machine
    void aDepartmentBackfillsBrowsesAndExportsWhatItReceived() throws Exception {
        var page = browser.page();
        LoginPage.open(page, server.baseUrl()).signIn(DemoAccount.DEPARTMENT).assertHome(DemoAccount.DEPARTMENT, Language.CHINESE);
        String token = FeedPanel.on(page).createToken("导出旅程");
        page.locator("#delivered-link").click();
        assertThat(page.locator("#delivered-title")).hasText("本部门已接收的数据");

        // the first approved request (identity fields, everyone) is backfilled for the demo residents
        page.locator(".run-backfill").first().click();
        assertThat(page.locator("#backfill-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("已完成"))).not().hasCount(0, new com.microsoft.playwright.assertions.LocatorAssertions
                .HasCountOptions().setTimeout(300_000));
        assertThat(page.locator("#delivered-count")).not().hasText("共 0 条");
        long shown = Long.parseLong(page.locator("#delivered-count").innerText().replaceAll("[^0-9]", ""));
        assertThat(shown).isPositive();
        Locator cells = page.locator("#delivered-grid vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(MASKED_PHONE)).first()).isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(FULL_ID_NUMBER))).hasCount(0);
        page.locator("#delivered-title").scrollIntoViewIfNeeded();
        browser.screenshot("department-delivered-1-backfilled");

        // the same deliveries reach the department's system through the pull API, as "updated" backfills
        HttpResponse<String> pulled = pull(token);
        assertThat(pulled.body()).contains("\"source\":\"backfill\"", "\"change\":\"updated\"");

        String csv = new String(download(page, "csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page.locator("#export-status")).hasText("导出完成，共 " + String.format("%,d", shown) + " 条。");
        browser.screenshot("department-delivered-2-exported");
        assertThat(csv).startsWith("\uFEFF推送编号,对象编号,变更类型,来源");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + (int) shown);
        assertThat(csv).contains("历史补发");
        List<String> csvCells = csvCells(csv.substring(1));
        assertThat(csvCells).as("ID numbers masked").anyMatch(c -> MASKED_ID_NUMBER.matcher(c).matches())
                .as("no full ID number").noneMatch(c -> FULL_ID_NUMBER.matcher(c).matches());

        byte[] xlsx = download(page, "xlsx");
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        StringBuilder sheet = new StringBuilder();
        // ZipFile reads the central directory: FastExcel streams its entries with data descriptors
        java.nio.file.Path file = java.nio.file.Files.createTempFile("department-export-", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/")) {
                        try (var in = zip.getInputStream(entry)) {
                            sheet.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        // the workbook's XML may write non-ASCII text as character references
        String xml = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(sheet).replaceAll(m -> java.util.regex.Matcher
                .quoteReplacement(Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        assertThat(xml).contains("推送编号", "历史补发");
        assertThat(Pattern.compile("<row ").matcher(xml).results().count()).isEqualTo(1 + shown);
        List<String> xlsxCells = Pattern.compile("<t[^>]*>([^<]*)</t>").matcher(xml).results().map(m -> m.group(1)).toList();
        assertThat(xlsxCells).as("ID numbers masked in the workbook").anyMatch(c -> MASKED_ID_NUMBER.matcher(c).matches())
                .as("no full ID number in the workbook").noneMatch(c -> FULL_ID_NUMBER.matcher(c).matches());
    }

    @Test
    void aDepartmentsWebhookReceivesSignedPushesOfAWorkersSubmission() throws Exception {
        // the department's own system, listening on this machine
        var pushes = new java.util.concurrent.LinkedBlockingQueue<String[]>();
        var receiver = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/oneform-push", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            pushes.add(new String[] {exchange.getRequestHeaders().getFirst("OneForm-Timestamp"),
                    exchange.getRequestHeaders().getFirst("OneForm-Signature"),
                    new String(body, java.nio.charset.StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            var page = browser.page();
            LoginPage.open(page, server.baseUrl()).signIn(DemoAccount.DEPARTMENT).assertHome(DemoAccount.DEPARTMENT, Language.CHINESE);
            page.locator("#delivered-link").click();
            page.locator("#webhook-url input").fill("not a url");
            page.locator("#webhook-save").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("接收地址无效")))
                    .isVisible();
            assertThat(page.locator("#webhook-state")).containsText("未设置推送地址");

            page.locator("#webhook-url input").fill("http://127.0.0.1:" + receiver.getAddress().getPort() + "/oneform-push");
            page.locator("#webhook-save").click();
            Locator shown = page.locator("#webhook-secret");
            assertThat(shown).isVisible();
            String secret = shown.innerText().strip();
            assertThat(secret).startsWith("ofs_");
            page.locator("#close-webhook-secret").click();
            assertThat(page.locator("#webhook-state")).containsText("待推送");

            // a grid worker registers a new resident; 民政 asked for residents' identity fields, so it is pushed
            var tablet = new SyncClient(server::baseUrl, "worker02", "webhook-journey-tablet", Duration.ofSeconds(30));
            tablet.signIn();
            int version = tablet.newestFormVersion("resident", "{\"resident.name\":\"x\"}");
            var resident = new NewResidents(20261203, 1, tablet.grid(), version, 0).next();
            var answer = tablet.upload(SyncClient.batch(List.of(resident)));
            assertThat(answer.results()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("accepted"));

            String[] push = pushes.poll(90, TimeUnit.SECONDS);
            assertThat(push).as("a push within 90 s").isNotNull();
            String expected = signature(secret, push[0], push[2]);
            assertThat(push[1]).as("the push is signed with the secret shown once").isEqualTo(expected);
            assertThat(push[2].lines()).isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"change\":\"created\""));

            // the receiver has answered; the pusher records the success just after: refresh until the screen shows it
            // (one refresh raced that record on a loaded machine)
            for (int i = 0; i < 60; i++) {
                page.locator("#webhook-refresh").click();
                page.waitForTimeout(500);
                String state = page.locator("#webhook-state").innerText();
                if (state.contains("待推送 0 条") && !state.contains("从未使用")) {
                    break;
                }
            }
            assertThat(page.locator("#webhook-state")).containsText("待推送 0 条");
            assertThat(page.locator("#webhook-state")).not().containsText("从未使用");
            page.locator("#webhook-state").scrollIntoViewIfNeeded();
            browser.screenshot("department-webhook-pushed");
            String pushedId = push[2].lines().findFirst().orElseThrow().replaceAll(".*\"deliveryId\":\"([0-9a-f]+)\".*", "$1");

            // replay: a cursor that is not this feed's is refused at its field; from the start shows the count first
            page.locator("#webhook-replay").click();
            Locator dialog = page.locator("#webhook-replay-dialog");
            page.locator("#webhook-replay-mode vaadin-radio-button").filter(new Locator.FilterOptions()
                    .setHasText("某个游标之后")).click();
            page.locator("#webhook-replay-cursor input").fill("c1.forged.cursor");
            page.locator("#webhook-replay-preview").click();
            assertThat(page.locator("#webhook-replay-cursor")).containsText("游标无效");
            assertThat(page.locator("#webhook-replay-confirm")).isDisabled();
            browser.screenshot("department-webhook-replay-1-bad-cursor");
            page.locator("#webhook-replay-mode vaadin-radio-button").filter(new Locator.FilterOptions()
                    .setHasText("从头开始")).click();
            page.locator("#webhook-replay-preview").click();
            assertThat(page.locator("#webhook-replay-count")).containsText("将重新推送");
            long resent = Long.parseLong(page.locator("#webhook-replay-count").innerText().replaceAll("[^0-9]", ""));
            assertThat(resent).as("everything delivered so far, the pushed change included").isPositive();
            browser.screenshot("department-webhook-replay-2-preview");
            page.locator("#webhook-replay-confirm").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("已开始重新推送"))).isVisible();
            boolean again = false;
            while (!again) {
                String[] next = pushes.poll(90, TimeUnit.SECONDS);
                assertThat(next).as("the replay keeps pushing until the pushed change comes again").isNotNull();
                assertThat(next[1]).isEqualTo(signature(secret, next[0], next[2]));
                again = next[2].contains("\"deliveryId\":\"" + pushedId + "\"");
            }
            assertThat(again).as("the replay pushes the same delivery again, with the same id").isTrue();

            page.locator("#webhook-remove").click();
            assertThat(page.locator("#webhook-state")).containsText("未设置推送地址");
        } finally {
            receiver.stop(0);
        }
    }

    /** The documented signature: v1= and the hex HMAC-SHA256 of "timestamp.body" under the secret. */
    private static String signature(String secret, String timestamp, String body) throws Exception {
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + java.util.HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static List<String> csvCells(String csv) throws java.io.IOException {
        List<String> cells = new java.util.ArrayList<>();
        for (var record : org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv))) {
            record.forEach(cells::add);
        }
        return cells;
    }

    /** Starts an export, waits for its download link and returns the downloaded file's bytes. */
    private static byte[] download(com.microsoft.playwright.Page page, String format) throws Exception {
        page.locator("#export-" + format).click();
        Locator link = page.locator("#export-file-" + format);
        assertThat(link).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                .setTimeout(120_000));
        var download = page.waitForDownload(link::click);
        return java.nio.file.Files.readAllBytes(download.path());
    }

    private HttpResponse<String> pull(String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.url("/api/feeds/v1/changes?limit=10")))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
