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
 * finds the deliveries a grid worker's submission caused in the delivery ledger.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DepartmentFeedJourneyIT {

    private static final Pattern TOKEN = Pattern.compile("ofd_[A-Za-z0-9_-]{40,}");

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

    private HttpResponse<String> pull(String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.url("/api/feeds/v1/changes?limit=10")))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
