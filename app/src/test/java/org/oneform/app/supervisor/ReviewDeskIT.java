package org.oneform.app.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FormVersions;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.intake.Intake;
import org.oneform.sync.intake.ItemResult;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.intake.Uploader;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.review.Returns;
import org.oneform.sync.review.ReviewDecision;
import org.oneform.sync.review.ReviewKind;
import org.oneform.sync.review.ReviewProblem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review screen's server side on the seeded demo city: two workers' edits of the same phone from the same base
 * raise a conflict that only the supervisor of that street sees, masked; returning its submission and choosing the
 * held-back value are audited and applied; a second decision by anyone is refused naming who decided.
 */
class ReviewDeskIT extends OneFormIntegrationTest {

    private static final String FIELD = "resident.phone";

    @Autowired
    ReviewDesk desk;
    @Autowired
    Accounts accounts;
    @Autowired
    Areas areas;
    @Autowired
    Registry registry;
    @Autowired
    Intake intake;
    @Autowired
    ApplyLoop loop;
    @Autowired
    FormVersions forms;
    @Autowired
    Returns returns;
    @Autowired
    AuditLog audit;

    @Test
    void theStreetsSupervisorDecidesAConflictOnceAndReturnsItsSubmission() throws Exception {
        Account supervisor = accounts.find("supervisor2").orElseThrow();
        Account other = accounts.find("supervisor1").orElseThrow();
        Account admin = accounts.find("admin").orElseThrow();
        AreaId street = supervisor.areas().getFirst();
        GoldenRecord resident = areas.within(street, AreaLevel.GRID).stream()
                .flatMap(g -> registry.inGrid(g.id(), SubjectType.RESIDENT).stream())
                .filter(h -> h.value(FIELD).isPresent()).findFirst().orElseThrow();
        Account worker = accounts.all().stream().filter(a -> a.areas().contains(resident.grid())).findFirst().orElseThrow();

        submit(worker, resident, "13905710101");
        UUID held = UUID.randomUUID();
        long second = submit(worker, resident, "13905710202", held);
        assertThat(loop.awaitApplied(second, Duration.ofSeconds(10))).isTrue();

        ReviewLine line = desk.open(supervisor).stream().filter(l -> l.submissionId().equals(held)).findFirst().orElseThrow();
        assertThat(line.kind()).isEqualTo(ReviewKind.FIELD_CONFLICT);
        assertThat(line.fieldLabel()).isEqualTo("联系电话");
        assertThat(line.current()).as("masked on the server").isEqualTo("139****0101");
        assertThat(line.proposed()).isEqualTo("139****0202");
        assertThat(line.subject().id()).isEqualTo(resident.id().value());
        assertThat(line.worker()).isEqualTo(worker.displayName());
        assertThat(desk.open(other)).noneMatch(l -> l.itemId().equals(line.itemId()));
        assertThatThrownBy(() -> desk.decide(other, line.itemId(), ReviewDecision.KEEP_CURRENT, ""))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> desk.returnToWorker(other, line.itemId(), "越权"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> desk.open(worker)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        desk.returnToWorker(supervisor, line.itemId(), "请核实户主电话");
        assertThat(returns.open(resident.grid())).anySatisfy(r -> {
            assertThat(r.submissionId()).isEqualTo(held);
            assertThat(r.comment()).isEqualTo("请核实户主电话");
            assertThat(r.by()).isEqualTo("supervisor2");
        });
        assertThat(desk.open(supervisor)).filteredOn(l -> l.itemId().equals(line.itemId())).singleElement()
                .satisfies(l -> assertThat(l.returned()).isTrue());

        desk.decide(supervisor, line.itemId(), ReviewDecision.CHOOSE_PROPOSED, "");
        assertThat(registry.find(resident.id()).orElseThrow().text(FIELD)).isEqualTo("13905710202");
        assertThat(desk.open(supervisor)).noneMatch(l -> l.itemId().equals(line.itemId()));
        assertThat(desk.decided(supervisor, 20)).first().satisfies(d -> {
            assertThat(d.itemId()).isEqualTo(line.itemId());
            assertThat(d.decision()).isEqualTo(ReviewDecision.CHOOSE_PROPOSED);
            assertThat(d.by()).isEqualTo(supervisor.displayName());
        });
        assertThat(desk.decided(other, 20)).noneMatch(d -> d.itemId().equals(line.itemId()));
        assertThatThrownBy(() -> desk.decide(admin, line.itemId(), ReviewDecision.KEEP_CURRENT, ""))
                .isInstanceOfSatisfying(ReviewProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(ReviewProblem.Kind.ALREADY_DECIDED);
                    assertThat(p.decidedBy()).isEqualTo("supervisor2");
                });
        assertThat(registry.find(resident.id()).orElseThrow().text(FIELD)).isEqualTo("13905710202");
        assertThat(audit.latest(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("review-decided");
            assertThat(e.actor()).isEqualTo("supervisor2");
            assertThat(e.subject()).isEqualTo(line.itemId());
        }).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("submission-returned");
            assertThat(e.subject()).isEqualTo(held.toString());
        });
    }

    @Test
    void aVisitReturnedFromTheDashboardComesBackAsAResubmissionThatTheSupervisorApproves() throws Exception {
        Account supervisor = accounts.find("supervisor1").orElseThrow();
        Account other = accounts.find("supervisor2").orElseThrow();
        AreaId street = supervisor.areas().getFirst();
        GoldenRecord resident = areas.within(street, AreaLevel.GRID).stream()
                .flatMap(g -> registry.inGrid(g.id(), SubjectType.RESIDENT).stream())
                .filter(h -> h.value(FIELD).isPresent()).skip(3).findFirst().orElseThrow();
        Account worker = accounts.all().stream().filter(a -> a.areas().contains(resident.grid())).findFirst().orElseThrow();
        UUID visit = UUID.randomUUID();
        assertThat(loop.awaitApplied(submit(worker, resident, "13905710303", visit), Duration.ofSeconds(10))).isTrue();

        assertThatThrownBy(() -> desk.returnLatest(other, resident.id(), "越权"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        desk.returnLatest(supervisor, resident.id(), "门牌号与实际不符，请重新核对");
        assertThat(returns.find(visit)).get().satisfies(r -> {
            assertThat(r.open()).isTrue();
            assertThat(r.comment()).isEqualTo("门牌号与实际不符，请重新核对");
        });
        assertThatThrownBy(() -> desk.returnLatest(supervisor, resident.id(), "再退一次"))
                .isInstanceOfSatisfying(org.oneform.sync.review.ReturnProblem.class,
                        p -> assertThat(p.kind()).isEqualTo(org.oneform.sync.review.ReturnProblem.Kind.ALREADY_RETURNED));

        // the worker resubmits, naming what was returned: it waits in review, linked to the return
        UUID fixed = UUID.randomUUID();
        GoldenRecord now = registry.find(resident.id()).orElseThrow();
        assertThat(loop.awaitApplied(submit(worker, now, "13905710304", fixed, visit), Duration.ofSeconds(10))).isTrue();
        assertThat(returns.find(visit)).get().extracting(r -> r.resolvedBy()).isEqualTo(fixed);
        ReviewLine line = desk.open(supervisor).stream().filter(l -> l.submissionId().equals(fixed)).findFirst().orElseThrow();
        assertThat(line.kind()).isEqualTo(ReviewKind.RESUBMISSION);
        assertThat(line.resubmits()).isNotNull().satisfies(a -> {
            assertThat(a.returnedSubmission()).isEqualTo(visit);
            assertThat(a.comment()).isEqualTo("门牌号与实际不符，请重新核对");
            assertThat(a.by()).isEqualTo(supervisor.displayName());
        });
        assertThatThrownBy(() -> desk.decide(supervisor, line.itemId(), ReviewDecision.KEEP_CURRENT, ""))
                .isInstanceOfSatisfying(ReviewProblem.class, p -> assertThat(p.kind()).isEqualTo(ReviewProblem.Kind.WRONG_DECISION));

        desk.decide(supervisor, line.itemId(), ReviewDecision.APPROVED, "");
        assertThat(desk.open(supervisor)).noneMatch(l -> l.itemId().equals(line.itemId()));
        assertThat(desk.decided(supervisor, 20)).first().satisfies(d -> assertThat(d.decision()).isEqualTo(ReviewDecision.APPROVED));
        assertThatThrownBy(() -> desk.decide(supervisor, line.itemId(), ReviewDecision.APPROVED, ""))
                .isInstanceOfSatisfying(ReviewProblem.class, p -> assertThat(p.kind()).isEqualTo(ReviewProblem.Kind.ALREADY_DECIDED));
        assertThat(audit.latest(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("submission-approved");
            assertThat(e.actor()).isEqualTo("supervisor1");
            assertThat(e.subject()).isEqualTo(fixed.toString());
        }).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("submission-returned");
            assertThat(e.subject()).isEqualTo(visit.toString());
        });
    }

    private long submit(Account worker, GoldenRecord resident, String phone) {
        return submit(worker, resident, phone, UUID.randomUUID());
    }

    private long submit(Account worker, GoldenRecord resident, String phone, UUID id) {
        return submit(worker, resident, phone, id, null);
    }

    /** The worker re-collects the resident from its (unchanged) prefill with another phone, like the collector. */
    private long submit(Account worker, GoldenRecord resident, String phone, UUID id, UUID supersedes) {
        var form = forms.current(SubjectType.RESIDENT).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Long> bases = new LinkedHashMap<>();
        form.topLevel().forEach(f -> resident.value(f.id()).ifPresent(v -> {
            values.put(f.id(), v);
            bases.put(f.id(), resident.fields().get(f.id()).valueSeq());
        }));
        values.put(FIELD, phone);
        var submission = new Submission(id, SubjectType.RESIDENT, form.number(), resident.id(), resident.grid(), supersedes,
                values, bases, null);
        ItemResult result = intake.receive(new Uploader(worker.username(), "review-it", Set.copyOf(worker.areas())),
                List.of(submission)).getFirst();
        assertThat(result).as(result.toString()).isInstanceOf(ItemResult.Accepted.class);
        return ((ItemResult.Accepted) result).seq();
    }
}
