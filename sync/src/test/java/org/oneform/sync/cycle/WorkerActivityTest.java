package org.oneform.sync.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * Worker activity counted from visit-log rows in Java (the dashboard's one read) means what the SQL aggregate
 * {@link VisitLog#activity} means: distinct submissions per worker and Shanghai day that left a record in the scope,
 * inside the period, splits not counted, the last receipt, and idle workers listed.
 */
class WorkerActivityTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AreaId STREET = new AreaId("330187.001");
    private static final AreaId GRID = new AreaId("330187.001.001.01");
    private static final AreaId ELSEWHERE = new AreaId("330187.002.001.01");

    @Test
    void countsDistinctSubmissionsPerWorkerAndDayInsideTheScopeAndPeriod() {
        Instant from = Instant.parse("2026-11-30T16:00:00Z"); // 12-01 00:00 in Shanghai
        Instant to = Instant.parse("2026-12-02T16:00:00Z");
        UUID household = UUID.randomUUID();
        List<Visit> rows = List.of(
                visit(1, household, "H1", ChangeType.UPDATED, GRID, "worker01", "2026-12-01T01:00:00Z"),
                visit(1, household, "R1", ChangeType.UPDATED, GRID, "worker01", "2026-12-01T01:00:00Z"), // same submission
                visit(2, UUID.randomUUID(), "H2", ChangeType.CREATED, GRID, "worker01", "2026-12-01T16:30:00Z"), // 12-02 local
                visit(3, UUID.randomUUID(), "H3", ChangeType.SPLIT, GRID, "supervisor1", "2026-12-01T02:00:00Z"),
                visit(4, UUID.randomUUID(), "H4", ChangeType.UPDATED, ELSEWHERE, "worker02", "2026-12-01T02:00:00Z"),
                visit(5, UUID.randomUUID(), "H5", ChangeType.UPDATED, GRID, "worker01", "2026-12-03T02:00:00Z")); // after

        List<WorkerActivity> activity = WorkerActivity.of(rows, STREET, from, to, SHANGHAI, Set.of("worker01", "worker03"));

        assertThat(activity).extracting(WorkerActivity::worker).containsExactly("worker01", "worker03");
        assertThat(activity.getFirst().perDay()).isEqualTo(Map.of(LocalDate.of(2026, 12, 1), 1, LocalDate.of(2026, 12, 2), 1));
        assertThat(activity.getFirst().lastSync()).isEqualTo(Instant.parse("2026-12-01T16:30:00Z"));
        assertThat(activity.get(1).perDay()).isEmpty();
        assertThat(activity.get(1).lastSync()).isNull();
    }

    private static Visit visit(long seq, UUID submission, String subject, ChangeType change, AreaId grid, String worker,
                               String at) {
        return new Visit(seq, submission, new SubjectId(subject), SubjectType.HOUSEHOLD, change, null, grid, worker,
                Instant.parse(at));
    }
}
