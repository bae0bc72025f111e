package org.oneform.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneform.app.api.ProblemException;
import org.oneform.app.audit.AuditLog;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaying a webhook queue from the start, from a moment or after a cursor: the plan counts exactly the
 * deliveries that will be pushed again, the replay moves the push cursor there and is audited with where it started
 * and how many; a start that is not this feed's (no cursor, a forged, foreign, negative or future cursor, a moment
 * after now) is a typed problem naming its property, and changes nothing. The same through the API.
 */
class WebhookReplaysIT extends OneFormIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DepartmentCode HEALTH = new DepartmentCode("health");
    private static final DepartmentCode POLICE = new DepartmentCode("public-security");

    @Autowired
    WebhookReplays replays;
    @Autowired
    Webhooks webhooks;
    @Autowired
    DeliveryStore deliveries;
    @Autowired
    FeedCursors cursors;
    @Autowired
    AuditLog audit;
    @Autowired
    DepartmentTokens tokens;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void removeWebhook() {
        webhooks.remove(HEALTH, "test");
    }

    @Test
    void aReplayStartsFromTheStartAMomentOrACursorAndSaysHowManyItResends() throws Exception {
        assertProblem(() -> replays.plan(HEALTH, new ReplayFrom.Start()), "no-webhook", null);
        // port 9 (discard) refuses: the pusher backs off and never moves the cursor under the test
        webhooks.configure(HEALTH, "http://127.0.0.1:9/replay-test", deliveries.lastFeedSeq(), "test");

        long before = deliveries.lastFeedSeq();
        List<String> first = write(3);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        List<String> second = write(2);
        long all = deliveries.count(HEALTH);

        ReplayPlan start = replays.plan(HEALTH, new ReplayFrom.Start());
        assertThat(start.position()).isZero();
        assertThat(start.deliveries()).isEqualTo(all);

        ReplayPlan since = replays.plan(HEALTH, new ReplayFrom.Since(between));
        assertThat(since.deliveries()).as("only what was delivered at or after the moment").isEqualTo(second.size());
        assertThat(replays.plan(HEALTH, new ReplayFrom.Since(Instant.parse("2020-01-01T00:00:00Z"))).deliveries())
                .as("a moment before everything: everything").isEqualTo(all);

        String afterFirst = cursors.of(HEALTH, before + 1);
        ReplayPlan cursor = replays.plan(HEALTH, new ReplayFrom.AfterCursor(" " + afterFirst + " "));
        assertThat(cursor.position()).isEqualTo(before + 1);
        assertThat(cursor.deliveries()).isEqualTo(first.size() - 1 + second.size());
        assertThat(replays.plan(HEALTH, new ReplayFrom.AfterCursor(cursors.of(HEALTH, deliveries.lastFeedSeq())))
                .deliveries()).as("the newest cursor: nothing to push again").isZero();

        // bad starts: typed, at their property, and the push cursor stays where it was
        long pushed = webhooks.of(HEALTH).orElseThrow().pushedSeq();
        assertProblem(() -> replays.replay(HEALTH, new ReplayFrom.AfterCursor(""), "test"), "cursor-required", "cursor");
        assertProblem(() -> replays.replay(HEALTH, new ReplayFrom.AfterCursor("c1.forged.cursor"), "test"),
                "malformed-cursor", "cursor");
        assertProblem(() -> replays.replay(HEALTH, new ReplayFrom.AfterCursor(cursors.of(POLICE, 1)), "test"),
                "foreign-cursor", "cursor");
        assertProblem(() -> replays.replay(HEALTH, new ReplayFrom.AfterCursor(cursors.of(HEALTH, -5)), "test"),
                "malformed-cursor", "cursor");
        assertProblem(() -> replays.replay(HEALTH, new ReplayFrom.AfterCursor(cursors.of(HEALTH, deliveries.lastFeedSeq() + 1)),
                "test"), "cursor-from-the-future", "cursor");
        assertProblem(() -> replays.replay(HEALTH, new ReplayFrom.Since(Instant.now().plus(Duration.ofHours(1))), "test"),
                "replay-from-the-future", "since");
        assertProblem(() -> replays.replay(HEALTH, new ReplayFrom.Since(null), "test"), "invalid-parameter", "since");
        assertThat(webhooks.of(HEALTH).orElseThrow().pushedSeq()).isEqualTo(pushed);

        ReplayPlan done = replays.replay(HEALTH, new ReplayFrom.Since(between), "replayer");
        assertThat(done.deliveries()).isEqualTo(second.size());
        assertThat(webhooks.of(HEALTH).orElseThrow().pushedSeq()).isEqualTo(done.position());
        assertThat(deliveries.after(HEALTH, done.position(), 100)).extracting(l -> JSON.readTree(l.json()).get("deliveryId")
                .asString()).as("exactly the second batch is behind the push cursor").containsExactlyElementsOf(second);
        assertThat(audit.latest(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("replayer");
            assertThat(e.action()).isEqualTo("feed-webhook-replay");
            assertThat(e.subject()).isEqualTo("health");
            assertThat(e.detail()).contains("from " + between, second.size() + " deliveries");
        });
    }

    @Test
    void theApiReplaysFromAMomentOrACursorAndRefusesBoth() throws Exception {
        String token = tokens.create(HEALTH, "重放测试", "health");
        webhooks.configure(HEALTH, "http://127.0.0.1:9/replay-api", deliveries.lastFeedSeq(), "test");
        long before = deliveries.lastFeedSeq();
        write(2);

        var answer = call(token, Map.of("cursor", cursors.of(HEALTH, before)));
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("deliveries").asLong()).isEqualTo(2);
        assertThat(body.get("url").asString()).as("the webhook state, as before, at the top level")
                .isEqualTo("http://127.0.0.1:9/replay-api");
        assertThat(body.get("cursor").asString()).isEqualTo(cursors.of(HEALTH, before));

        var since = call(token, Map.of("since", Instant.now().minus(Duration.ofDays(3650)).toString()));
        assertThat(JSON.readTree(since.getContentAsString()).get("deliveries").asLong()).isEqualTo(deliveries.count(HEALTH));

        var both = call(token, Map.of("cursor", cursors.of(HEALTH, before), "since", Instant.now().toString()));
        assertThat(both.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(both.getContentAsString()).get("code").asString()).isEqualTo("invalid-parameter");
        var future = call(token, Map.of("since", Instant.now().plus(Duration.ofDays(1)).toString()));
        assertThat(future.getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(future.getContentAsString());
        assertThat(problem.get("code").asString()).isEqualTo("replay-from-the-future");
        assertThat(problem.get("property").asString()).isEqualTo("since");
        var foreign = call(token, Map.of("cursor", cursors.of(POLICE, 0)));
        JsonNode foreignProblem = JSON.readTree(foreign.getContentAsString());
        assertThat(foreignProblem.get("code").asString()).isEqualTo("foreign-cursor");
        assertThat(foreignProblem.get("property").asString()).as("named where it came in").isEqualTo("cursor");
        assertThat(foreign.getContentAsString()).doesNotContain("public-security");

        // the acknowledgement names its own property too
        var ack = mvc.perform(post("/api/feeds/v1/ack").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"cursor\":\"c1.not.ours\"}")).andReturn().getResponse();
        assertThat(ack.getStatus()).isEqualTo(400);
        assertThat(JSON.readTree(ack.getContentAsString()).get("property").asString()).isEqualTo("cursor");
    }

    private MockHttpServletResponse call(String token, Map<String, String> body) throws Exception {
        return mvc.perform(post("/api/feeds/v1/webhook/replay").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body))).andReturn().getResponse();
    }

    private List<String> write(int n) {
        List<Delivery> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(new Delivery(UUID.randomUUID().toString().replace("-", ""), HEALTH, 0, UUID.randomUUID(),
                    new SubjectId("R09999998"), "Sreplaytest", DeliveryChange.UPDATED, Map.of("resident.phone", "13905710078"),
                    Set.of("resident.phone"), Map.of(), List.of("测试"), Instant.now()));
        }
        assertThat(deliveries.write(batch)).isEqualTo(n);
        return batch.stream().map(Delivery::id).toList();
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, String property) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().getProperties()).containsEntry("code", code);
            if (property != null) {
                assertThat(e.problem().getProperties()).containsEntry("property", property);
            }
        });
    }
}
