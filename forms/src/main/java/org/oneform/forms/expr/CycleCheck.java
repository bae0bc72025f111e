package org.oneform.forms.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds cyclic calculations: {@code a} computed from {@code b} computed from {@code a}. Deterministic:
 * fields are visited in id order, so the same form always reports the same cycle.
 */
public final class CycleCheck {

    /** A cycle, first id repeated at the end: {@code [a, b, a]}. */
    public record Cycle(List<String> path) {
        public Cycle {
            path = List.copyOf(path);
        }

        @Override
        public String toString() {
            return String.join(" → ", path);
        }
    }

    private CycleCheck() {}

    /** The first cycle among calculations (field id → its calculation), if any. */
    public static Optional<Cycle> findCycle(Map<String, Expression> calculations) {
        Map<String, Collection<String>> dependencies = new TreeMap<>();
        calculations.forEach((id, expression) -> dependencies.put(id, expression.references()));
        return findCycleIn(dependencies);
    }

    /** The first cycle in a dependency graph (id → ids it depends on); ids without entry are leaves. */
    public static Optional<Cycle> findCycleIn(Map<String, ? extends Collection<String>> dependencies) {
        Set<String> done = new HashSet<>();
        for (String id : new TreeSet<>(dependencies.keySet())) {
            List<String> path = new ArrayList<>();
            Optional<Cycle> cycle = visit(id, dependencies, path, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<Cycle> visit(String id, Map<String, ? extends Collection<String>> dependencies,
                                         List<String> path, Set<String> done) {
        int index = path.indexOf(id);
        if (index >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(index, path.size()));
            cycle.add(id);
            return Optional.of(new Cycle(cycle));
        }
        if (done.contains(id)) {
            return Optional.empty();
        }
        path.add(id);
        Collection<String> direct = dependencies.get(id);
        for (String next : direct == null ? List.<String>of() : new TreeSet<>(direct)) {
            Optional<Cycle> cycle = visit(next, dependencies, path, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.removeLast();
        done.add(id);
        return Optional.empty();
    }
}
