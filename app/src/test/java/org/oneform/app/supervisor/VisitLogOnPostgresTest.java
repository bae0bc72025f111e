package org.oneform.app.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.PostgresServer;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.cycle.Visit;
import org.oneform.sync.cycle.VisitLog;
import org.oneform.sync.cycle.WorkerActivity;
import org.oneform.sync.registry.SubjectId;

/**
 * The visit log's queries on a real PostgreSQL (the sync tests run them on H2): the window and scope of
 * {@link VisitLog#within} and the per-day activity counted in SQL, with days in Asia/Shanghai.
 */
class VisitLogOnPostgresTest {

    private static final AreaId STREET = new AreaId("330187.001");
    private static final AreaId GRID = new AreaId("330187.001.001.01");
    private static final AreaId OTHER = new AreaId("330187.002.001.01");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void windowScopeAndDailyActivityOnPostgres() {
        var ds = PostgresServer.syncSchema("visits");
        var log = new VisitLog(ds);
        log.record(List.of(
                visit(1, "H1", GRID, "worker01", "2026-12-01T15:30:00Z"), // 23:30 on Dec 1 in Shanghai
                visit(2, "H2", GRID, "worker01", "2026-12-01T16:30:00Z"), // 00:30 on Dec 2 in Shanghai
                visit(3, "H3", OTHER, "worker09", "2026-12-01T16:30:00Z"),
                visit(4, "H4", GRID, "worker01", "2026-12-20T02:00:00Z")));

        Instant from = Instant.parse("2026-11-30T16:00:00Z");
        Instant to = Instant.parse("2026-12-10T16:00:00Z");
        assertThat(log.within(STREET, from, to)).extracting(Visit::seq).containsExactly(1L, 2L);
        List<WorkerActivity> activity = log.activity(STREET, from, to, SHANGHAI, Set.of("worker01", "worker02"));
        assertThat(activity).extracting(WorkerActivity::worker).containsExactly("worker01", "worker02");
        assertThat(activity.getFirst().perDay()).containsExactly(Map.entry(LocalDate.of(2026, 12, 1), 1),
                Map.entry(LocalDate.of(2026, 12, 2), 1));
        assertThat(activity.getFirst().lastSync()).isEqualTo(Instant.parse("2026-12-01T16:30:00Z"));
        assertThat(activity.get(1).total()).isZero();
    }

    private static Visit visit(long seq, String subject, AreaId grid, String worker, String at) {
        return new Visit(seq, UUID.randomUUID(), new SubjectId(subject), SubjectType.HOUSEHOLD, ChangeType.UPDATED, grid,
                grid, worker, Instant.parse(at));
    }
}
