package org.oneform.app.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FormVersions;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.cycle.Cycle;
import org.oneform.sync.cycle.CycleDraft;
import org.oneform.sync.cycle.CycleProblem;
import org.oneform.sync.cycle.SubjectStatus;
import org.oneform.sync.intake.Intake;
import org.oneform.sync.intake.ItemResult;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.intake.Uploader;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's server side on the seeded demo city: area scope is enforced whatever a screen asks for,
 * a real worker submission through intake and the apply loop raises completion, and the Excel export holds
 * what the dashboard shows and is audited.
 */
class DashboardIT extends OneFormIntegrationTest {

    @Autowired
    Dashboard dashboard;
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
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aSupervisorSeesAndDefinesOnlyInTheirStreet() {
        Account supervisor1 = accounts.find("supervisor1").orElseThrow();
        Account supervisor2 = accounts.find("supervisor2").orElseThrow();
        AreaId street1 = supervisor1.areas().getFirst();
        AreaId street2 = supervisor2.areas().getFirst();
        LocalDate today = LocalDate.now(clock);

        Cycle cycle = dashboard.define(supervisor1, new CycleDraft("场所巡查", Set.of(SubjectType.PLACE), List.of(street1),
                today, today.plusDays(7)));
        assertThatThrownBy(() -> dashboard.define(supervisor1, new CycleDraft("越界", Set.of(SubjectType.PLACE),
                List.of(street2), today, today.plusDays(7))))
                .isInstanceOfSatisfying(CycleProblem.class, p -> assertThat(p.reason()).isEqualTo(CycleProblem.Reason.OUT_OF_SCOPE));

        assertThat(dashboard.cycles(supervisor1)).contains(cycle);
        assertThat(dashboard.cycles(supervisor2)).doesNotContain(cycle);
        assertThat(dashboard.streets(supervisor1, cycle.id())).extracting(Area::id).containsExactly(street1);
        assertThatThrownBy(() -> dashboard.report(supervisor2, cycle.id(), street1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.report(supervisor1, cycle.id(), street2)).isInstanceOf(AccessDeniedException.class);
        AreaId otherGrid = areas.within(street2, AreaLevel.GRID).getFirst().id();
        assertThatThrownBy(() -> dashboard.subjects(supervisor1, cycle.id(), otherGrid, SubjectStatus.NOT_VISITED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.export(supervisor2, cycle.id(), street1, k -> k))
                .isInstanceOf(AccessDeniedException.class);
        Account worker = accounts.find("worker01").orElseThrow();
        assertThatThrownBy(() -> dashboard.cycles(worker)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.report(worker, cycle.id(), street1)).isInstanceOf(AccessDeniedException.class);

        Account admin = accounts.find("admin").orElseThrow();
        // another definer's cycle over the same street, type and days is refused naming the first; nothing is stored
        assertThatThrownBy(() -> dashboard.define(admin, new CycleDraft("重复巡查", Set.of(SubjectType.PLACE),
                List.of(areas.within(street1, AreaLevel.GRID).getFirst().id()), today.plusDays(7), today.plusDays(9))))
                .isInstanceOfSatisfying(CycleProblem.class, p -> {
                    assertThat(p.reason()).isEqualTo(CycleProblem.Reason.OVERLAP);
                    assertThat(p.arguments()).first().isEqualTo("场所巡查");
                });
        assertThat(dashboard.cycles(admin)).extracting(Cycle::name).doesNotContain("重复巡查");
        assertThat(dashboard.cycles(admin)).contains(cycle);
        assertThat(dashboard.report(admin, cycle.id(), street1).total().total())
                .isEqualTo(registry.counts(street1).get(SubjectType.PLACE));
    }

    @Test
    void aWorkersSubmissionRaisesCompletionAndTheExportHoldsIt() throws Exception {
        Account supervisor = accounts.find("supervisor3").orElseThrow();
        AreaId street = supervisor.areas().getFirst();
        LocalDate today = LocalDate.now(clock);
        Cycle cycle = dashboard.define(supervisor, new CycleDraft("入户走访", Set.of(SubjectType.HOUSEHOLD), List.of(street),
                today.minusDays(1), today.plusDays(10)));
        DashboardReport before = dashboard.report(supervisor, cycle.id(), street);
        assertThat(before.total().total()).isEqualTo(registry.counts(street).get(SubjectType.HOUSEHOLD)).isPositive();
        assertThat(before.grids()).hasSize(areas.within(street, AreaLevel.GRID).size());

        GoldenRecord household = areas.within(street, AreaLevel.GRID).stream()
                .flatMap(g -> registry.inGrid(g.id(), SubjectType.HOUSEHOLD).stream()).findFirst().orElseThrow();
        Account worker = accounts.all().stream().filter(a -> a.areas().contains(household.grid())).findFirst().orElseThrow();
        long seq = submit(worker, household);
        assertThat(loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();

        DashboardReport after = dashboard.report(supervisor, cycle.id(), street);
        assertThat(after.total().done()).isEqualTo(before.total().done() + 1);
        assertThat(after.total().notVisited()).isEqualTo(before.total().notVisited() - 1);
        assertThat(after.grids()).filteredOn(r -> r.key().equals(household.grid().value())).singleElement()
                .satisfies(r -> assertThat(r.tally().done()).isEqualTo(1));
        assertThat(after.workers()).filteredOn(r -> r.key().equals(worker.username())).singleElement()
                .satisfies(r -> assertThat(r.tally().done()).isEqualTo(1));
        assertThat(after.activity()).filteredOn(a -> a.username().equals(worker.username())).singleElement()
                .satisfies(a -> {
                    assertThat(a.total()).isEqualTo(1);
                    assertThat(a.lastSync()).isNotNull();
                    assertThat(a.outbox()).as("no device-status report exists yet").isEmpty();
                });

        // the worker's two tablets report their outboxes (as POST /api/sync/v1/device-status stores them): the
        // activity shows what waits on all of them, as of the newest report; another worker's device does not count
        Account neighbour = accounts.all().stream().filter(a -> a.role() == org.oneform.app.accounts.Role.GRID_WORKER
                && !a.username().equals(worker.username())).findFirst().orElseThrow();
        java.time.Instant older = clock.instant().minusSeconds(3_600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        java.time.Instant newer = older.plusSeconds(1_800);
        deviceReport(worker, "tablet-a", 2, older);
        deviceReport(worker, "tablet-b", 3, newer);
        deviceReport(neighbour, "tablet-c", 40, newer.plusSeconds(60));
        assertThat(dashboard.report(supervisor, cycle.id(), street).activity())
                .filteredOn(a -> a.username().equals(worker.username())).singleElement()
                .satisfies(a -> assertThat(a.outbox()).contains(new DeviceOutbox.Report(5, newer)));
        assertThat(dashboard.subjects(supervisor, cycle.id(), household.grid(), SubjectStatus.NOT_VISITED))
                .extracting(SubjectLine::id).doesNotContain(household.id().value()).isNotEmpty();
        assertThat(dashboard.subjects(supervisor, cycle.id(), household.grid(), SubjectStatus.DONE))
                .singleElement().satisfies(l -> {
                    assertThat(l.id()).isEqualTo(household.id().value());
                    assertThat(l.label()).isEqualTo(household.text("household.address"));
                });

        byte[] xlsx = dashboard.export(supervisor, cycle.id(), street, key -> key);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("dashboard.sheet.summary",
                    "dashboard.by-community", "dashboard.by-grid", "dashboard.by-worker", "dashboard.sheet.subjects",
                    "dashboard.removed");
            List<Row> grids = workbook.getSheets().toList().get(2).read();
            Row row = grids.stream().filter(r -> r.getCellText(1).equals(after.grids().stream()
                    .filter(g -> g.key().equals(household.grid().value())).findFirst().orElseThrow().label()))
                    .findFirst().orElseThrow();
            assertThat(row.getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(1);
            List<Row> subjects = workbook.getSheets().toList().get(4).read();
            assertThat(subjects).hasSize(after.total().total() + 1);
        }
        assertThat(audit.latest(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("completion-exported");
            assertThat(e.actor()).isEqualTo("supervisor3");
        });
    }

    private void deviceReport(Account worker, String device, int pending, java.time.Instant at) {
        jdbc.sql("""
                INSERT INTO device_report (grids, pending_outbox, quarantined, oldest_pending_at, last_sync_at,
                    app_version, storage_persistent, received_at, username, device_id)
                VALUES (?, ?, 0, ?, ?, 'test', TRUE, ?, ?, ?)""")
                .params(String.join(" ", worker.areas().stream().map(AreaId::value).toList()), pending,
                        java.time.OffsetDateTime.ofInstant(at.minusSeconds(600), java.time.ZoneOffset.UTC),
                        java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC),
                        java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), worker.username(), device)
                .update();
    }

    /** The worker re-collects the household from its prefill, through the intake, like the collector. */
    private long submit(Account worker, GoldenRecord household) {
        var form = forms.current(SubjectType.HOUSEHOLD).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Long> bases = new LinkedHashMap<>();
        form.topLevel().forEach(f -> household.value(f.id()).ifPresent(v -> {
            values.put(f.id(), v);
            bases.put(f.id(), household.fields().get(f.id()).valueSeq());
        }));
        var submission = new Submission(UUID.randomUUID(), SubjectType.HOUSEHOLD, form.number(), household.id(),
                household.grid(), null, values, bases, null);
        ItemResult result = intake.receive(new Uploader(worker.username(), "dashboard-it", Set.copyOf(worker.areas())),
                List.of(submission)).getFirst();
        assertThat(result).as(result.toString()).isInstanceOf(ItemResult.Accepted.class);
        return ((ItemResult.Accepted) result).seq();
    }
}
