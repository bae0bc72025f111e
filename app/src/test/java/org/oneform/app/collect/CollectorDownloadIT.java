package org.oneform.app.collect;

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
import org.oneform.app.audit.AuditLog;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.compile.FormVersions;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.Intake;
import org.oneform.sync.intake.ItemResult;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.intake.Uploader;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.review.Returns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collector's download against the whole application (H2 file, Eclipse Store, Lucene, the demo city): a first
 * full download, a delta with only what changed, removals, returns and their resolution, paging, and cursors that
 * were forged, altered or given to someone else. Each test uses its own worker (and grid), so the tests sharing
 * the application do not see each other's changes.
 */
class CollectorDownloadIT extends OneFormIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API = "/api/sync/v1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Registry registry;
    @Autowired
    FormVersions forms;
    @Autowired
    ApplyLoop loop;
    @Autowired
    Intake intake;
    @Autowired
    Returns returns;
    @Autowired
    AuditLog audit;

    @Test
    void aFirstDownloadHasTheWorkersGridsWholeAndTheNextOnlyWhatChanged() throws Exception {
        Worker w = signIn("worker03");
        Download full = downloadAll(w, null, 1000);
        List<GoldenRecord> inGrid = new ArrayList<>();
        for (SubjectType type : SubjectType.values()) {
            inGrid.addAll(registry.inGrid(w.grid, type));
        }
        assertThat(full.subjects).hasSize(inGrid.size()).containsExactlyInAnyOrderElementsOf(
                inGrid.stream().map(r -> r.id().value()).toList());
        assertThat(full.total).isEqualTo(inGrid.size());
        assertThat(full.removals).isEmpty();
        assertThat(full.grids).containsOnly(w.grid.value());
        JsonNode firstPage = full.pages.getFirst();
        assertThat(firstPage.get("forms")).hasSize(3).anySatisfy(f -> {
            assertThat(f.get("subjectType").asString()).isEqualTo("resident");
            assertThat(f.get("version").asInt()).isEqualTo(forms.current(SubjectType.RESIDENT).orElseThrow().number());
        });

        GoldenRecord resident = registry.inGrid(w.grid, SubjectType.RESIDENT).get(5);
        JsonNode item = full.item(resident.id().value());
        assertThat(item.get("subjectType").asString()).isEqualTo("resident");
        assertThat(item.get("title").asString()).isEqualTo(resident.text("resident.name"));
        assertThat(item.get("household").asString()).isEqualTo(resident.text("resident.household_id"));
        String idNumber = resident.text("resident.id_number");
        assertThat(item.get("search").get("idLast4").asString()).isEqualTo(idNumber.substring(idNumber.length() - 4));
        assertThat(item.get("search").toString()).doesNotContain(idNumber).doesNotContain(resident.text("resident.phone"));
        JsonNode name = item.get("values").get("resident.name");
        assertThat(name.get("value").asString()).isEqualTo(resident.text("resident.name"));
        assertThat(name.get("seq").asLong()).isEqualTo(resident.fields().get("resident.name").valueSeq());
        assertThat(name.get("at").asString()).isEqualTo(resident.fields().get("resident.name").provenance().collectedAt().toString());
        assertThat(name.has("fresh")).isTrue();
        assertThat(item.get("values").get("resident.id_number").get("value").asString())
                .as("the worker verifies the full number at the door").isEqualTo(idNumber);
        assertThat(audit.latest(20)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("worker03");
            assertThat(e.action()).isEqualTo("collector.download");
            assertThat(e.subject()).isEqualTo(w.grid.value());
            assertThat(e.detail()).contains("device=" + w.device).contains("assignments=" + inGrid.size());
        });

        Download nothing = downloadAll(w, full.cursor, 1000);
        assertThat(nothing.subjects).isEmpty();
        assertThat(nothing.total).isZero();

        long seq = accepted(submit(w, edit(w, resident, "resident.phone", "13905718801")));
        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
        Download delta = downloadAll(w, nothing.cursor, 1000);
        assertThat(delta.subjects).containsExactly(resident.id().value());
        assertThat(delta.total).isEqualTo(1);
        JsonNode phone = delta.item(resident.id().value()).get("values").get("resident.phone");
        assertThat(phone.get("value").asString()).isEqualTo("13905718801");
        assertThat(phone.get("seq").asLong()).isEqualTo(seq);
        assertThat(phone.get("fresh").asBoolean()).as("just collected").isTrue();
        assertThat(delta.item(resident.id().value()).get("seq").asLong()).isEqualTo(seq);
    }

    @Test
    void pagesOfAnyLimitTogetherGiveTheWholeDownloadOnce() throws Exception {
        Worker w = signIn("worker08");
        Download whole = downloadAll(w, null, 1000);
        Download paged = downloadAll(w, null, 37);
        assertThat(paged.pages.size()).isGreaterThan(1);
        assertThat(paged.subjects).doesNotHaveDuplicates().containsExactlyElementsOf(whole.subjects);
        assertThat(paged.pages).allSatisfy(page -> {
            assertThat(page.get("total").asInt()).isEqualTo(whole.total);
            assertThat(page.get("assignments").size() + page.get("removals").size()).isLessThanOrEqualTo(37);
        });
        assertThat(paged.pages.subList(0, paged.pages.size() - 1)).allSatisfy(p -> assertThat(p.get("more").asBoolean()).isTrue());
        assertThat(paged.pages.getLast().get("more").asBoolean()).isFalse();
        assertThat(downloadAll(w, paged.cursor, 1000).subjects).isEmpty();
    }

    @Test
    void aSubjectThatMovesToAnotherGridIsARemovalAndNeverSeenAgain() throws Exception {
        Worker w = signIn("worker04");
        Worker other = signIn("worker07");
        Download full = downloadAll(w, null, 1000);
        GoldenRecord leaving = registry.inGrid(w.grid, SubjectType.RESIDENT).get(3);
        Download otherBefore = downloadAll(other, null, 1000);
        assertThat(otherBefore.subjects).doesNotContain(leaving.id().value());

        Map<String, Object> move = edit(w, leaving, "resident.phone", "13905718802");
        Submission moved = new Submission(UUID.fromString((String) move.get("id")), SubjectType.RESIDENT,
                (Integer) move.get("formVersion"), leaving.id(), other.grid, null, values(move), bases(move), null);
        var both = new Uploader("worker04", "test-bench", Set.of(w.grid, other.grid));
        ItemResult result = intake.receive(both, List.of(moved)).getFirst();
        long seq = ((ItemResult.Accepted) result).seq();
        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();

        Download delta = downloadAll(w, full.cursor, 1000);
        assertThat(delta.removals).containsExactly(leaving.id().value());
        assertThat(delta.subjects).isEmpty();
        assertThat(delta.total).isEqualTo(1);
        assertThat(downloadAll(w, delta.cursor, 1000).removals).as("a removal is given once").isEmpty();

        Download arrived = downloadAll(other, otherBefore.cursor, 1000);
        assertThat(arrived.subjects).containsExactly(leaving.id().value());
    }

    @Test
    void anotherWorkersGridIsNeverVisibleNorTheirCursorUsable() throws Exception {
        Worker mine = signIn("worker09");
        Worker theirs = signIn("worker10");
        Download download = downloadAll(mine, null, 1000);
        Set<String> theirIds = new HashSet<>();
        for (SubjectType type : SubjectType.values()) {
            registry.inGrid(theirs.grid, type).forEach(r -> theirIds.add(r.id().value()));
        }
        assertThat(theirIds).isNotEmpty();
        assertThat(download.subjects).doesNotContainAnyElementsOf(theirIds);
        download.pages.forEach(page -> page.get("assignments")
                .forEach(a -> assertThat(a.get("grid").asString()).isEqualTo(mine.grid.value())));

        String theirCursor = downloadAll(theirs, null, 1000).cursor;
        assertProblem(call(authorized(mine, get(API + "/download").param("cursor", theirCursor))), 400, "foreign-cursor");
    }

    @Test
    void aForgedAlteredOrJunkCursorAndABadLimitAreTypedBadRequests() throws Exception {
        Worker w = signIn("worker11");
        String cursor = downloadAll(w, null, 1000).cursor;
        String[] parts = cursor.split("\\.");
        String body = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String richer = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                body.replace("\"since\":", "\"since\":1").getBytes(StandardCharsets.UTF_8));
        // the signature's first character carries six whole bits: changing it always changes the signature (its
        // last one carries padding bits too, and may already be the character a test would put there)
        String altered = "d1." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertThat(altered).isNotEqualTo(cursor);
        for (String bad : List.of("d1." + richer + "." + parts[2], altered, "abc",
                "d1..", "d1.%%%.x", "x".repeat(10_000), "c1." + parts[1] + "." + parts[2])) {
            assertProblem(call(authorized(w, get(API + "/download").param("cursor", bad))), 400, "malformed-cursor");
        }
        for (String limit : List.of("0", "1001", "-5")) {
            assertProblem(call(authorized(w, get(API + "/download").param("limit", limit))), 400, "invalid-parameter");
        }
        assertProblem(call(authorized(w, get(API + "/download").param("limit", "many"))), 400, "invalid-property");
        assertProblem(call(get(API + "/download")), 401, "unauthorized");
    }

    @Test
    void aReturnReachesTheWorkersNextDownloadAndItsResubmissionResolvesIt() throws Exception {
        Worker w = signIn("worker06");
        GoldenRecord resident = registry.inGrid(w.grid, SubjectType.RESIDENT).get(2);
        Map<String, Object> first = edit(w, resident, "resident.phone", "13905718803");
        long seq = accepted(submit(w, first));
        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
        String cursor = downloadAll(w, null, 1000).cursor;
        UUID returned = UUID.fromString((String) first.get("id"));

        long returnSeq = returns.returnSubmission(returned, "电话号码不对，请核实", "supervisor1");
        assertThat(loop.awaitApplied(returnSeq, Duration.ofSeconds(10))).isTrue();
        Download next = downloadAll(w, cursor, 1000);
        assertThat(next.pages.getFirst().get("returns")).singleElement().satisfies(r -> {
            assertThat(r.get("submissionId").asString()).isEqualTo(returned.toString());
            assertThat(r.get("subjectId").asString()).isEqualTo(resident.id().value());
            assertThat(r.get("subjectType").asString()).isEqualTo("resident");
            assertThat(r.get("comment").asString()).isEqualTo("电话号码不对，请核实");
            assertThat(r.get("by").asString()).isEqualTo("supervisor1");
            assertThat(r.get("byName").asString()).as("the name the worker knows the supervisor by")
                    .isNotBlank().isNotEqualTo("supervisor1");
            assertThat(r.get("at").asString()).isNotBlank();
        });
        assertThat(next.pages.getFirst().get("resolvedReturns")).isEmpty();

        Map<String, Object> again = edit(w, registry.find(resident.id()).orElseThrow(), "resident.phone", "13905718804");
        again.put("supersedes", returned.toString());
        long resubmitted = accepted(submit(w, again));
        assertThat(loop.awaitApplied(resubmitted, Duration.ofSeconds(10))).isTrue();
        Download after = downloadAll(w, next.cursor, 1000);
        assertThat(after.pages.getFirst().get("returns")).isEmpty();
        assertThat(after.pages.getFirst().get("resolvedReturns")).singleElement()
                .satisfies(id -> assertThat(id.asString()).isEqualTo(returned.toString()));
        assertThat(after.subjects).containsExactly(resident.id().value());

        Download fresh = downloadAll(w, null, 1000);
        assertThat(fresh.pages.getFirst().get("returns")).as("a new device gets only open returns").isEmpty();

        UUID second = UUID.fromString((String) again.get("id"));
        long returnedAgain = returns.returnSubmission(second, "户籍地址请补充", "supervisor1");
        long withdrawn = returns.withdraw(second, "已电话核实", "supervisor1");
        assertThat(loop.awaitApplied(Math.max(returnedAgain, withdrawn), Duration.ofSeconds(10))).isTrue();
        Download afterWithdrawal = downloadAll(w, after.cursor, 1000);
        assertThat(afterWithdrawal.pages.getFirst().get("returns")).isEmpty();
        assertThat(afterWithdrawal.pages.getFirst().get("resolvedReturns")).singleElement()
                .satisfies(id -> assertThat(id.asString()).as("withdrawn by the supervisor").isEqualTo(second.toString()));
    }

    @Test
    void theDownloadIsDescribedWithOpenApi() throws Exception {
        JsonNode docs = json(call(get("/v3/api-docs")));
        assertThat(docs.get("paths").has(API + "/download")).isTrue();
        assertThat(docs.get("paths").has(API + "/forms/{subjectType}/versions/{version}")).isTrue();
        assertThat(docs.get("paths").has(API + "/device-status")).isTrue();
        assertThat(docs.get("paths").has(API + "/search")).isTrue();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    record Worker(String username, String device, String token, AreaId grid) {
    }

    /** Every page of one download, from a cursor (or none) until {@code more} is false. */
    static final class Download {
        final List<JsonNode> pages = new ArrayList<>();
        final List<String> subjects = new ArrayList<>();
        final List<String> removals = new ArrayList<>();
        final Set<String> grids = new HashSet<>();
        final Map<String, JsonNode> items = new LinkedHashMap<>();
        String cursor;
        int total;

        JsonNode item(String subjectId) {
            assertThat(items).containsKey(subjectId);
            return items.get(subjectId);
        }
    }

    Worker signIn(String username) throws Exception {
        String device = "tablet-" + UUID.randomUUID();
        MockHttpServletResponse response = call(post(API + "/session").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", "oneform-demo", "deviceId", device))));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        JsonNode session = json(response);
        return new Worker(username, device, session.get("token").asString(), new AreaId(session.get("grids").get(0).asString()));
    }

    Download downloadAll(Worker w, String cursor, int limit) throws Exception {
        Download download = new Download();
        String next = cursor;
        for (int page = 0; page < 1000; page++) {
            MockHttpServletRequestBuilder request = get(API + "/download").param("limit", Integer.toString(limit));
            if (next != null) {
                request.param("cursor", next);
            }
            MockHttpServletResponse response = call(authorized(w, request));
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            JsonNode body = json(response);
            download.pages.add(body);
            download.total = body.get("total").asInt();
            body.get("assignments").forEach(a -> {
                download.subjects.add(a.get("subjectId").asString());
                download.items.put(a.get("subjectId").asString(), a);
                download.grids.add(a.get("grid").asString());
            });
            body.get("removals").forEach(r -> download.removals.add(r.asString()));
            next = body.get("cursor").asString();
            if (!body.get("more").asBoolean()) {
                download.cursor = next;
                return download;
            }
        }
        throw new AssertionError("the download never ended");
    }

    /** A submission editing one field of a record from its current values, naming its bases. */
    Map<String, Object> edit(Worker w, GoldenRecord resident, String field, String value) {
        int version = forms.current(SubjectType.RESIDENT).orElseThrow().number();
        FormVersion form = forms.version(SubjectType.RESIDENT, version).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Long> bases = new LinkedHashMap<>();
        form.topLevel().forEach(f -> resident.value(f.id()).ifPresent(v -> {
            values.put(f.id(), v);
            bases.put(f.id(), resident.fields().get(f.id()).valueSeq());
        }));
        values.put(field, value);
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("id", UUID.randomUUID().toString());
        submission.put("subjectType", "resident");
        submission.put("formVersion", version);
        submission.put("subjectId", resident.id().value());
        submission.put("grid", w.grid.value());
        submission.put("values", values);
        submission.put("baseSeqs", bases);
        submission.put("collectedAt", "2026-12-03T09:00:00Z");
        return submission;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Map<String, Object> submission) {
        return (Map<String, Object>) submission.get("values");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> bases(Map<String, Object> submission) {
        return (Map<String, Long>) submission.get("baseSeqs");
    }

    JsonNode submit(Worker w, Map<String, Object> submission) throws Exception {
        MockHttpServletResponse response = call(authorized(w, post(API + "/submissions")).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("items", List.of(submission)))));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response).get("results").get(0);
    }

    static long accepted(JsonNode result) {
        assertThat(result.get("status").asString()).as(result.toString()).isEqualTo("accepted");
        return result.get("seq").asLong();
    }

    static MockHttpServletRequestBuilder authorized(Worker w, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + w.token);
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static void assertProblem(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("type").asString()).isEqualTo("urn:oneform:problem:" + code);
    }
}
