package org.oneform.sync.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;

/**
 * A cycle's completion inside an area, on one day: every expected subject with its status, and the
 * subjects that left the cycle's areas during the window. Computed, never stored: see {@link #compute}.
 *
 * @param cycle    the cycle
 * @param scope    the area it was computed for (a street, or the cycle's own area for an admin)
 * @param today    the day it was computed on (overdue is relative to it)
 * @param subjects expected subjects, by grid then id
 * @param removed  subjects no longer expected because they left during the window, in the order they left
 */
public record Completion(Cycle cycle, AreaId scope, LocalDate today, List<ExpectedSubject> subjects,
                         List<RemovedSubject> removed) {

    /**
     * The arithmetic. A subject is expected when the registry has it now, of one of the cycle's types, in
     * one of its areas and inside {@code scope}. Its status: {@link SubjectStatus#RETURNED} when it is in
     * {@code returned}, {@link SubjectStatus#IN_REVIEW} when it is in {@code inReview}, {@link
     * SubjectStatus#DONE} when a worker's submission for it is among {@code visits}, else not visited. It is
     * <em>added</em> when a visit in the window created it or brought it in from outside the cycle's areas;
     * a visit in the window that took a record out of the areas (and it is not back) lists it as removed.
     *
     * @param current  the registry's records of the cycle's types inside the cycle's areas and the scope
     * @param visits   the visit log for the scope within the cycle's window, in sequence order
     * @param inReview subjects with an open review item
     * @param returned subjects with a returned submission
     */
    public static Completion compute(Cycle cycle, AreaId scope, LocalDate today, Collection<GoldenRecord> current,
                                     List<Visit> visits, Set<SubjectId> inReview, Set<SubjectId> returned) {
        Map<SubjectId, Visit> lastCollection = new HashMap<>();
        Map<SubjectId, Boolean> cameIn = new HashMap<>();
        Map<SubjectId, Visit> wentOut = new LinkedHashMap<>();
        for (Visit v : visits) {
            if (!cycle.types().contains(v.type())) {
                continue;
            }
            boolean before = v.fromGrid() != null && cycle.covers(v.fromGrid()) && v.fromGrid().isWithin(scope);
            boolean after = cycle.covers(v.toGrid()) && v.toGrid().isWithin(scope);
            if (after && v.isCollection()) {
                lastCollection.put(v.subject(), v);
            }
            if (after && !before) {
                cameIn.put(v.subject(), true);
                wentOut.remove(v.subject());
            } else if (before && !after) {
                wentOut.remove(v.subject());
                wentOut.put(v.subject(), v);
                lastCollection.remove(v.subject());
            }
        }
        boolean late = cycle.isOverdueOn(today);
        List<ExpectedSubject> subjects = new ArrayList<>(current.size());
        Set<SubjectId> expectedIds = new java.util.HashSet<>(current.size() * 2);
        for (GoldenRecord r : current) {
            if (!cycle.types().contains(r.type()) || !cycle.covers(r.grid()) || !r.grid().isWithin(scope)) {
                continue;
            }
            expectedIds.add(r.id());
            Visit visit = lastCollection.get(r.id());
            SubjectStatus status = returned.contains(r.id()) ? SubjectStatus.RETURNED
                    : inReview.contains(r.id()) ? SubjectStatus.IN_REVIEW
                    : visit != null ? SubjectStatus.DONE : SubjectStatus.NOT_VISITED;
            subjects.add(new ExpectedSubject(r.id(), r.type(), r.grid(), status, visit == null ? null : visit.worker(),
                    visit == null ? null : visit.at(), cameIn.containsKey(r.id()), late && status != SubjectStatus.DONE));
        }
        subjects.sort(Comparator.comparing((ExpectedSubject s) -> s.grid().value()).thenComparing(s -> s.id().value()));
        List<RemovedSubject> removed = wentOut.values().stream().filter(v -> !expectedIds.contains(v.subject()))
                .map(v -> new RemovedSubject(v.subject(), v.type(), v.fromGrid(), v.toGrid(), v.at(), v.worker()))
                .toList();
        return new Completion(cycle, scope, today, List.copyOf(subjects), removed);
    }

    /** All expected subjects counted. */
    public Tally tally() {
        Tally t = Tally.EMPTY;
        for (ExpectedSubject s : subjects) {
            t = t.plus(s);
        }
        return t;
    }

    /** Counts per key (e.g. per community, grid or worker), keys in natural order. */
    public <K extends Comparable<K>> Map<K, Tally> tallyBy(Function<ExpectedSubject, K> key) {
        Map<K, Tally> tallies = new TreeMap<>();
        for (ExpectedSubject s : subjects) {
            tallies.merge(key.apply(s), Tally.EMPTY.plus(s), Completion::sum);
        }
        return tallies;
    }

    /** How many expected subjects entered the cycle's areas during the window. */
    public long added() {
        return subjects.stream().filter(ExpectedSubject::added).count();
    }

    /** The expected subjects of one grid with a status, by id. */
    public List<ExpectedSubject> inGrid(AreaId grid, SubjectStatus status) {
        return subjects.stream().filter(s -> s.grid().equals(grid) && s.status() == status).toList();
    }

    /** The expected subjects not done after the due date. */
    public List<ExpectedSubject> overdue() {
        return subjects.stream().filter(ExpectedSubject::overdue).toList();
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.done() + b.done(), a.inReview() + b.inReview(), a.returned() + b.returned(),
                a.notVisited() + b.notVisited(), a.overdue() + b.overdue());
    }
}
