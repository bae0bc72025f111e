package org.oneform.app.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FormField;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestContent;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rest of the collector's API against the whole application: form versions by bearer token, device status
 * reports, the online roster search limited to the worker's grids, and submissions made with the form version
 * before the current one.
 */
class CollectorServicesIT extends OneFormIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String API = "/api/sync/v1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Registry registry;
    @Autowired
    FormVersions forms;
    @Autowired
    FieldRequests requests;
    @Autowired
    DepartmentDirectory departments;
    @Autowired
    ApplyLoop loop;
    @Autowired
    DeviceReports reports;

    // ---- forms -------------------------------------------------------------------------------------------------

    @Test
    void aFormVersionIsServedToADeviceTokenWithAnEntityTag() throws Exception {
        Session s = signIn("worker14");
        int version = forms.current(SubjectType.HOUSEHOLD).orElseThrow().number();
        MockHttpServletResponse response = call(s, get(API + "/forms/household/versions/" + version));
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode form = json(response);
        assertThat(form.get("version").asInt()).isEqualTo(version);
        assertThat(form.get("fields").size()).isPositive();
        String tag = response.getHeader(HttpHeaders.ETAG);
        assertThat(tag).isNotBlank();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("immutable");
        assertThat(call(s, get(API + "/forms/household/versions/" + version).header(HttpHeaders.IF_NONE_MATCH, tag))
                .getStatus()).isEqualTo(304);

        assertProblem(mvc.perform(get(API + "/forms/household/versions/" + version)).andReturn().getResponse(), 401, "unauthorized");
        assertProblem(call(s, get(API + "/forms/nobody/versions/1")), 400, "unknown-subject-type");
        assertProblem(call(s, get(API + "/forms/household/versions/x")), 400, "invalid-version");
        assertProblem(call(s, get(API + "/forms/household/versions/" + (version + 1000))), 404, "unknown-version");
    }

    // ---- previous form version ---------------------------------------------------------------------------------

    @Test
    void aSubmissionMadeWithThePreviousFormVersionIsStillAccepted() throws Exception {
        Session s = signIn("worker15");
        FormVersion previous = forms.current(SubjectType.RESIDENT).orElseThrow();
        FieldRequest extra = approveOneMoreRequester(previous);
        try {
            FormVersion current = forms.current(SubjectType.RESIDENT).orElseThrow();
            assertThat(current.number()).as("the approval published a new version").isGreaterThan(previous.number());
            JsonNode page = json(call(s, get(API + "/download").param("limit", "1")));
            assertThat(page.get("forms")).anySatisfy(f -> {
                assertThat(f.get("subjectType").asString()).isEqualTo("resident");
                assertThat(f.get("version").asInt()).isEqualTo(current.number());
            });
            assertThat(call(s, get(API + "/forms/resident/versions/" + previous.number())).getStatus())
                    .as("a draft begun with the old version can still be rendered").isEqualTo(200);

            GoldenRecord resident = registry.inGrid(s.grid, SubjectType.RESIDENT).get(1);
            Map<String, Object> submission = edit(s, previous, resident, "resident.phone", "13905718805");
            JsonNode result = submit(s, submission);
            assertThat(result.get("status").asString()).as(result.toString()).isEqualTo("accepted");
            assertThat(loop.awaitApplied(result.get("seq").asLong(), Duration.ofSeconds(10))).isTrue();
            GoldenRecord after = registry.find(resident.id()).orElseThrow();
            assertThat(after.text("resident.phone")).isEqualTo("13905718805");
            assertThat(after.fields().get("resident.phone").provenance().formVersion()).isEqualTo(previous.number());
        } finally {
            requests.withdraw(Actor.admin("admin"), extra.id(), "test over");
        }
    }

    /** Another department asks for a resident field it did not request yet: the resident form gets a new version. */
    private FieldRequest approveOneMoreRequester(FormVersion current) {
        for (FormField field : current.topLevel()) {
            Optional<DepartmentCode> newcomer = departments.all().stream().map(d -> d.code())
                    .filter(code -> !field.requestedBy().contains(code)).findFirst();
            if (newcomer.isPresent() && field.definition().isQuestion() && field.definition().children().isEmpty()
                    && field.definition().required().isBlank()) {
                Actor staff = Actor.staff(newcomer.get().value(), newcomer.get());
                FieldRequest draft = requests.create(staff, RequestContent.of(newcomer.get(), SubjectType.RESIDENT,
                        List.of(field.id()), "《测试》第一条：旧版本表单测试", "", Period.ofDays(400)));
                requests.submit(staff, draft.id(), "");
                return requests.approve(Actor.admin("admin"), draft.id(), "");
            }
        }
        throw new AssertionError("every department already requests every resident field");
    }

    // ---- device status -----------------------------------------------------------------------------------------

    @Test
    void aDeviceReportIsStoredPerDeviceTheLatestWinning() throws Exception {
        Session s = signIn("worker16");
        assertThat(status(s, report(s, 3, 1, "2026-12-01T08:00:00Z")).getStatus()).isEqualTo(204);
        assertThat(status(s, report(s, 0, 0, null)).getStatus()).isEqualTo(204);

        List<DeviceReport> mine = reports.latest(s.grid).stream().filter(r -> r.username().equals("worker16")).toList();
        assertThat(mine).singleElement().satisfies(r -> {
            assertThat(r.deviceId()).isEqualTo(s.device);
            assertThat(r.grids()).containsExactly(s.grid);
            assertThat(r.pendingOutbox()).isZero();
            assertThat(r.quarantined()).isZero();
            assertThat(r.oldestPendingAt()).isNull();
            assertThat(r.lastSyncAt()).hasToString("2026-12-03T08:30:00Z");
            assertThat(r.appVersion()).isEqualTo("1.4.0");
            assertThat(r.storagePersistent()).isTrue();
            assertThat(r.receivedAt()).isNotNull();
        });
        String community = s.grid.value().substring(0, s.grid.value().lastIndexOf('.'));
        assertThat(reports.latest(new AreaId(community))).extracting(DeviceReport::username).contains("worker16");
        assertThat(reports.latest(new AreaId(s.grid.value() + "9"))).extracting(DeviceReport::username)
                .doesNotContain("worker16");
    }

    @Test
    void aBadDeviceReportIsATypedProblemAndTheEarlierOneStays() throws Exception {
        Session s = signIn("worker17");
        assertThat(status(s, report(s, 2, 0, "2026-12-02T08:00:00Z")).getStatus()).isEqualTo(204);
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("pendingOutbox", with(report(s, 2, 0, null), "pendingOutbox", -1));
        bad.put("quarantined", without(report(s, 2, 0, null), "quarantined"));
        bad.put("appVersion", with(report(s, 2, 0, null), "appVersion", "v".repeat(65)));
        bad.put("storagePersistent", without(report(s, 2, 0, null), "storagePersistent"));
        bad.put("deviceId", with(report(s, 2, 0, null), "deviceId", "someone-elses-tablet"));
        bad.put("oldestPendingAt", with(report(s, 0, 0, null), "oldestPendingAt", "2026-12-02T08:00:00Z"));
        for (var entry : bad.entrySet()) {
            MockHttpServletResponse response = status(s, entry.getValue());
            assertProblem(response, 400, "invalid-property");
            assertThat(json(response).get("property").asString()).isEqualTo(entry.getKey());
        }
        assertProblem(call(s, post(API + "/device-status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"deviceId\": \"x\", \"lastSyncAt\": \"yesterday\"}")), 400, "malformed-request");
        assertProblem(call(s, post(API + "/device-status").contentType(MediaType.APPLICATION_JSON).content("[1,")),
                400, "malformed-request");
        assertThat(reports.ofWorker("worker17")).singleElement().satisfies(r -> {
            assertThat(r.pendingOutbox()).isEqualTo(2);
            assertThat(r.oldestPendingAt()).hasToString("2026-12-02T08:00:00Z");
        });
    }

    // ---- search ------------------------------------------------------------------------------------------------

    @Test
    void searchFindsTheWorkersOwnResidentsMaskedAndNeverAnotherGrids() throws Exception {
        Session mine = signIn("worker18");
        Session theirs = signIn("worker19");
        Set<String> myNames = new HashSet<>();
        registry.inGrid(mine.grid, SubjectType.RESIDENT).forEach(r -> myNames.add(r.text("resident.name")));
        GoldenRecord own = registry.inGrid(mine.grid, SubjectType.RESIDENT).get(4);
        JsonNode found = search(mine, own.text("resident.name"));
        assertThat(found).anySatisfy(hit -> {
            assertThat(hit.get("subjectId").asString()).isEqualTo(own.id().value());
            assertThat(hit.get("subjectType").asString()).isEqualTo("resident");
            assertThat(hit.get("title").asString()).isEqualTo(own.text("resident.name"));
            String id = own.text("resident.id_number");
            assertThat(hit.get("idMasked").asString()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
            assertThat(hit.get("phoneMasked").asString()).doesNotContain(own.text("resident.phone"));
        });
        assertThat(found).allSatisfy(hit -> assertThat(hit.get("grid").asString()).isEqualTo(mine.grid.value()));

        GoldenRecord other = registry.inGrid(theirs.grid, SubjectType.RESIDENT).stream()
                .filter(r -> !myNames.contains(r.text("resident.name"))).findFirst().orElseThrow();
        assertThat(search(theirs, other.text("resident.name"))).extracting(h -> h.get("subjectId").asString())
                .contains(other.id().value());
        assertThat(search(mine, other.text("resident.name"))).noneSatisfy(
                hit -> assertThat(hit.get("subjectId").asString()).isEqualTo(other.id().value()));
        String id = other.text("resident.id_number");
        assertThat(search(mine, id)).isEmpty();
        assertThat(search(mine, other.text("resident.phone"))).allSatisfy(
                hit -> assertThat(hit.get("grid").asString()).isEqualTo(mine.grid.value()));
    }

    @Test
    void junkSearchesNeverFail() throws Exception {
        Session s = signIn("worker20");
        for (String junk : List.of("", "   ", "\"", "\"unclosed", "((", ")]}", "[1 TO", "*", "?*", "***", "~", "AND OR NOT",
                "\\", "a:b", "resident.name:*", "/.*/", "+-&&||!^", "张*", "%", "\u0000", "😀")) {
            MockHttpServletResponse response = call(s, get(API + "/search").param("q", junk));
            assertThat(response.getStatus()).as("'%s': %s", junk, response.getContentAsString()).isEqualTo(200);
            assertThat(json(response).get("hits").isArray()).isTrue();
        }
        assertThat(json(call(s, get(API + "/search"))).get("hits")).isEmpty();
        assertProblem(call(s, get(API + "/search").param("q", "张".repeat(10_000))), 400, "invalid-parameter");
        assertProblem(call(s, get(API + "/search").param("q", "张").param("limit", "51")), 400, "invalid-parameter");
        assertProblem(call(s, get(API + "/search").param("q", "张").param("limit", "0")), 400, "invalid-parameter");
        assertProblem(mvc.perform(get(API + "/search").param("q", "张")).andReturn().getResponse(), 401, "unauthorized");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    record Session(String device, String token, AreaId grid) {
    }

    Session signIn(String username) throws Exception {
        String device = "tablet-" + UUID.randomUUID();
        MockHttpServletResponse response = mvc.perform(post(API + "/session").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", "oneform-demo", "deviceId", device))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        JsonNode session = json(response);
        return new Session(device, session.get("token").asString(), new AreaId(session.get("grids").get(0).asString()));
    }

    JsonNode search(Session s, String q) throws Exception {
        MockHttpServletResponse response = call(s, get(API + "/search").param("q", q).param("limit", "50"));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response).get("hits");
    }

    static Map<String, Object> report(Session s, int pending, int quarantined, String oldest) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("deviceId", s.device);
        report.put("pendingOutbox", pending);
        report.put("quarantined", quarantined);
        report.put("oldestPendingAt", oldest);
        report.put("lastSyncAt", "2026-12-03T08:30:00Z");
        report.put("appVersion", "1.4.0");
        report.put("storagePersistent", true);
        return report;
    }

    static Map<String, Object> with(Map<String, Object> report, String key, Object value) {
        report.put(key, value);
        return report;
    }

    static Map<String, Object> without(Map<String, Object> report, String key) {
        report.remove(key);
        return report;
    }

    MockHttpServletResponse status(Session s, Map<String, Object> report) throws Exception {
        return call(s, post(API + "/device-status").contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(report)));
    }

    Map<String, Object> edit(Session s, FormVersion form, GoldenRecord resident, String field, String value) {
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
        submission.put("formVersion", form.number());
        submission.put("subjectId", resident.id().value());
        submission.put("grid", s.grid.value());
        submission.put("values", values);
        submission.put("baseSeqs", bases);
        submission.put("collectedAt", "2026-12-03T09:00:00Z");
        return submission;
    }

    JsonNode submit(Session s, Map<String, Object> submission) throws Exception {
        MockHttpServletResponse response = call(s, post(API + "/submissions").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("submissions", List.of(submission)))));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json(response).get("results").get(0);
    }

    MockHttpServletResponse call(Session s, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + s.token)).andReturn().getResponse();
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
    }
}
