package org.oneform.app.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.FieldDefinition;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FormDefinitionsControllerIT extends OneFormIntegrationTest {

    private static final String API = "/api/forms/v1/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    FormVersions forms;
    @Autowired
    FieldRequests requests;
    @Autowired
    DepartmentDirectory departments;

    @Test
    void theCurrentResidentFormCarriesEveryFieldOfItsVersionWithWhatTheTabletNeeds() throws Exception {
        FormVersion domain = forms.current(SubjectType.RESIDENT).orElseThrow();
        JsonNode form = json(fetch(API + "resident/current", null), 200);

        assertThat(form.get("subjectType").asString()).isEqualTo("resident");
        assertThat(form.get("version").asInt()).isEqualTo(domain.number());
        assertThat(Instant.parse(form.get("publishedAt").asString())).isEqualTo(domain.publishedAt());
        assertThat(ids(form.get("fields"))).as("top-level fields in form order")
                .containsExactlyElementsOf(domain.topLevel().stream().map(FormField::id).toList());
        assertThat(allFields(form.get("fields"))).as("every field of the version, children included")
                .hasSize(domain.fields().size())
                .extracting(f -> f.get("id").asString()).containsExactlyInAnyOrderElementsOf(domain.fieldIds());

        FormField phone = domain.field("resident.phone").orElseThrow();
        JsonNode wire = field(form, "resident.phone");
        assertThat(wire.get("type").asString()).isEqualTo("phone");
        assertThat(wire.get("label").get("zh-CN").asString()).isEqualTo(phone.definition().labelZh()).isNotBlank();
        assertThat(wire.get("label").get("en").asString()).isEqualTo(phone.definition().labelEn()).isNotBlank();
        assertThat(wire.get("section").asString()).isEqualTo(phone.definition().section());
        assertThat(wire.get("sensitivity").asString()).isEqualTo(phone.definition().sensitivity().name().toLowerCase());
        assertThat(wire.get("role").asString()).isEqualTo("requested");
        assertThat(wire.get("refresh").asString()).isEqualTo(phone.refresh().toString());
        assertThat(Period.parse(wire.get("refresh").asString())).isEqualTo(phone.refresh());
        assertThat(texts(wire.get("requestedBy"))).isNotEmpty()
                .containsExactlyElementsOf(phone.requestedBy().stream().map(DepartmentCode::value).toList());
        assertThat(wire.get("children").isEmpty()).isTrue();
    }

    @Test
    void expressionsChoicesHintsAndRepeatGroupsComeAsCompiled() throws Exception {
        for (SubjectType type : SubjectType.values()) {
            FormVersion domain = forms.current(type).orElseThrow();
            JsonNode form = json(fetch(API + type.key() + "/current", null), 200);
            for (FormField field : domain.fields()) {
                FieldDefinition d = field.definition();
                JsonNode wire = field(form, field.id());
                assertThat(nullable(wire.get("relevance"))).as(field.id()).isEqualTo(emptyToNull(field.relevance()));
                assertThat(nullable(wire.get("required"))).as(field.id()).isEqualTo(emptyToNull(d.required()));
                assertThat(nullable(wire.get("constraint"))).as(field.id()).isEqualTo(emptyToNull(d.constraint()));
                assertThat(nullable(wire.get("calculation"))).as(field.id()).isEqualTo(emptyToNull(d.calculation()));
                assertThat(wire.get("type").asString()).isEqualTo(d.type().key());
                assertThat(ids(wire.get("children"))).as(field.id()).containsExactlyElementsOf(d.children());
                assertThat(texts(wire.get("choices").valueStream().map(c -> c.get("code")).toList()))
                        .containsExactlyElementsOf(d.choices().stream().map(c -> c.code()).toList());
                for (int i = 0; i < d.choices().size(); i++) {
                    assertThat(wire.get("choices").get(i).get("label").get("zh-CN").asString())
                            .isEqualTo(d.choices().get(i).labelZh());
                    assertThat(wire.get("choices").get(i).get("label").get("en").asString())
                            .isEqualTo(d.choices().get(i).labelEn());
                }
                if (d.hintZh().isEmpty() && d.hintEn().isEmpty()) {
                    assertThat(wire.get("hint") == null || wire.get("hint").isNull()).as(field.id()).isTrue();
                } else {
                    assertThat(wire.get("hint").get("zh-CN").asString()).isEqualTo(d.hintZh());
                }
            }
        }
        FormVersion households = forms.current(SubjectType.HOUSEHOLD).orElseThrow();
        assertThat(households.fields()).as("the demo household form has a repeat group with children")
                .anySatisfy(f -> assertThat(f.definition().children()).isNotEmpty());
    }

    @Test
    void aPublishedVersionIsImmutableAndRevalidatesTo304() throws Exception {
        FormVersion domain = forms.current(SubjectType.PLACE).orElseThrow();
        String url = API + "place/versions/" + domain.number();
        MockHttpServletResponse first = fetch(url, null);
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(directives(first)).containsExactlyInAnyOrder("private", "max-age=31536000", "immutable");
        assertThat(json(first, 200).get("version").asInt()).isEqualTo(domain.number());
        assertThat(fetch(url, null).getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(first.getContentAsString(StandardCharsets.UTF_8));

        MockHttpServletResponse again = fetch(url, etag);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(fetch(url, "\"something-else\"").getStatus()).isEqualTo(200);
        assertThat(fetch(url, "\"something-else\", " + etag).getStatus()).isEqualTo(304);
    }

    @Test
    void theCurrentVersionMustRevalidateAndSharesItsTagWithItsNumberedVersion() throws Exception {
        FormVersion domain = forms.current(SubjectType.HOUSEHOLD).orElseThrow();
        MockHttpServletResponse current = fetch(API + "household/current", null);
        String etag = current.getHeader(HttpHeaders.ETAG);
        assertThat(current.getStatus()).isEqualTo(200);
        assertThat(directives(current)).containsExactlyInAnyOrder("private", "no-cache");
        assertThat(etag).startsWith("\"")
                .isEqualTo(fetch(API + "household/versions/" + domain.number(), null).getHeader(HttpHeaders.ETAG));

        MockHttpServletResponse again = fetch(API + "household/current", etag);
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(directives(again)).contains("no-cache");
    }

    @Test
    void theCurrentTagChangesOnlyWhenANewVersionIsPublished() throws Exception {
        FormVersion before = forms.current(SubjectType.PLACE).orElseThrow();
        String tag = fetch(API + "place/current", null).getHeader(HttpHeaders.ETAG);

        assertThat(forms.publishIfChanged(SubjectType.PLACE)).as("nothing changed, nothing published").isEmpty();
        assertThat(fetch(API + "place/current", tag).getStatus()).isEqualTo(304);

        FieldRequest extra = approveOneMoreRequester(before);
        try {
            FormVersion after = forms.current(SubjectType.PLACE).orElseThrow();
            assertThat(after.number()).isEqualTo(before.number() + 1);
            MockHttpServletResponse changed = fetch(API + "place/current", tag);
            assertThat(changed.getStatus()).isEqualTo(200);
            assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(tag);
            assertThat(json(changed, 200).get("version").asInt()).isEqualTo(after.number());
            assertThat(fetch(API + "place/versions/" + before.number(), tag).getStatus())
                    .as("the old version keeps its tag").isEqualTo(304);
        } finally {
            requests.withdraw(Actor.admin("admin"), extra.id(), "test over");
        }
    }

    @Test
    void anyRoleMayReadAndAnonymousGetsNoForm() throws Exception {
        String department = departments.all().getFirst().code().value();
        for (String username : List.of("admin", "supervisor1", department)) {
            var response = mvc.perform(get(API + "resident/current").with(user(users.loadUserByUsername(username))))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(username).isEqualTo(200);
        }
        var anonymous = mvc.perform(get(API + "resident/current")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 401, 403);
        assertThat(anonymous.getContentAsString()).doesNotContain("resident.phone").doesNotContain("\"fields\"");
    }

    @Test
    void anUnknownSubjectTypeIsABadRequest() throws Exception {
        for (String url : List.of(API + "robot/current", API + "Resident/versions/1", API + "robot/versions/x")) {
            JsonNode problem = problem(fetch(url, null), 400, "unknown-subject-type");
            assertThat(problem.get("parameter").asString()).isEqualTo("subjectType");
            assertThat(texts(problem.get("allowed"))).containsExactly("resident", "household", "place");
        }
        assertThat(problem(fetch(API + "robot/current", null), 400, "unknown-subject-type").get("value").asString())
                .isEqualTo("robot");
    }

    @Test
    void aVersionThatIsNotAPositiveIntegerIsABadRequest() throws Exception {
        for (String version : List.of("0", "00", "-1", "abc", "1.5", "+1", "1e3", "\u0663", "99999999999")) {
            JsonNode problem = problem(fetch(API + "resident/versions/" + version, null), 400, "invalid-version");
            assertThat(problem.get("parameter").asString()).isEqualTo("version");
            assertThat(problem.get("value").asString()).isEqualTo(version);
        }
    }

    @Test
    void anUnpublishedVersionIsNotFound() throws Exception {
        int next = forms.current(SubjectType.RESIDENT).orElseThrow().number() + 1000;
        JsonNode problem = problem(fetch(API + "resident/versions/" + next, null), 404, "unknown-version");
        assertThat(problem.get("parameter").asString()).isEqualTo("version");
        assertThat(problem.get("value").asString()).isEqualTo(String.valueOf(next));
        assertThat(problem.get("detail").asString()).contains("resident").contains(String.valueOf(next));
        assertThat(problem.get("instance").asString()).isEqualTo(API + "resident/versions/" + next);
    }

    /** Another department asks for a place field it did not request yet: the place form changes. */
    private FieldRequest approveOneMoreRequester(FormVersion current) {
        for (FormField field : current.topLevel()) {
            Optional<DepartmentCode> newcomer = departments.all().stream().map(d -> d.code())
                    .filter(code -> !field.requestedBy().contains(code)).findFirst();
            if (newcomer.isPresent() && field.definition().isQuestion() && field.definition().children().isEmpty()) {
                Actor staff = Actor.staff(newcomer.get().value(), newcomer.get());
                FieldRequest draft = requests.create(staff, RequestContent.of(newcomer.get(), SubjectType.PLACE,
                        List.of(field.id()), "《测试》第一条：接口缓存测试", "", Period.ofDays(30)));
                requests.submit(staff, draft.id(), "");
                return requests.approve(Actor.admin("admin"), draft.id(), "");
            }
        }
        throw new AssertionError("every department already requests every place field");
    }

    private MockHttpServletResponse fetch(String url, String ifNoneMatch) throws Exception {
        var request = get(url).with(user(users.loadUserByUsername("worker01")));
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode problem(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getContentType()).as("content type of a %d", response.getStatus())
                .startsWith("application/problem+json");
        JsonNode problem = json(response, status);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).isEqualTo("urn:oneform:problem:" + code);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("title").asString()).isNotBlank();
        return problem;
    }

    private static List<String> directives(MockHttpServletResponse response) {
        String header = response.getHeader(HttpHeaders.CACHE_CONTROL);
        assertThat(header).isNotNull();
        return List.of(header.split("\\s*,\\s*"));
    }

    private static JsonNode field(JsonNode form, String id) {
        return allFields(form.get("fields")).stream().filter(f -> f.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + id + " on the wire"));
    }

    private static List<JsonNode> allFields(JsonNode fields) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode f : fields) {
            all.add(f);
            all.addAll(allFields(f.get("children")));
        }
        return all;
    }

    private static List<String> ids(JsonNode fields) {
        return fields.valueStream().map(f -> f.get("id").asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asString).toList();
    }

    private static String nullable(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
