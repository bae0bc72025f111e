package org.oneform.sync.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** The last completions computed, by everything they were computed from (see {@link Inputs}). */
    private final Map<Inputs, Completion> recent = new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Inputs, Completion> eldest) {
            return size() > CACHED;
        }
    };

    /** How many completions are kept: a few cycles × streets opened at once; one of 100,000 households is ~40 MB. */
    static final int CACHED = 8;

    /**
     * Everything a completion is computed from, so an equal key means an equal completion: the cycle as defined,
     * the grids of the scope, how far the registry has applied the ledger (every record change goes through it),
     * the visit log's last row (written by the same apply loop), today (overdue, the window), the open review items
     * and the returned submissions of the scope (changed by supervisors outside the ledger: read each time, cheap).
     * See {@code docs/decisions/0041-dashboard-report-cached-by-applied-sequence.md}.
     */
    private record Inputs(Cycle cycle, AreaId scope, List<Area> grids, long appliedSeq, long visitSeq, LocalDate today,
                          Set<SubjectId> inReview, Set<SubjectId> returned) {
    }

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
        // the key's reads first (the sequences before the data, so a change racing this read makes a newer key)
        long appliedSeq = registry.lastAppliedSeq();
        long visitSeq = visits.lastSeq();
        List<Area> grids = areas.within(scope, AreaLevel.GRID);
        var key = new Inputs(cycle, scope, grids, appliedSeq, visitSeq, LocalDate.now(clock), inReview(scope),
                Set.copyOf(returned.returnedIn(scope)));
        synchronized (recent) {
            Completion known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        Completion computed = compute(cycle, scope, grids,
                visits.within(scope, cycle.opens(clock.getZone()), cycle.closes(clock.getZone())), key.today(),
                key.inReview(), key.returned());
        synchronized (recent) {
            recent.put(key, computed);
        }
        return computed;
    }

    /**
     * {@link #of(Cycle, AreaId)} from visit-log rows the caller read already ({@link VisitLog#within} for the scope
     * over a period covering the cycle's window; rows outside the window are left out here), so a screen that also
     * counts worker activity reads the log once.
     */
    public Completion of(Cycle cycle, AreaId scope, List<Visit> read) {
        return compute(cycle, scope, areas.within(scope, AreaLevel.GRID), read, LocalDate.now(clock), inReview(scope),
                returned.returnedIn(scope));
    }

    /** Forgets the completions computed so far (a benchmark measuring the computation itself). */
    public void forget() {
        synchronized (recent) {
            recent.clear();
        }
    }

    private Set<SubjectId> inReview(AreaId scope) {
        Set<SubjectId> inReview = new HashSet<>();
        for (ReviewItem item : review.open(scope)) {
            inReview.add(item.subjectId());
        }
        return inReview;
    }

    private Completion compute(Cycle cycle, AreaId scope, List<Area> grids, List<Visit> read, LocalDate today,
                               Set<SubjectId> inReview, Set<SubjectId> returnedIn) {
        List<GoldenRecord> current = new ArrayList<>();
        for (Area grid : grids) {
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
        return Completion.compute(cycle, scope, today, current, inWindow, inReview, returnedIn);
    }
}
