package org.oneform.sync.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneform.sync.cycle.Town.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;

/**
 * The completion arithmetic: what a cycle expects (the registry as it stands) and where each expected
 * subject stands, including records that arrive or leave mid-cycle.
 */
class CompletionTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);
    private static final LocalDate DURING = LocalDate.of(2026, 12, 3);

    private final Cycle households = cycle(List.of(SubjectType.HOUSEHOLD), List.of(COMMUNITY_A));

    /** Registry: H1, H2 in grid A1, H3, H4 in grid A2, a resident in A1, H9 in street B. */
    private final List<GoldenRecord> registry = new ArrayList<>(List.of(household("H1", GRID_A1), household("H2", GRID_A1),
            household("H3", GRID_A2), household("H4", GRID_A2), resident("R1", GRID_A1), household("H9", GRID_B1)));

    @Test
    void nothingVisitedYetExpectsEveryHouseholdOfTheAreaAndNothingElse() {
        Completion c = compute(households, STREET_A, DURING, List.of());

        assertThat(c.subjects()).extracting(s -> s.id().value()).containsExactly("H1", "H2", "H3", "H4");
        assertThat(c.tally()).isEqualTo(new Tally(0, 0, 0, 4, 0));
        assertThat(c.tally().donePercent()).isZero();
        assertThat(c.added()).isZero();
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void aWorkersSubmissionMakesItsSubjectDoneAndCountsPerGridAndWorker() {
        Completion c = compute(households, STREET_A, DURING, List.of(
                updated(11, "H1", GRID_A1, "worker01", "2026-12-02T02:00:00Z"),
                updated(12, "H3", GRID_A2, "worker02", "2026-12-02T03:00:00Z"),
                updated(13, "H1", GRID_A1, "worker01", "2026-12-02T04:00:00Z")));

        assertThat(c.tally()).isEqualTo(new Tally(2, 0, 0, 2, 0));
        assertThat(c.tally().donePercent()).isEqualTo(50);
        Map<String, Tally> byGrid = c.tallyBy(s -> s.grid().value());
        assertThat(byGrid).containsExactly(
                Map.entry(GRID_A1.value(), new Tally(1, 0, 0, 1, 0)), Map.entry(GRID_A2.value(), new Tally(1, 0, 0, 1, 0)));
        ExpectedSubject h1 = c.subjects().getFirst();
        assertThat(h1.status()).isEqualTo(SubjectStatus.DONE);
        assertThat(h1.worker()).isEqualTo("worker01");
        assertThat(h1.visitedAt()).isEqualTo(Instant.parse("2026-12-02T04:00:00Z"));
        assertThat(c.inGrid(GRID_A1, SubjectStatus.NOT_VISITED)).extracting(s -> s.id().value()).containsExactly("H2");
    }

    @Test
    void aHouseholdFoundMidCycleRaisesTheExpectationAndIsMarkedAdded() {
        registry.add(household("H5", GRID_A2));
        Completion c = compute(households, STREET_A, DURING, List.of(
                updated(11, "H1", GRID_A1, "worker01", "2026-12-02T02:00:00Z"),
                visit(12, "H5", SubjectType.HOUSEHOLD, ChangeType.CREATED, null, GRID_A2, "worker02", "2026-12-02T03:00:00Z")));

        assertThat(c.tally()).isEqualTo(new Tally(2, 0, 0, 3, 0));
        assertThat(c.tally().total()).isEqualTo(5);
        assertThat(c.added()).isEqualTo(1);
        assertThat(c.subjects()).filteredOn(ExpectedSubject::added).extracting(s -> s.id().value()).containsExactly("H5");
    }

    @Test
    void aHouseholdThatMovedAwayMidCycleIsNoLongerExpectedAndIsListedAsRemoved() {
        // H4 moved from grid A2 (in the cycle) to street B: the registry now has it there
        registry.removeIf(r -> r.id().value().equals("H4"));
        registry.add(household("H4", GRID_B1));
        Completion c = compute(households, STREET_A, DURING, List.of(
                updated(11, "H4", GRID_A2, "worker02", "2026-12-02T02:00:00Z"),
                visit(12, "H4", SubjectType.HOUSEHOLD, ChangeType.UPDATED, GRID_A2, GRID_B1, "worker09", "2026-12-03T02:00:00Z")));

        assertThat(c.subjects()).extracting(s -> s.id().value()).containsExactly("H1", "H2", "H3");
        assertThat(c.tally()).isEqualTo(new Tally(0, 0, 0, 3, 0));
        assertThat(c.removed()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(new SubjectId("H4"));
            assertThat(r.fromGrid()).isEqualTo(GRID_A2);
            assertThat(r.toGrid()).isEqualTo(GRID_B1);
            assertThat(r.by()).isEqualTo("worker09");
        });
    }

    @Test
    void aHouseholdMovedInFromOutsideIsAddedAndOneMovedBetweenTheCyclesGridsIsNeither() {
        registry.removeIf(r -> r.id().value().equals("H9") || r.id().value().equals("H2"));
        registry.add(household("H9", GRID_A1));
        registry.add(household("H2", GRID_A2));
        Completion c = compute(households, STREET_A, DURING, List.of(
                visit(11, "H9", SubjectType.HOUSEHOLD, ChangeType.UPDATED, GRID_B1, GRID_A1, "worker01", "2026-12-02T02:00:00Z"),
                visit(12, "H2", SubjectType.HOUSEHOLD, ChangeType.UPDATED, GRID_A1, GRID_A2, "worker02", "2026-12-02T03:00:00Z")));

        assertThat(c.tally()).isEqualTo(new Tally(2, 0, 0, 3, 0));
        assertThat(c.subjects()).filteredOn(ExpectedSubject::added).extracting(s -> s.id().value()).containsExactly("H9");
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void aSplitByASupervisorIsNoVisitButTheRecordItCreatesIsExpected() {
        registry.add(household("H6", GRID_A1));
        Completion c = compute(households, STREET_A, DURING, List.of(
                visit(20, "H1", SubjectType.HOUSEHOLD, ChangeType.SPLIT, GRID_A1, GRID_A1, "supervisor1", "2026-12-02T02:00:00Z"),
                visit(20, "H6", SubjectType.HOUSEHOLD, ChangeType.SPLIT, null, GRID_A1, "supervisor1", "2026-12-02T02:00:00Z")));

        assertThat(c.tally()).isEqualTo(new Tally(0, 0, 0, 5, 0));
        assertThat(c.added()).isEqualTo(1);
    }

    @Test
    void returnedWinsOverReviewAndReviewOverDone() {
        Completion c = Completion.compute(households, STREET_A, DURING, registry, List.of(
                        updated(11, "H1", GRID_A1, "worker01", "2026-12-02T02:00:00Z"),
                        updated(12, "H2", GRID_A1, "worker01", "2026-12-02T03:00:00Z"),
                        updated(13, "H3", GRID_A2, "worker02", "2026-12-02T03:00:00Z")),
                Set.of(new SubjectId("H1"), new SubjectId("H2")), Set.of(new SubjectId("H1")));

        assertThat(c.subjects()).extracting(ExpectedSubject::status).containsExactly(SubjectStatus.RETURNED,
                SubjectStatus.IN_REVIEW, SubjectStatus.DONE, SubjectStatus.NOT_VISITED);
        assertThat(c.tally()).isEqualTo(new Tally(1, 1, 1, 1, 0));
    }

    @Test
    void afterTheDueDateEverythingNotDoneIsOverdue() {
        List<Visit> visits = List.of(updated(11, "H1", GRID_A1, "worker01", "2026-12-02T02:00:00Z"));

        assertThat(compute(households, STREET_A, DUE, visits).overdue()).isEmpty();
        Completion late = compute(households, STREET_A, DUE.plusDays(1), visits);
        assertThat(late.overdue()).extracting(s -> s.id().value()).containsExactly("H2", "H3", "H4");
        assertThat(late.tally()).isEqualTo(new Tally(1, 0, 0, 3, 3));
    }

    @Test
    void aCycleOfTwoStreetsCountsOnlyTheScopeAskedFor() {
        Cycle both = cycle(List.of(SubjectType.HOUSEHOLD, SubjectType.RESIDENT), List.of(STREET_A, STREET_B));

        assertThat(compute(both, STREET_A, DURING, List.of()).tally().total()).isEqualTo(5);
        assertThat(compute(both, STREET_B, DURING, List.of()).tally().total()).isEqualTo(1);
        assertThat(compute(both, DISTRICT, DURING, List.of()).tally().total()).isEqualTo(6);
        Map<String, Tally> byType = compute(both, STREET_A, DURING, List.of()).tallyBy(s -> s.type().name());
        assertThat(byType).containsOnlyKeys("HOUSEHOLD", "RESIDENT");
        assertThat(byType.get("RESIDENT").total()).isEqualTo(1);
    }

    @Test
    void aVisitOfAnotherSubjectTypeOrOutsideTheAreaChangesNothing() {
        Completion c = compute(households, STREET_A, DURING, List.of(
                visit(11, "R1", SubjectType.RESIDENT, ChangeType.UPDATED, GRID_A1, GRID_A1, "worker01", "2026-12-02T02:00:00Z"),
                updated(12, "H9", GRID_B1, "worker09", "2026-12-02T02:00:00Z")));

        assertThat(c.tally()).isEqualTo(new Tally(0, 0, 0, 4, 0));
    }

    private Completion compute(Cycle cycle, AreaId scope, LocalDate today, List<Visit> visits) {
        return Completion.compute(cycle, scope, today, registry, visits, Set.of(), Set.of());
    }

    private static Cycle cycle(List<SubjectType> types, List<AreaId> areas) {
        return new Cycle(new CycleId("C0001"), "12月走访", types, areas, START, DUE, "admin", Instant.parse("2026-11-30T00:00:00Z"));
    }
}
