package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.OneFormServer;
import org.oneform.e2e.support.SyncClient;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;

/**
 * The chaos journey of issue 5, in Chromium against the production jar: 30 households — three filled on the
 * screen with members, a photo each and a GPS point, the other 27 queued from them for other households of the
 * grid in waves of three while the worker syncs — go out through a Playwright route on the whole context, which
 * covers the service worker's fetches too (the worker sends {@code /api/**} itself, network only): 10% of the sync
 * requests fail before they are sent, and 30% of the answers are dropped after the server processed the request
 * (forwarded with {@code route.fetch()}, then aborted). The answer to the first batch of submissions is always
 * dropped. After each wave the worker syncs until the outbox is empty; at the end the server holds every client
 * UUID exactly once: a receipt for each, 30 distinct ledger sequences, and the ledger grew by exactly 30.
 *
 * <p>Seeded: {@code -Doneform.chaos.seed} (default 20261203) decides which requests fail or lose their answer.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class CollectorChaosJourneyIT {

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("collector-chaos");

    private static final int TOTAL = 30;
    private static final int FILLED_ON_SCREEN = 3;
    private static final int WAVE = 3;
    private static final double FAIL = 0.10;
    private static final double DROP = 0.30;

    @TempDir
    Path profile;

    @TempDir
    Path files;

    /** What the chaos route did, for the log and to prove the chaos reached the sync. */
    private static final class Chaos {
        final Random random = new Random(Long.getLong("oneform.chaos.seed", 20261203L));
        int passed;
        int failed;
        int dropped;
        int submissionPosts;
        int submissionAnswersDropped;

        void handle(Route route) {
            String url = route.request().url();
            boolean submissions = "POST".equals(route.request().method()) && url.contains("/api/sync/v1/submissions");
            if (submissions) {
                submissionPosts++;
            }
            if (random.nextDouble() < FAIL) {
                failed++;
                route.abort("connectionreset");
                return;
            }
            APIResponse answer = route.fetch();
            // the first submission batch that reaches the server always loses its answer: which requests the
            // random drops hit depends on the order the page sends them in, and the journey must see that case
            boolean drop = random.nextDouble() < DROP || (submissions && submissionAnswersDropped == 0);
            if (drop) {
                dropped++;
                submissionAnswersDropped += submissions ? 1 : 0;
                route.abort("connectionreset");
            } else {
                passed++;
                route.fulfill(new Route.FulfillOptions().setResponse(answer));
            }
        }

        @Override
        public String toString() {
            return "%d answered, %d failed before sending, %d answers dropped after processing (%d of %d submission batches)"
                    .formatted(passed, failed, dropped, submissionAnswersDropped, submissionPosts);
        }
    }

    @Test
    void everySubmissionReachesTheServerExactlyOnceThroughDroppedAnswersAndFailedRequests() throws Exception {
        List<String> queued;
        Chaos chaos = new Chaos();
        long ledgerBefore;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            BrowserContext context = Collector.launch(playwright, profile);
            Page page = Collector.pageOf(context);
            Collector collector = new Collector(page, server.baseUrl()).open();
            collector.awaitServiceWorker();
            collector.signIn(DemoAccount.GRID_WORKER).awaitSyncIdle();
            collector.filterType("household").filterState("not-visited");
            List<String> households = new ArrayList<>();
            for (int i = 0; i < TOTAL; i++) {
                households.add(collector.listRows().nth(i).getAttribute("data-subject"));
            }

            // the three filled on the screen wait with no network, so no run starts half-way
            Collector.cutNetwork(context);
            for (int i = 0; i < FILLED_ON_SCREEN; i++) {
                page.navigate(server.url("/collect/subject/" + households.get(i)));
                page.locator("#collect-start").click();
                assertThat(page).hasURL(Pattern.compile(".*/collect/fill/.*"));
                collector.fillHousehold(i, photoFile(i));
                collector.finish();
                assertThat(collector.pending()).containsText("待上传 " + (i + 1));
            }
            JsonArray templates = collector.readStore("outbox");
            List<String> filled = ids(templates);

            // then the chaos: the rest are queued in waves of three while the worker syncs through it, so there are
            // many sync runs (photos, batches, downloads, device reports), each through failures and lost answers
            ledgerBefore = SyncClient.applyLoop(server.baseUrl()).ledgerSeq();
            Collector.restoreNetwork(context);
            context.route("**/api/sync/v1/**", chaos::handle);
            queued = new ArrayList<>(filled);
            for (int next = FILLED_ON_SCREEN; ; next += WAVE) {
                syncUntilEmpty(collector, page, chaos);
                if (next >= TOTAL) {
                    break;
                }
                // 1 ms apart, so the wave's queue order is its creation order
                String wave = queueFrom(collector, templates, households.subList(next, next + WAVE), next);
                collector.putRows("outbox", wave);
                for (JsonElement row : com.google.gson.JsonParser.parseString(wave).getAsJsonArray()) {
                    queued.add(row.getAsJsonObject().get("id").getAsString());
                }
                assertThat(collector.readStore("outbox")).as("wave queued").hasSize(WAVE);
                // the reopened app syncs at once (it may have sent the wave before the outbox screen shows it)
                page.navigate(server.url("/collect/outbox"));
            }
            assertThat(queued).hasSize(TOTAL).doesNotHaveDuplicates();
            collector.awaitSyncIdle();
            System.out.println("[chaos] " + chaos);
            assertThat(ids(collector.readStore("outbox"))).as("outbox after syncing through the chaos: " + chaos).isEmpty();
            assertThat(ids(collector.readStore("sent"))).containsExactlyInAnyOrderElementsOf(queued);
            assertThat(collector.pending()).containsText("待上传 0");
            collector.screenshotsBothWays("outbox-after-chaos");
            assertThat(chaos.failed).as("requests failed before sending").isGreaterThanOrEqualTo(3);
            assertThat(chaos.dropped).as("answers dropped after processing").isGreaterThanOrEqualTo(5);
            assertThat(chaos.submissionAnswersDropped).as("submission answers dropped after the server took them").isPositive();
            assertThat(chaos.submissionPosts).as("the dropped batch was sent again").isGreaterThan(chaos.submissionAnswersDropped);
            context.close();
        }

        SyncClient device = new SyncClient(server::baseUrl, DemoAccount.GRID_WORKER.username(), "e2e-chaos-check-" + UUID.randomUUID(),
                Duration.ofSeconds(30));
        device.signIn();
        Set<Long> seqs = new HashSet<>();
        for (String id : queued) {
            var receipt = device.receipt(UUID.fromString(id));
            assertThat(receipt).as("receipt of %s", id).isPresent();
            seqs.add(receipt.get().seq());
        }
        assertThat(seqs).as("one ledger entry per submission").hasSize(TOTAL);
        assertThat(SyncClient.applyLoop(server.baseUrl()).ledgerSeq() - ledgerBefore)
                .as("the ledger grew by exactly the queued submissions").isEqualTo(TOTAL);
    }

    /**
     * Outbox rows for further households, made from the three filled on the screen as the app makes them: a new
     * client UUID, the household's own fresh prefilled values (and their sequences as {@code baseSeqs}) where the
     * template used a prefilled value, fresh fake names for the head and the members.
     */
    private static String queueFrom(Collector collector, JsonArray templates, List<String> households, int first) {
        return (String) collector.page().evaluate("""
                ([templatesJson, households, first]) => new Promise((resolve, reject) => {
                    const templates = JSON.parse(templatesJson);
                    const open = indexedDB.open('oneform-collector');
                    open.onerror = () => reject(open.error);
                    open.onsuccess = () => {
                        const db = open.result;
                        const tx = db.transaction(['assignments']);
                        const targets = tx.objectStore('assignments').getAll();
                        tx.oncomplete = () => {
                            db.close();
                            const byId = new Map(targets.result.map(a => [a.subjectId, a]));
                            const rows = households.map((subjectId, k) => {
                                const template = templates[k % templates.length];
                                const target = byId.get(subjectId);
                                const id = crypto.randomUUID();
                                const values = structuredClone(template.submission.values);
                                const baseSeqs = {};
                                for (const field of Object.keys(template.submission.baseSeqs)) {
                                    const own = target.values[field];
                                    if (own && own.fresh) {
                                        values[field] = own.value;
                                        baseSeqs[field] = own.seq;
                                    }
                                }
                                const n = first + k + 1;
                                values['household.head_name'] = '示范户主' + n;
                                (values['household.members'] || []).forEach((m, i) => m['household.member_name'] = '示范成员' + n + '-' + (i + 1));
                                const createdAt = new Date(Date.now() + k).toISOString();
                                return { ...template, id, title: target.title, createdAt, state: 'pending', quarantine: null,
                                    attempts: 0, lastAttemptAt: null, lastError: null,
                                    submission: { ...template.submission, id, subjectId, grid: target.grid, values, baseSeqs,
                                        collectedAt: createdAt } };
                            });
                            resolve(JSON.stringify(rows));
                        };
                        tx.onerror = () => reject(tx.error);
                    };
                })""", List.of(templates.toString(), households, first));
    }

    /** A different picture per household (so each is its own attachment, uploaded through the chaos). */
    private Path photoFile(int i) {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.GREEN, 1200, 900 - 200 * i, new java.awt.Color(40 * i, 0, 200)));
        g.fillRect(0, 0, 1200, 900);
        g.dispose();
        Path file = files.resolve("home-" + i + ".jpg");
        try {
            ImageIO.write(image, "jpg", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    /** Syncs (the button, again after each run that ended with items left) until the outbox is empty. */
    private static void syncUntilEmpty(Collector collector, Page page, Chaos chaos) {
        for (int round = 1; !collector.readStore("outbox").isEmpty(); round++) {
            assertThat(round).as("sync runs for one wave (%s)", chaos).isLessThanOrEqualTo(20);
            collector.awaitSyncIdle();
            if (collector.readStore("outbox").isEmpty()) {
                break;
            }
            // nothing may be quarantined by the chaos: dropped answers are resent and answered "duplicate"
            assertThat(quarantined(collector.readStore("outbox"))).as("quarantined after run %d", round).isEmpty();
            collector.syncButton().click();
            page.waitForTimeout(500);
        }
    }

    private static List<String> quarantined(JsonArray rows) {
        List<String> held = new ArrayList<>();
        for (JsonElement row : rows) {
            if ("quarantined".equals(row.getAsJsonObject().get("state").getAsString())) {
                held.add(row.toString());
            }
        }
        return held;
    }

    private static List<String> ids(JsonArray rows) {
        List<String> ids = new ArrayList<>();
        for (JsonElement row : rows) {
            ids.add(row.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }
}
