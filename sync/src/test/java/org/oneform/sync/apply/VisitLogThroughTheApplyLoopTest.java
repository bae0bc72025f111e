package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.AreaTree;
import org.oneform.sync.area.Areas;
import org.oneform.sync.cycle.Completion;
import org.oneform.sync.cycle.Completions;
import org.oneform.sync.cycle.Cycle;
import org.oneform.sync.cycle.CycleId;
import org.oneform.sync.cycle.SubjectStatus;
import org.oneform.sync.cycle.Tally;
import org.oneform.sync.cycle.Visit;
import org.oneform.sync.cycle.VisitLog;
import org.oneform.sync.registry.SubjectId;

/**
 * Real submissions through intake and the apply loop reach the visit log once each, however often a step
 * is told again, and a cycle's completion over the real registry rises with them.
 */
class VisitLogThroughTheApplyLoopTest {

    private static final AreaId STREET = new AreaId("330187.001");

    @TempDir
    Path dir;

    @Test
    void workersSubmissionsAreLoggedOnceAndRaiseTheCyclesCompletion() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            var log = new VisitLog(world.dataSource);
            world.listener = log;
            world.loop.catchUp();
            world.loop.start();
            var clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
            var areas = new Areas(new AreaTree(), world.storage);
            areas.saveAll(List.of(new Area(new AreaId("330187"), AreaLevel.DISTRICT, "测试区", null),
                    new Area(STREET, AreaLevel.STREET, "测试街道", new AreaId("330187")),
                    new Area(new AreaId("330187.001.001"), AreaLevel.COMMUNITY, "测试社区", STREET),
                    new Area(SyncWorld.GRID, AreaLevel.GRID, "第1网格", new AreaId("330187.001.001"))));
            Set<SubjectId> returned = new java.util.HashSet<>();
            var completions = new Completions(world.registry, areas, log, world.review, scope -> returned, clock);
            var cycle = new Cycle(new CycleId("C0001"), "走访", List.of(SubjectType.RESIDENT), List.of(STREET),
                    LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30), "admin", clock.instant());

            Completion before = completions.of(cycle, STREET);
            assertThat(before.tally()).isEqualTo(new Tally(0, 0, 0, 2, 0));
            // nothing applied since: the same completion, not computed again (docs/decisions/0041-…)
            assertThat(completions.of(cycle, STREET)).isSameAs(before);

            List<Long> seqs = world.send(world.edit(new SubjectId("R00000001"), Map.of("resident.phone", "13905719999")),
                    world.found("林晓雯", "33018719920518002", "13905710013"));
            assertThat(world.loop.awaitApplied(seqs.getLast(), Duration.ofSeconds(10))).isTrue();
            // a step told again (a replay after a crash between the listener and the store) writes nothing twice
            world.heard.forEach(log::applied);

            List<Visit> visits = log.within(STREET, cycle.opens(clock.getZone()), cycle.closes(clock.getZone()));
            assertThat(visits).extracting(Visit::seq).containsExactlyElementsOf(seqs);
            assertThat(visits).extracting(Visit::change).containsExactly(ChangeType.UPDATED, ChangeType.CREATED);
            assertThat(visits).extracting(Visit::worker).containsOnly("worker01");
            assertThat(log.within(STREET, cycle.closes(clock.getZone()), cycle.closes(clock.getZone()).plusSeconds(86400)))
                    .isEmpty();
            assertThat(log.within(new AreaId("330187.002"), Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();

            // the dashboard counts it in Java from the rows it read: the same as the SQL aggregate
            Instant opens = cycle.opens(clock.getZone());
            Instant closes = cycle.closes(clock.getZone());
            assertThat(org.oneform.sync.cycle.WorkerActivity.of(log.within(STREET, opens, closes), STREET, opens, closes,
                    clock.getZone(), Set.of("worker01", "worker02")))
                    .isEqualTo(log.activity(STREET, opens, closes, clock.getZone(), Set.of("worker01", "worker02")));
            assertThat(log.activity(STREET, cycle.opens(clock.getZone()), cycle.closes(clock.getZone()), clock.getZone(),
                    Set.of("worker01", "worker02"))).satisfiesExactly(
                    a -> {
                        assertThat(a.worker()).isEqualTo("worker01");
                        assertThat(a.perDay()).containsExactly(Map.entry(LocalDate.of(2026, 11, 22), 2));
                        assertThat(a.lastSync()).isEqualTo(visits.getLast().at());
                    },
                    a -> {
                        assertThat(a.worker()).isEqualTo("worker02");
                        assertThat(a.total()).isZero();
                        assertThat(a.lastSync()).isNull();
                    });

            Completion after = completions.of(cycle, STREET);
            assertThat(after.tally()).isEqualTo(new Tally(2, 0, 0, 1, 0));
            assertThat(after.added()).isEqualTo(1);
            assertThat(after.inGrid(SyncWorld.GRID, SubjectStatus.NOT_VISITED)).extracting(s -> s.id().value())
                    .containsExactly("R00000002");
            assertThat(completions.of(cycle, STREET)).isSameAs(after);

            // a supervisor returns a submission (outside the ledger): the next completion counts it at once
            returned.add(new SubjectId("R00000001"));
            Completion afterReturn = completions.of(cycle, STREET);
            assertThat(afterReturn).isNotSameAs(after);
            assertThat(afterReturn.tally().returned()).isEqualTo(1);
        }
    }
}
