package org.oneform.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.Delivery;
import org.oneform.sync.feeds.DeliveryChange;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.registry.SubjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Push webhooks against a real local HTTP server (the JDK's): every push is signed (the receiver verifies
 * HMAC-SHA256 over timestamp and body with the secret it was given once); a consumer that fails gets the same
 * deliveries again after a backoff; a consumer that hangs holds up no other department's; edits and merges are
 * pushed like creations; a replay from a cursor pushes again with the same delivery ids; bad URLs and cursors are
 * typed problems.
 */
class WebhooksIT extends OneFormIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DepartmentCode SLOW = new DepartmentCode("human-resources");
    private static final DepartmentCode FLAKY = new DepartmentCode("disabled-persons");

    @Autowired
    MockMvc mvc;
    @Autowired
    Webhooks webhooks;
    @Autowired
    DeliveryStore deliveries;
    @Autowired
    DepartmentTokens tokens;
    @Autowired
    FeedCursors cursors;

    private HttpServer server;
    private ExecutorService handlers;

    /** One consumer: records every request, checks its signature, answers as told. */
    private static final class Consumer {
        volatile String secret;
        final List<String> deliveryIds = new CopyOnWriteArrayList<>();
        final List<String> changes = new CopyOnWriteArrayList<>();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger badSignatures = new AtomicInteger();
        final AtomicInteger failuresLeft = new AtomicInteger();
        volatile CountDownLatch hang = new CountDownLatch(0);

        void handle(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            String timestamp = exchange.getRequestHeaders().getFirst("OneForm-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("OneForm-Signature");
            boolean fresh = timestamp != null
                    && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300;
            if (!fresh || signature == null || !MessageDigest.isEqual(Webhooks.signature(secret, timestamp, body)
                    .getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            try {
                hang.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failuresLeft.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                JsonNode node = JSON.readTree(line);
                deliveryIds.add(node.get("deliveryId").asString());
                changes.add(node.get("change").asString());
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }
    }

    @AfterEach
    void stop() {
        webhooks.remove(SLOW, "test");
        webhooks.remove(FLAKY, "test");
        if (server != null) {
            server.stop(0);
            handlers.shutdownNow();
        }
    }

    @Test
    void signedPushesRetryAfterFailuresAHangingConsumerHoldsUpNoOtherAndReplayRepeatsTheSameIds() throws Exception {
        var slow = new Consumer();
        var flaky = new Consumer();
        slow.hang = new CountDownLatch(1);
        flaky.failuresLeft.set(1);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        handlers = Executors.newFixedThreadPool(16);
        server.setExecutor(handlers);
        server.createContext("/slow", slow::handle);
        server.createContext("/flaky", flaky::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();

        long start = deliveries.lastFeedSeq();
        slow.secret = webhooks.configure(SLOW, base + "/slow", start, "test");
        flaky.secret = webhooks.configure(FLAKY, base + "/flaky", start, "test");
        assertThat(flaky.secret).startsWith("ofs_").isNotEqualTo(slow.secret);

        List<String> slowIds = write(SLOW, DeliveryChange.CREATED, DeliveryChange.UPDATED, DeliveryChange.MERGED);
        List<String> flakyIds = write(FLAKY, DeliveryChange.UPDATED, DeliveryChange.MERGED, DeliveryChange.REMOVED);

        await(() -> Set.copyOf(flaky.deliveryIds).containsAll(flakyIds), "the flaky consumer gets everything");
        assertThat(slow.deliveryIds).as("the hanging consumer has acknowledged nothing yet").isEmpty();
        assertThat(flaky.requests.get()).as("one 503, then a retry").isGreaterThanOrEqualTo(2);
        assertThat(flaky.changes).contains("updated", "merged", "removed");
        await(() -> webhooks.of(FLAKY).orElseThrow().pushedSeq() > start, "the push cursor moves");
        assertThat(webhooks.of(FLAKY).orElseThrow().failures()).isZero();

        slow.hang.countDown();
        await(() -> Set.copyOf(slow.deliveryIds).containsAll(slowIds), "the slow consumer gets everything once it answers");
        assertThat(slow.changes).contains("created", "updated", "merged");

        int before = flaky.deliveryIds.size();
        webhooks.replayFrom(FLAKY, start, "test");
        await(() -> flaky.deliveryIds.size() >= before + flakyIds.size(), "a replay pushes again");
        assertThat(flaky.deliveryIds.subList(before, before + flakyIds.size())).as("same ids, same order")
                .containsExactlyElementsOf(flakyIds);
        assertThat(slow.badSignatures.get() + flaky.badSignatures.get()).as("every push is signed correctly").isZero();
    }

    @Test
    void badWebhookUrlsAndCursorsAreTypedProblemsThatLeakNothing() throws Exception {
        String token = tokens.create(FLAKY, "推送测试", "disabled-persons");
        String police = tokens.create(new DepartmentCode("public-security"), "推送测试", "public-security");
        for (String url : List.of("", "ftp://example.org/in", "http://user:secret@example.org/in", "/relative",
                "http://exa mple.org", "https://example.org/in#frag")) {
            var response = call(put("/api/feeds/v1/webhook").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("url", url))));
            assertProblem(response, 400, "invalid-webhook-url");
            assertThat(response.getContentAsString()).doesNotContain("secret@");
        }
        assertProblem(call(get("/api/feeds/v1/webhook").header("Authorization", "Bearer " + token)), 404, "no-webhook");
        assertProblem(call(get("/api/feeds/v1/webhook")), 401, "unauthorized");

        var created = call(put("/api/feeds/v1/webhook").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"http://127.0.0.1:9/oneform\"}"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(200);
        String secret = JSON.readTree(created.getContentAsString()).get("secret").asString();
        assertThat(secret).startsWith("ofs_");
        var state = call(get("/api/feeds/v1/webhook").header("Authorization", "Bearer " + token));
        assertThat(state.getContentAsString()).contains("http://127.0.0.1:9/oneform").doesNotContain(secret);

        String policeCursor = cursors.of(new DepartmentCode("public-security"), 0);
        var foreign = call(post("/api/feeds/v1/webhook/replay").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"cursor\":\"" + policeCursor + "\"}"));
        assertProblem(foreign, 400, "foreign-cursor");
        assertThat(foreign.getContentAsString()).doesNotContain("public-security");
        assertProblem(call(post("/api/feeds/v1/webhook/replay").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"cursor\":\"" + cursors.of(FLAKY, Long.MAX_VALUE / 2) + "\"}")),
                400, "cursor-from-the-future");
        assertProblem(call(get("/api/feeds/v1/webhook").header("Authorization", "Bearer " + police)), 404, "no-webhook");
        assertThat(call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/feeds/v1/webhook")
                .header("Authorization", "Bearer " + token)).getStatus()).isEqualTo(204);
    }

    @Test
    void backoffGrowsExponentiallyWithJitterUpToItsCap() {
        var pusher = new WebhookPusher(webhooks, deliveries, cursors, java.time.Clock.systemUTC(),
                new WebhookPusher.Settings(Duration.ofSeconds(1), 10, 1, 1, Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofMinutes(10)));
        try {
            for (int failures = 1; failures <= 12; failures++) {
                long expected = Math.min(600_000, 2_000L << (failures - 1));
                List<Long> delays = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    delays.add(pusher.backoff(failures).toMillis());
                }
                assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(expected / 2, expected));
                assertThat(Set.copyOf(delays)).as("jitter").hasSizeGreaterThan(1);
            }
            assertThat(pusher.backoff(1000).toMillis()).isLessThanOrEqualTo(600_000);
        } finally {
            pusher.close();
        }
    }

    private List<String> write(DepartmentCode department, DeliveryChange... changes) {
        List<Delivery> batch = new ArrayList<>();
        for (DeliveryChange change : changes) {
            String id = UUID.randomUUID().toString().replace("-", "");
            batch.add(new Delivery(id, department, 0, UUID.randomUUID(), new SubjectId("R09999999"), "Swebhooktest",
                    change, change == DeliveryChange.REMOVED ? Map.of() : Map.of("resident.phone", "13905710077"),
                    change == DeliveryChange.REMOVED ? Set.of() : Set.of("resident.phone"), Map.of(), List.of("测试"),
                    Instant.now()));
        }
        deliveries.write(batch);
        return batch.stream().map(Delivery::id).toList();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private MockHttpServletResponse call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("code").asString()).isEqualTo(code);
    }

}
