package org.oneform.forms.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.TestPersister;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.catalog.DemoCatalog;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestContent;
import org.oneform.forms.request.RequestException;
import org.oneform.forms.request.DemoRequests;

class FormVersionsTest {

    private static final Actor ADMIN = Actor.admin("admin");
    private static final String AGE_60 = "age(${resident.birth_date}) >= 60";

    private final FormsRoot root = new FormsRoot();
    private final TestPersister persister = new TestPersister();
    private final Catalog catalog = new Catalog(root, persister);
    private final FieldRequests requests = new FieldRequests(root, persister, catalog,
            Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));
    private final FormVersions versions = new FormVersions(root, persister, catalog, requests,
            Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC));

    FormVersionsTest() {
        catalog.addAll(DemoCatalog.fields());
    }

    private FieldRequest approve(String department, List<String> fields, String filter, Period refresh) {
        Actor staff = Actor.staff("u-" + department, new DepartmentCode(department));
        FieldRequest draft = requests.create(staff, RequestContent.of(new DepartmentCode(department), SubjectType.RESIDENT,
                fields, "依据法律", filter, refresh));
        requests.submit(staff, draft.id(), "");
        return requests.approve(ADMIN, draft.id(), "");
    }

    @Test
    void approvalsPublishAndWithdrawalsRepublishWithReadableDiffs() {
        approve("civil-affairs", List.of("resident.name", "resident.lives_alone"), AGE_60, Period.ofDays(365));
        FormVersion v1 = versions.current(SubjectType.RESIDENT).orElseThrow();
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.field("resident.birth_date").orElseThrow().role()).isEqualTo(FieldRole.SUPPORTING);
        assertThat(v1.field("resident.birth_date").orElseThrow().neededBy()).containsExactly("resident.lives_alone", "resident.name");
        assertThat(v1.field("resident.lives_alone").orElseThrow().relevance()).isEqualTo("(" + AGE_60 + ") and (" + AGE_60 + ")");

        FieldRequest health = approve("health", List.of("resident.name", "resident.phone"), "", Period.ofDays(90));
        FormVersion v2 = versions.current(SubjectType.RESIDENT).orElseThrow();
        assertThat(v2.number()).isEqualTo(2);
        FormField name = v2.field("resident.name").orElseThrow();
        assertThat(name.requestedBy()).extracting(DepartmentCode::value).containsExactly("civil-affairs", "health");
        assertThat(name.relevance()).isEmpty();
        assertThat(name.refresh()).isEqualTo(Period.ofDays(90));
        FormDiff diff = versions.diffToPrevious(v2);
        assertThat(diff.added()).containsExactly("resident.phone");
        assertThat(diff.lines()).contains("+ resident.phone",
                "~ resident.name requesters: [civil-affairs] → [civil-affairs, health]",
                "~ resident.name relevance: " + AGE_60 + " → (always)",
                "~ resident.name refresh: P365D → P90D");

        requests.withdraw(ADMIN, health.id(), "");
        FormVersion v3 = versions.current(SubjectType.RESIDENT).orElseThrow();
        assertThat(versions.diff(SubjectType.RESIDENT, 2, 3).removed()).containsExactly("resident.phone");
        assertThat(v3.fields()).isEqualTo(v1.fields());
        assertThat(versions.history(SubjectType.RESIDENT)).extracting(FormVersion::number).containsExactly(1, 2, 3);
        assertThat(versions.publishIfChanged(SubjectType.RESIDENT)).isEmpty();
    }

    @Test
    void publishedVersionsNeverChange() {
        approve("civil-affairs", List.of("resident.name"), "", Period.ofDays(365));
        FormVersion v1 = versions.current(SubjectType.RESIDENT).orElseThrow();
        List<FormField> snapshot = List.copyOf(v1.fields());
        assertThatThrownBy(() -> v1.fields().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> v1.fields().getFirst().requestedBy().clear()).isInstanceOf(UnsupportedOperationException.class);
        approve("health", List.of("resident.name", "resident.gender"), "", Period.ofDays(30));
        catalog.replaceAll(List.of(catalog.find("resident.name").orElseThrow().toBuilder().label("名字", "Given name").build()));
        versions.publishIfChanged(SubjectType.RESIDENT);
        assertThat(versions.version(SubjectType.RESIDENT, 1).orElseThrow().fields()).isEqualTo(snapshot);
        assertThat(versions.current(SubjectType.RESIDENT).orElseThrow().number()).isEqualTo(3);
        assertThat(versions.diff(SubjectType.RESIDENT, 2, 3).changed()).extracting(FormDiff.Change::aspect)
                .containsExactly(FormDiff.Aspect.DEFINITION);
    }

    @Test
    void cyclicCalculationsAreRefusedAtApprovalNamingThePath() {
        catalog.addAll(List.of(
                FieldDefinition.builder("resident.a", FieldType.INTEGER).label("甲", "A").calculation("${resident.b} + 1").build(),
                FieldDefinition.builder("resident.b", FieldType.INTEGER).label("乙", "B").calculation("${resident.a} * 2").build()));
        assertThatThrownBy(() -> approve("statistics", List.of("resident.a"), "", Period.ofDays(30)))
                .isInstanceOf(RequestException.class)
                .hasMessageContaining("cyclic calculation: resident.a → resident.b → resident.a");
        assertThat(versions.current(SubjectType.RESIDENT)).isEmpty();
        assertThat(requests.approved(SubjectType.RESIDENT)).isEmpty();
    }

    @Test
    void aFieldFilteredOnItsOwnValueIsAskedOfEveryoneButMutualFiltersAreACycle() {
        approve("human-resources", List.of("resident.birth_date", "resident.name"), "age(${resident.birth_date}) >= 16",
                Period.ofDays(30));
        FormVersion v1 = versions.current(SubjectType.RESIDENT).orElseThrow();
        assertThat(v1.field("resident.birth_date").orElseThrow().relevance()).isEmpty();
        assertThat(v1.field("resident.name").orElseThrow().relevance()).isEqualTo("age(${resident.birth_date}) >= 16");
        approve("veterans", List.of("resident.veteran"), "${resident.disability} = 'yes'", Period.ofDays(30));
        assertThatThrownBy(() -> approve("disabled-persons", List.of("resident.disability"),
                "${resident.veteran} = 'yes'", Period.ofDays(30)))
                .hasMessageContaining("cyclic relevance")
                .hasMessageContaining("resident.disability → resident.veteran → resident.disability");
    }

    @Test
    void theDemoCompilesAndTheMergedFormsAskFarFewerQuestions() {
        DemoRequests.seed(requests, ADMIN);
        versions.publishAllIfChanged();
        Set<DepartmentCode> departments = new HashSet<>();
        requests.all().forEach(r -> departments.add(r.department()));
        assertThat(departments).hasSizeGreaterThanOrEqualTo(10);
        for (SubjectType type : SubjectType.values()) {
            FormVersion form = versions.current(type).orElseThrow();
            Burden burden = Burden.of(form, requests.approved(type), catalog);
            assertThat(burden.separate()).isEqualTo(departments.stream().mapToInt(d -> departmentQuestions(d, type)).sum());
            assertThat(burden.merged()).isEqualTo(form.questionCount());
            System.out.printf("%s: department forms %d questions, merged %d (%.0f%% fewer), %d fields; fresh revisit asks %d, "
                            + "verifies %d%n", type.key(), burden.separate(), burden.merged(), burden.fewer() * 100,
                    form.fields().size(), burden.freshAsked(), burden.freshVerified());
            if (type == SubjectType.RESIDENT || type == SubjectType.HOUSEHOLD) {
                assertThat(burden.fewer()).as("%s: %s", type, burden).isGreaterThanOrEqualTo(0.60);
            }
            assertThat(burden.freshShare()).isLessThanOrEqualTo(0.10);
        }
        FormField name = versions.current(SubjectType.RESIDENT).orElseThrow().field("resident.name").orElseThrow();
        assertThat(name.requestedBy()).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void theBurdenCountsEachDepartmentsOwnFormAgainstTheOneMergedForm() {
        approve("civil-affairs", List.of("resident.name", "resident.id_number", "resident.phone"), "", Period.ofDays(365));
        approve("health", List.of("resident.name", "resident.id_number", "resident.gender"), AGE_60, Period.ofDays(90));
        FormVersion form = versions.current(SubjectType.RESIDENT).orElseThrow();

        Burden burden = Burden.of(form, requests.approved(SubjectType.RESIDENT), catalog);

        assertThat(burden.perDepartment()).containsOnlyKeys(new DepartmentCode("civil-affairs"), new DepartmentCode("health"));
        assertThat(burden.perDepartment().values()).containsOnly(3);
        assertThat(burden.separate()).isEqualTo(6);
        // name and ID number asked once; the birth date the health filter needs is asked too (supporting)
        assertThat(burden.merged()).isEqualTo(form.questionCount()).isEqualTo(5);
        assertThat(burden.fewer()).isCloseTo(1 - 5 / 6.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(burden.freshAsked()).isZero();
        assertThat(burden.freshVerified()).isEqualTo(5);
    }

    /** The questions of one department's own form for a subject type: the union of its requests' question fields. */
    private int departmentQuestions(DepartmentCode department, SubjectType type) {
        Set<String> ids = new HashSet<>();
        requests.approved(type).stream().filter(r -> r.department().equals(department)).forEach(r -> ids.addAll(r.fieldIds()));
        Set<String> withChildren = new HashSet<>(ids);
        ids.forEach(id -> withChildren.addAll(catalog.find(id).orElseThrow().children()));
        return (int) withChildren.stream().filter(id -> catalog.find(id).orElseThrow().isQuestion()).count();
    }
}
