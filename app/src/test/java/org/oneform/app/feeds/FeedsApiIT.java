package org.oneform.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.feeds.Subscriptions;
import org.oneform.sync.intake.Intake;
import org.oneform.sync.intake.ItemResult;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.intake.Uploader;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The department pull API against the whole application: a grid worker changes a resident's phone and
 * disability status, and each department pulls exactly the fields it asked for, once; tokens, cursors and
 * limits refuse bad input with typed problems and leak nothing.
 */
class FeedsApiIT extends OneFormIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DepartmentCode CIVIL_AFFAIRS = new DepartmentCode("civil-affairs");
    private static final DepartmentCode DISABLED_PERSONS = new DepartmentCode("disabled-persons");
    private static final DepartmentCode PUBLIC_SECURITY = new DepartmentCode("public-security");
    private static final List<String> CHANGED = List.of("resident.phone", "resident.disability");

    @Autowired
    MockMvc mvc;
    @Autowired
    DepartmentTokens tokens;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Intake intake;
    @Autowired
    ApplyLoop loop;
    @Autowired
    Registry registry;
    @Autowired
    FormVersions forms;
    @Autowired
    FeedCursors cursors;
    @Autowired
    org.oneform.sync.feeds.DeliveryStore deliveries;

    @Test
    void eachDepartmentPullsExactlyItsFieldsOfAChangeOnce() throws Exception {
        Map<DepartmentCode, String> token = new LinkedHashMap<>();
        Map<DepartmentCode, String> cursor = new LinkedHashMap<>();
        for (DepartmentCode department : List.of(CIVIL_AFFAIRS, DISABLED_PERSONS, PUBLIC_SECURITY)) {
            token.put(department, tokens.create(department, "集成测试", department.value()));
            cursor.put(department, drain(token.get(department), ""));
        }

        GoldenRecord resident = residentWithoutDisability();
        String disabilityType = forms.current(SubjectType.RESIDENT).orElseThrow().field("resident.disability_type")
                .orElseThrow().definition().choices().getFirst().code();
        long seq = submit(resident, Map.of("resident.phone", "13905710031", "resident.disability", "yes",
                "resident.disability_type", disabilityType));
        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();

        for (DepartmentCode department : token.keySet()) {
            Set<String> asked = new HashSet<>();
            subscriptions.of(department).stream().filter(g -> g.subjectType() == SubjectType.RESIDENT)
                    .forEach(g -> asked.addAll(g.fields()));
            MockHttpServletResponse response = pull(token.get(department), cursor.get(department), "jsonl");
            List<JsonNode> lines = lines(response);
            boolean wantsAChangedField = CHANGED.stream().anyMatch(asked::contains);
            assertThat(lines).as("%s gets the change %s", department, wantsAChangedField ? "once" : "not at all")
                    .hasSize(wantsAChangedField ? 1 : 0);
            for (JsonNode line : lines) {
                Set<String> got = new HashSet<>();
                line.get("fields").propertyNames().forEach(got::add);
                assertThat(asked).as("%s asked for every field it got", department).containsAll(got);
                assertThat(line.get("subject").asString()).doesNotContain(resident.id().value()).startsWith("S");
                assertThat(line.toString()).doesNotContain(resident.id().value());
                List<String> changed = new ArrayList<>();
                line.get("changed").forEach(c -> changed.add(c.asString()));
                CHANGED.stream().filter(asked::contains).forEach(f -> assertThat(changed).contains(f));
            }
            String next = response.getHeader(FeedController.NEXT_CURSOR);
            assertThat(lines(pull(token.get(department), next, "jsonl"))).as("nothing twice").isEmpty();

            MockHttpServletResponse csv = pull(token.get(department), cursor.get(department), "csv");
            assertThat(csv.getContentType()).startsWith("text/csv");
            List<String> rows = csv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
            assertThat(rows.getFirst()).startsWith("delivery_id,subject,change,at,changed");
            assertThat(rows).hasSize(1 + lines.size());

            JsonNode ack = JSON.readTree(call(post("/api/feeds/v1/ack").header("Authorization", "Bearer " + token.get(department))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"cursor\":\"" + next + "\"}")).getContentAsString());
            assertThat(ack.get("acknowledged").asString()).isEqualTo(next);
        }
        assertThat(subscriptions.of(DISABLED_PERSONS)).as("the demo's 残联 asks about disability")
                .anyMatch(g -> g.fields().contains("resident.disability"));
    }

    @Test
    void theDeliveryLedgerAnswersWhichDepartmentsHoldAFieldOfASubject() throws Exception {
        GoldenRecord resident = registry.all().stream().filter(r -> r.type() == SubjectType.RESIDENT)
                .filter(r -> r.value("resident.phone").isPresent())
                .max(java.util.Comparator.comparing(r -> r.id().value())).orElseThrow();
        long seq = submit(resident, Map.of("resident.phone", "13905710041"));
        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();

        var holders = deliveries.ledger(null, resident.id().value(), "resident.phone", 100);
        assertThat(holders).isNotEmpty().allSatisfy(row -> {
            assertThat(row.subjectId()).isEqualTo(resident.id().value());
            assertThat(row.fields()).contains("resident.phone");
        });
        Set<DepartmentCode> asked = new HashSet<>();
        subscriptions.forType(SubjectType.RESIDENT).forEach((department, grants) -> {
            if (grants.stream().anyMatch(g -> g.filter().isEmpty() && g.fields().contains("resident.phone"))) {
                asked.add(department);
            }
        });
        assertThat(holders).extracting(org.oneform.sync.feeds.DeliveryStore.LedgerRow::department).containsAll(asked);
        assertThat(deliveries.ledger(null, resident.id().value(), "resident.pho", 100)).as("whole field ids only").isEmpty();
        assertThat(deliveries.ledger(CIVIL_AFFAIRS, resident.id().value(), null, 100))
                .allSatisfy(row -> assertThat(row.department()).isEqualTo(CIVIL_AFFAIRS));
    }

    @Test
    void badTokensCursorsAndLimitsGetTypedProblemsThatLeakNothing() throws Exception {
        String civil = tokens.create(CIVIL_AFFAIRS, "坏输入测试", "civil-affairs");
        String police = tokens.create(PUBLIC_SECURITY, "坏输入测试", "public-security");
        String civilCursor = pull(civil, "", "jsonl").getHeader(FeedController.NEXT_CURSOR);

        assertProblem(call(get("/api/feeds/v1/changes")), 401, "unauthorized");
        assertProblem(call(get("/api/feeds/v1/changes").header("Authorization", "Bearer ofd_made-up")), 401, "unauthorized");
        String revoked = tokens.create(CIVIL_AFFAIRS, "将被吊销", "civil-affairs");
        tokens.revoke(CIVIL_AFFAIRS, DepartmentTokens.hash(revoked), "civil-affairs");
        assertProblem(pull(revoked, "", "jsonl"), 401, "unauthorized");

        MockHttpServletResponse foreign = pull(police, civilCursor, "jsonl");
        assertProblem(foreign, 400, "foreign-cursor");
        assertThat(foreign.getContentAsString()).doesNotContain("civil-affairs");
        assertProblem(pull(civil, "c1.bm9wZQ.forged", "jsonl"), 400, "malformed-cursor");
        assertProblem(pull(civil, cursors.of(CIVIL_AFFAIRS, Long.MAX_VALUE / 2), "jsonl"), 400, "cursor-from-the-future");
        assertProblem(call(get("/api/feeds/v1/changes").param("limit", "0").header("Authorization", "Bearer " + civil)),
                400, "invalid-parameter");
        assertProblem(call(get("/api/feeds/v1/changes").param("format", "xml").header("Authorization", "Bearer " + civil)),
                400, "invalid-parameter");
    }

    @Test
    void aTokenThatPullsTooFastIsToldToWait() throws Exception {
        String fast = tokens.create(CIVIL_AFFAIRS, "限流测试", "civil-affairs");
        // 200 requests from 8 threads at once: a burst even on a loaded machine, where one thread's requests came
        // slower than the budget refills (20 a second); the budget counts requests, so pages of one delivery do
        var limitedOnes = new java.util.concurrent.CopyOnWriteArrayList<MockHttpServletResponse>();
        try (var burst = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 200; i++) {
                burst.submit(() -> {
                    MockHttpServletResponse response = call(get("/api/feeds/v1/changes").param("limit", "1")
                            .header("Authorization", "Bearer " + fast));
                    if (response.getStatus() == 429) {
                        limitedOnes.add(response);
                    }
                    return null;
                });
            }
        }
        MockHttpServletResponse limited = limitedOnes.isEmpty() ? null : limitedOnes.getFirst();
        assertThat(limited).as("200 pulls in a burst hit the budget").isNotNull();
        assertProblem(limited, 429, "rate-limited");
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void theFeedApiIsDescribedWithOpenApi() throws Exception {
        JsonNode docs = JSON.readTree(call(get("/v3/api-docs")).getContentAsString());
        assertThat(docs.get("paths").has("/api/feeds/v1/changes")).isTrue();
        assertThat(docs.get("paths").has("/api/feeds/v1/ack")).isTrue();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private GoldenRecord residentWithoutDisability() {
        return registry.all().stream().filter(r -> r.type() == SubjectType.RESIDENT)
                .filter(r -> r.value("resident.disability").orElse("no").equals("no"))
                .filter(r -> r.value("resident.phone").isPresent())
                .min(java.util.Comparator.comparing(r -> r.id().value())).orElseThrow();
    }

    /** A worker of the resident's grid edits fields from the prefill, through the intake. */
    private long submit(GoldenRecord resident, Map<String, String> changes) {
        var form = forms.current(SubjectType.RESIDENT).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Long> bases = new LinkedHashMap<>();
        form.topLevel().forEach(f -> resident.value(f.id()).ifPresent(v -> {
            values.put(f.id(), v);
            bases.put(f.id(), resident.fields().get(f.id()).valueSeq());
        }));
        values.putAll(changes);
        var submission = new Submission(UUID.randomUUID(), SubjectType.RESIDENT, form.number(), resident.id(),
                resident.grid(), null, values, bases, null);
        ItemResult result = intake.receive(new Uploader("worker01", "feeds-it", Set.of(resident.grid())),
                List.of(submission)).getFirst();
        assertThat(result).as(result.toString()).isInstanceOf(ItemResult.Accepted.class);
        return ((ItemResult.Accepted) result).seq();
    }

    /** Pulls until nothing is left; returns the cursor at the end of the feed. */
    private String drain(String token, String cursor) throws Exception {
        String at = cursor;
        while (true) {
            MockHttpServletResponse response = pull(token, at, "jsonl");
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            String next = response.getHeader(FeedController.NEXT_CURSOR);
            if (lines(response).isEmpty()) {
                return next;
            }
            at = next;
        }
    }

    private MockHttpServletResponse pull(String token, String cursor, String format) throws Exception {
        return call(get("/api/feeds/v1/changes").param("after", cursor).param("format", format).param("limit", "1000")
                .header("Authorization", "Bearer " + token));
    }

    private MockHttpServletResponse call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static List<JsonNode> lines(MockHttpServletResponse response) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.getContentAsString(StandardCharsets.UTF_8).lines().toList()) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("code").asString()).isEqualTo(code);
    }
}
