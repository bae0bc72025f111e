package org.oneform.sync.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReviewItem;
import org.oneform.sync.review.ReviewQueue;

/**
 * Computes a cycle's completion from the registry as it stands, the visit log, the open review items and
 * the returned submissions — nothing frozen at the cycle's start, so records added or removed mid-cycle
 * change the expectation at once. See {@code docs/decisions/0010-collection-cycles-computed-expectation.md}.
 */
public final class Completions {

    private final Registry registry;
    private final Areas areas;
    private final VisitLog visits;
    private final ReviewQueue review;
    private final ReturnedSubmissions returned;
    private final Clock clock;

    public Completions(Registry registry, Areas areas, VisitLog visits, ReviewQueue review, ReturnedSubmissions returned,
                       Clock clock) {
        this.registry = registry;
        this.areas = areas;
        this.visits = visits;
        this.review = review;
        this.returned = returned;
        this.clock = clock;
    }

    /**
     * The completion of a cycle inside {@code scope} (a supervisor's street; an admin passes the district or
     * the cycle's own area), today.
     */
    public Completion of(Cycle cycle, AreaId scope) {
        return of(cycle, scope, visits.within(scope, cycle.opens(clock.getZone()), cycle.closes(clock.getZone())));
    }

    /**
     * {@link #of(Cycle, AreaId)} from visit-log rows the caller read already ({@link VisitLog#within} for the scope
     * over a period covering the cycle's window; rows outside the window are left out here), so a screen that also
     * counts worker activity reads the log once.
     */
    public Completion of(Cycle cycle, AreaId scope, List<Visit> read) {
        List<GoldenRecord> current = new ArrayList<>();
        for (Area grid : areas.within(scope, AreaLevel.GRID)) {
            if (cycle.covers(grid.id())) {
                for (SubjectType type : cycle.types()) {
                    current.addAll(registry.inGrid(grid.id(), type));
                }
            }
        }
        Instant opens = cycle.opens(clock.getZone());
        Instant closes = cycle.closes(clock.getZone());
        List<Visit> inWindow = new ArrayList<>(read.size());
        for (Visit v : read) {
            if (!v.at().isBefore(opens) && v.at().isBefore(closes)) {
                inWindow.add(v);
            }
        }
        Set<SubjectId> inReview = new HashSet<>();
        for (ReviewItem item : review.open(scope)) {
            inReview.add(item.subjectId());
        }
        return Completion.compute(cycle, scope, LocalDate.now(clock), current, inWindow, inReview,
                returned.returnedIn(scope));
    }
}
