package org.oneform.sync.cycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.Areas;
import org.oneform.sync.cycle.CycleProblem.Reason;
import org.oneform.sync.registry.Registry;

/**
 * Defines and lists collection cycles. Definitions live in sync's Eclipse Store root: they are what
 * people decided, not a projection of the ledger, so a rebuild leaves them alone. Thread-safe. See
 * {@code docs/decisions/0010-collection-cycles-computed-expectation.md}.
 */
public final class Cycles {

    private final CycleData data;
    private final Persister persister;
    private final Areas areas;
    private final Registry registry;
    private final Clock clock;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    public Cycles(CycleData data, Persister persister, Areas areas, Registry registry, Clock clock) {
        this.data = data;
        this.persister = persister;
        this.areas = areas;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Checks a draft and stores it as a new cycle.
     *
     * @param by    who defines it
     * @param scope the street a supervisor may define cycles in; empty for an admin (anywhere)
     * @throws CycleProblem when the draft is incomplete, out of scope, covers an area with nothing to visit,
     *                      or overlaps another cycle; nothing is stored then
     */
    public Cycle define(CycleDraft draft, String by, Optional<AreaId> scope) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new CycleProblem(Reason.NAME_MISSING);
        }
        if (draft.types() == null || draft.types().isEmpty()) {
            throw new CycleProblem(Reason.NO_TYPES);
        }
        if (draft.areas() == null || draft.areas().isEmpty()) {
            throw new CycleProblem(Reason.NO_AREAS);
        }
        if (draft.start() == null || draft.due() == null) {
            throw new CycleProblem(Reason.DATES_MISSING);
        }
        if (draft.due().isBefore(draft.start())) {
            throw new CycleProblem(Reason.DUE_BEFORE_START, draft.start().toString(), draft.due().toString());
        }
        List<SubjectType> types = draft.types().stream().sorted().toList();
        List<AreaId> chosen = distinctOutermost(draft.areas());
        for (AreaId id : chosen) {
            Area area = areas.find(id).orElseThrow(() -> new CycleProblem(Reason.UNKNOWN_AREA, id.value()));
            if (scope.isPresent() && !id.isWithin(scope.get())) {
                throw new CycleProblem(Reason.OUT_OF_SCOPE, area.name());
            }
            Map<SubjectType, Integer> counts = registry.counts(id);
            if (types.stream().mapToInt(counts::get).sum() == 0) {
                throw new CycleProblem(Reason.EMPTY_AREA, area.name());
            }
        }
        lock.writeLock().lock();
        try {
            var cycle = new Cycle(new CycleId("C%04d".formatted(data.lastNumber + 1)), draft.name().strip(), types,
                    chosen, draft.start(), draft.due(), by, clock.instant());
            for (Cycle other : data.cycles) {
                if (cycle.overlaps(other)) {
                    throw new CycleProblem(Reason.OVERLAP, other.name(), other.start().toString(), other.due().toString());
                }
            }
            data.lastNumber++;
            data.cycles.add(cycle);
            persister.storeAll(data.cycles, data);
            return cycle;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Drops areas that lie inside another chosen area, and repeats. */
    private static List<AreaId> distinctOutermost(List<AreaId> chosen) {
        Set<AreaId> unique = new LinkedHashSet<>(chosen);
        List<AreaId> kept = new ArrayList<>();
        for (AreaId a : unique) {
            if (unique.stream().noneMatch(b -> !b.equals(a) && a.isWithin(b))) {
                kept.add(a);
            }
        }
        kept.sort(Comparator.comparing(AreaId::value));
        return kept;
    }

    public Optional<Cycle> find(CycleId id) {
        lock.readLock().lock();
        try {
            return data.cycles.stream().filter(c -> c.id().equals(id)).findFirst();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every cycle, newest start first. */
    public List<Cycle> all() {
        lock.readLock().lock();
        try {
            return data.cycles.stream().sorted(NEWEST_FIRST).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The cycles that touch an area (a supervisor's street), newest start first. */
    public List<Cycle> touching(AreaId scope) {
        return all().stream().filter(c -> c.touches(scope)).toList();
    }

    private static final Comparator<Cycle> NEWEST_FIRST = Comparator.comparing(Cycle::start).reversed()
            .thenComparing(c -> c.id().value());
}
