package org.oneform.sync.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneform.sync.cycle.Town.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.Areas;
import org.oneform.sync.cycle.CycleProblem.Reason;
import org.oneform.sync.registry.Registry;

/** Defining cycles on a real Eclipse Store: what is stored survives a restart; bad input stores nothing. */
class CyclesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Set<SubjectType> HOUSEHOLDS = Set.of(SubjectType.HOUSEHOLD);
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);

    @TempDir
    Path dir;

    @Test
    void aDefinedCycleSurvivesARestart() {
        with(cycles -> {
            Cycle c = cycles.define(new CycleDraft(" 12月入户走访 ", Set.of(SubjectType.PLACE, SubjectType.HOUSEHOLD),
                    List.of(GRID_A1, COMMUNITY_A), DEC_1, DEC_10), "supervisor1", Optional.of(STREET_A));
            assertThat(c.id()).isEqualTo(new CycleId("C0001"));
            assertThat(c.areas()).as("an area inside another chosen one adds nothing").containsExactly(COMMUNITY_A);
        });
        with(cycles -> {
            assertThat(cycles.all()).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("12月入户走访");
                assertThat(c.types()).containsExactly(SubjectType.HOUSEHOLD, SubjectType.PLACE);
                assertThat(c.start()).isEqualTo(DEC_1);
                assertThat(c.due()).isEqualTo(DEC_10);
                assertThat(c.definedBy()).isEqualTo("supervisor1");
            });
            assertThat(cycles.touching(STREET_A)).hasSize(1);
            assertThat(cycles.touching(STREET_B)).isEmpty();
            Cycle next = cycles.define(new CycleDraft("乙街道走访", HOUSEHOLDS, List.of(STREET_B), DEC_1, DEC_10), "admin",
                    Optional.empty());
            assertThat(next.id()).isEqualTo(new CycleId("C0002"));
        });
        with(cycles -> assertThat(cycles.all()).hasSize(2));
    }

    @Test
    void overlappingCyclesAreRefusedWithTheOtherCyclesNameButNeighboursAreFine() {
        with(cycles -> {
            cycles.define(new CycleDraft("第一轮", HOUSEHOLDS, List.of(GRID_A1), DEC_1, DEC_10), "admin", Optional.empty());

            assertProblem(() -> cycles.define(new CycleDraft("重叠", HOUSEHOLDS, List.of(COMMUNITY_A),
                    DEC_10, DEC_10.plusDays(5)), "admin", Optional.empty()), Reason.OVERLAP, "第一轮", "2026-12-01", "2026-12-10");
            // another grid, another subject type, or the next days: no overlap
            cycles.define(new CycleDraft("另一网格", HOUSEHOLDS, List.of(GRID_A2), DEC_1, DEC_10), "admin", Optional.empty());
            cycles.define(new CycleDraft("居民", Set.of(SubjectType.RESIDENT), List.of(GRID_A1), DEC_1, DEC_10), "admin",
                    Optional.empty());
            cycles.define(new CycleDraft("下一轮", HOUSEHOLDS, List.of(GRID_A1), DEC_10.plusDays(1), DEC_10.plusDays(9)),
                    "admin", Optional.empty());
            assertThat(cycles.all()).hasSize(4);
        });
    }

    @Test
    void incompleteOrWrongDraftsAreRefusedWithAReasonAndNothingIsStored() {
        with(cycles -> {
            assertProblem(() -> cycles.define(new CycleDraft(" ", HOUSEHOLDS, List.of(GRID_A1), DEC_1, DEC_10), "admin",
                    Optional.empty()), Reason.NAME_MISSING);
            assertProblem(() -> cycles.define(new CycleDraft("x", Set.of(), List.of(GRID_A1), DEC_1, DEC_10), "admin",
                    Optional.empty()), Reason.NO_TYPES);
            assertProblem(() -> cycles.define(new CycleDraft("x", HOUSEHOLDS, List.of(), DEC_1, DEC_10), "admin",
                    Optional.empty()), Reason.NO_AREAS);
            assertProblem(() -> cycles.define(new CycleDraft("x", HOUSEHOLDS, List.of(GRID_A1), DEC_1, null), "admin",
                    Optional.empty()), Reason.DATES_MISSING);
            assertProblem(() -> cycles.define(new CycleDraft("x", HOUSEHOLDS, List.of(GRID_A1), DEC_10, DEC_1), "admin",
                    Optional.empty()), Reason.DUE_BEFORE_START, "2026-12-10", "2026-12-01");
            assertProblem(() -> cycles.define(new CycleDraft("x", HOUSEHOLDS, List.of(new AreaId("330187.009")), DEC_1,
                    DEC_10), "admin", Optional.empty()), Reason.UNKNOWN_AREA, "330187.009");
            assertProblem(() -> cycles.define(new CycleDraft("x", HOUSEHOLDS, List.of(GRID_A3), DEC_1, DEC_10), "admin",
                    Optional.empty()), Reason.EMPTY_AREA, "甲第3网格（空）");
            assertProblem(() -> cycles.define(new CycleDraft("x", Set.of(SubjectType.PLACE), List.of(GRID_A1), DEC_1, DEC_10),
                    "admin", Optional.empty()), Reason.EMPTY_AREA, "甲第1网格");
            assertProblem(() -> cycles.define(new CycleDraft("x", HOUSEHOLDS, List.of(GRID_B1), DEC_1, DEC_10),
                    "supervisor1", Optional.of(STREET_A)), Reason.OUT_OF_SCOPE, "乙第1网格");
            assertThat(cycles.all()).isEmpty();
        });
        with(cycles -> assertThat(cycles.all()).isEmpty());
    }

    private static void assertProblem(Runnable define, Reason reason, String... arguments) {
        assertThatThrownBy(define::run).isInstanceOfSatisfying(CycleProblem.class, p -> {
            assertThat(p.reason()).isEqualTo(reason);
            assertThat(p.arguments()).containsExactly(arguments);
        });
    }

    private void with(Consumer<Cycles> work) {
        EmbeddedStorageManager manager = EmbeddedStorage.start(dir);
        try {
            boolean fresh = manager.root() == null;
            if (fresh) {
                manager.setRoot(new SyncRoot());
                manager.storeRoot();
            }
            SyncRoot root = (SyncRoot) manager.root();
            var areas = new Areas(root.areas(), manager);
            var registry = new Registry(root.registry(), manager);
            if (fresh) {
                areas.saveAll(areas());
                registry.putAll(List.of(household("H1", GRID_A1), household("H2", GRID_A2), household("H9", GRID_B1),
                        resident("R1", GRID_A1)));
            }
            work.accept(new Cycles(root.cycles(), manager, areas, registry, CLOCK));
        } finally {
            manager.shutdown();
        }
    }
}
