package org.oneform.forms.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.TestPersister;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.catalog.DemoCatalog;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.RequestException.Kind;
import org.oneform.forms.request.DemoRequests;

/** The request state machine, permissions, content checks and history. */
class FieldRequestsTest {

    private static final DepartmentCode CIVIL = new DepartmentCode("civil-affairs");
    private static final Actor STAFF = Actor.staff("zhang", CIVIL);
    private static final Actor OTHER = Actor.staff("li", new DepartmentCode("health"));
    private static final Actor ADMIN = Actor.admin("admin");

    private final FormsRoot root = new FormsRoot();
    private final TestPersister persister = new TestPersister();
    private final Catalog catalog = new Catalog(root, persister);
    private final FieldRequests requests = new FieldRequests(root, persister, catalog,
            Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));

    FieldRequestsTest() {
        catalog.addAll(DemoCatalog.fields());
    }

    private static RequestContent elderly() {
        return RequestContent.of(CIVIL, SubjectType.RESIDENT, List.of("resident.name", "resident.lives_alone"),
                "依据《中华人民共和国老年人权益保障法》", "age(${resident.birth_date}) >= 60", Period.ofDays(365));
    }

    @Test
    void goesFromDraftToApprovedToWithdrawnWithHistory() {
        FieldRequest draft = requests.create(STAFF, elderly());
        assertThat(draft.state()).isEqualTo(RequestState.DRAFT);
        assertThat(requests.submit(STAFF, draft.id(), "请审批").state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(requests.submitted()).extracting(FieldRequest::id).containsExactly(draft.id());
        assertThat(requests.approve(ADMIN, draft.id(), "同意").state()).isEqualTo(RequestState.APPROVED);
        assertThat(requests.approved(SubjectType.RESIDENT)).hasSize(1);
        FieldRequest withdrawn = requests.withdraw(STAFF, draft.id(), "不再需要");
        assertThat(withdrawn.history()).extracting(RequestEvent::from, RequestEvent::to, RequestEvent::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, RequestState.DRAFT, "zhang"),
                        org.assertj.core.groups.Tuple.tuple(RequestState.DRAFT, RequestState.SUBMITTED, "zhang"),
                        org.assertj.core.groups.Tuple.tuple(RequestState.SUBMITTED, RequestState.APPROVED, "admin"),
                        org.assertj.core.groups.Tuple.tuple(RequestState.APPROVED, RequestState.WITHDRAWN, "zhang"));
        assertThat(withdrawn.history()).extracting(RequestEvent::note).containsExactly("created", "请审批", "同意", "不再需要");
        assertThat(requests.approved(SubjectType.RESIDENT)).isEmpty();
        assertThat(persister.stored).allMatch(o -> o == root.fieldRequests() || o == root.catalog());
    }

    @Test
    void rejectionNeedsAReasonAndIsFinal() {
        FieldRequest draft = requests.create(STAFF, elderly());
        requests.submit(STAFF, draft.id(), "");
        assertThatThrownBy(() -> requests.reject(ADMIN, draft.id(), " "))
                .isInstanceOfSatisfying(RequestException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessageContaining("needs a reason");
        FieldRequest rejected = requests.reject(ADMIN, draft.id(), "目的不明确");
        assertThat(rejected.state()).isEqualTo(RequestState.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("目的不明确");
        assertThat(rejected.history().getLast().note()).isEqualTo("目的不明确");
        illegal(() -> requests.approve(ADMIN, draft.id(), ""), "is REJECTED; it cannot become APPROVED");
        illegal(() -> requests.withdraw(STAFF, draft.id(), ""), "is REJECTED; it cannot become WITHDRAWN");
    }

    @Test
    void everyIllegalTransitionIsRefusedAndChangesNothing() {
        FieldRequest draft = requests.create(STAFF, elderly());
        illegal(() -> requests.approve(ADMIN, draft.id(), ""), "is DRAFT; it cannot become APPROVED (allowed: [SUBMITTED])");
        illegal(() -> requests.reject(ADMIN, draft.id(), "no"), "is DRAFT");
        illegal(() -> requests.withdraw(STAFF, draft.id(), ""), "is DRAFT");
        requests.submit(STAFF, draft.id(), "");
        illegal(() -> requests.submit(STAFF, draft.id(), ""), "is SUBMITTED");
        illegal(() -> requests.withdraw(STAFF, draft.id(), ""), "is SUBMITTED");
        illegal(() -> requests.update(STAFF, draft.id(), elderly()), "only a draft can be edited");
        requests.approve(ADMIN, draft.id(), "");
        illegal(() -> requests.approve(ADMIN, draft.id(), ""), "is APPROVED");
        illegal(() -> requests.reject(ADMIN, draft.id(), "x"), "is APPROVED");
        requests.withdraw(ADMIN, draft.id(), "");
        for (RequestState state : RequestState.values()) {
            assertThat(RequestState.WITHDRAWN.canMoveTo(state)).isFalse();
        }
        assertThat(requests.find(draft.id()).orElseThrow().history()).hasSize(4);
    }

    @Test
    void onlyAdminsDecideAndOnlyTheDepartmentActs() {
        FieldRequest draft = requests.create(STAFF, elderly());
        notAllowed(() -> requests.submit(OTHER, draft.id(), ""));
        notAllowed(() -> requests.create(OTHER, elderly()));
        requests.submit(STAFF, draft.id(), "");
        notAllowed(() -> requests.approve(STAFF, draft.id(), ""));
        notAllowed(() -> requests.reject(STAFF, draft.id(), "no"));
        assertThat(requests.find(draft.id()).orElseThrow().state()).isEqualTo(RequestState.SUBMITTED);
        requests.approve(ADMIN, draft.id(), "");
        notAllowed(() -> requests.withdraw(OTHER, draft.id(), ""));
    }

    @Test
    void checksContentAgainstTheCatalog() {
        RequestContent bad = RequestContent.of(CIVIL, SubjectType.RESIDENT,
                List.of("resident.nope", "household.address", "resident.name", "resident.name"),
                "", "age(${resident.birth_date}) >= ", Period.ZERO);
        assertThatThrownBy(() -> requests.create(STAFF, bad)).isInstanceOfSatisfying(RequestException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.problems()).anyMatch(p -> p.contains("resident.nope is not in the catalog"))
                    .anyMatch(p -> p.contains("household.address is not a resident field"))
                    .anyMatch(p -> p.contains("resident.name is requested twice"))
                    .anyMatch(p -> p.contains("refresh interval must be positive"))
                    .anyMatch(p -> p.contains("population filter") && p.contains("at 30"));
        });
        RequestContent unknownInFilter = RequestContent.of(CIVIL, SubjectType.RESIDENT, List.of("resident.name"),
                "目的", "${resident.shoe_size} > 40", Period.ofDays(30));
        assertThat(requests.check(unknownInFilter)).singleElement().asString().contains("unknown field ${resident.shoe_size}");
        RequestContent child = RequestContent.of(CIVIL, SubjectType.HOUSEHOLD, List.of("household.member_name"),
                "目的", "", Period.ofDays(30));
        assertThat(requests.check(child)).singleElement().asString().contains("request the group");
        FieldRequest empty = requests.create(STAFF, RequestContent.of(CIVIL, SubjectType.RESIDENT, List.of(), "", "",
                Period.ofDays(30)));
        assertThatThrownBy(() -> requests.submit(STAFF, empty.id(), "")).hasMessageContaining("names no fields")
                .hasMessageContaining("needs a purpose");
        assertThat(requests.all()).hasSize(1);
    }

    @Test
    void proposedFieldsJoinTheCatalogOnApproval() {
        FieldDefinition proposed = FieldDefinition.builder("resident.hearing_aid", FieldType.YES_NO)
                .label("是否佩戴助听器", "Wears a hearing aid").relevance("${resident.disability} = 'yes'").build();
        RequestContent content = new RequestContent(CIVIL, SubjectType.RESIDENT, List.of("resident.hearing_aid"),
                "依据《残疾人保障法》", "", Period.ofYears(1), List.of(proposed));
        FieldRequest draft = requests.create(STAFF, content);
        requests.submit(STAFF, draft.id(), "");
        assertThat(catalog.find("resident.hearing_aid")).isEmpty();
        requests.approve(ADMIN, draft.id(), "");
        assertThat(catalog.find("resident.hearing_aid")).contains(proposed);
    }

    @Test
    void listenersHearDecisionsAndGuardsCanRefuse() {
        List<RequestState> heard = new ArrayList<>();
        requests.addListener(r -> heard.add(r.state()));
        FieldRequest a = requests.create(STAFF, elderly());
        requests.submit(STAFF, a.id(), "");
        requests.addApprovalGuard(r -> {
            throw new RequestException(Kind.INVALID, "no");
        });
        assertThatThrownBy(() -> requests.approve(ADMIN, a.id(), "")).hasMessage("no");
        assertThat(requests.find(a.id()).orElseThrow().state()).isEqualTo(RequestState.SUBMITTED);
        requests.reject(ADMIN, a.id(), "不需要");
        assertThat(heard).containsExactly(RequestState.REJECTED);
    }

    @Test
    void theDemoRequestsAreValidAndCoverElevenDepartments() {
        List<FieldRequest> approved = DemoRequests.seed(requests, ADMIN);
        assertThat(approved).allMatch(r -> r.state() == RequestState.APPROVED);
        assertThat(approved.stream().map(FieldRequest::department).distinct()).hasSize(11);
        assertThat(approved).allMatch(r -> r.content().purpose().contains("依据"));
    }

    private static void illegal(Runnable action, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RequestException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.ILLEGAL_TRANSITION)).hasMessageContaining(message);
    }

    private static void notAllowed(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RequestException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.NOT_ALLOWED));
    }
}
