package org.oneform.sync.dedup;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.oneform.sync.dedup.normal.NormalisedPerson;
import org.oneform.sync.dedup.score.Scorer;
import org.oneform.sync.dedup.score.ValueFrequencies;

/**
 * The engine's bookkeeping: which records are held, in which cluster, the valid ID numbers of each
 * cluster (counted, so removal knows when one leaves), and the term frequencies learned from them.
 * Guards the one invariant: a cluster never holds two different valid ID numbers, and a valid ID number
 * lives in one cluster. Single writer, like the engine.
 */
final class Clusters {

    private record Member(NormalisedPerson person, ClusterId cluster) {
    }

    /** The members of one cluster and the valid ID numbers among them, counted. */
    private static final class Cluster {
        final Set<RecordId> members = new LinkedHashSet<>();
        final Map<String, Integer> validIds = new HashMap<>(2);
    }

    private final Map<RecordId, Member> records = new HashMap<>();
    private final Map<ClusterId, Cluster> clusters = new HashMap<>();
    private final Map<String, ClusterId> byValidId = new HashMap<>();
    private final ValueFrequencies names = new ValueFrequencies(1e-4);
    private final ValueFrequencies phones = new ValueFrequencies(1e-4);
    private final ValueFrequencies dwellings = new ValueFrequencies(1e-4);

    Scorer scorer() {
        return new Scorer(names, phones, dwellings, clusters::size);
    }

    void add(NormalisedPerson p, ClusterId cluster) {
        if (records.containsKey(p.id())) {
            throw new IllegalArgumentException("record " + p.id() + " is already held; remove it first");
        }
        String validId = validId(p);
        if (!compatible(p, cluster)) {
            throw new IllegalArgumentException("cluster " + cluster + " holds a different valid ID number");
        }
        ClusterId holder = validId == null ? null : byValidId.get(validId);
        if (holder != null && !holder.equals(cluster)) {
            throw new IllegalArgumentException("its valid ID number is already in cluster " + holder);
        }
        Cluster c = clusters.computeIfAbsent(cluster, id -> new Cluster());
        if (validId != null) {
            byValidId.put(validId, cluster);
            c.validIds.merge(validId, 1, Integer::sum);
        }
        c.members.add(p.id());
        records.put(p.id(), new Member(p, cluster));
        names.add(p.name() == null ? null : p.name().text(), cluster);
        phones.add(p.phone(), cluster);
        dwellings.add(Scorer.dwellingValue(p), cluster);
    }

    Optional<ClusterId> remove(RecordId id) {
        Member m = records.remove(id);
        if (m == null) {
            return Optional.empty();
        }
        NormalisedPerson p = m.person();
        Cluster c = clusters.get(m.cluster());
        c.members.remove(id);
        String validId = validId(p);
        if (validId != null && c.validIds.computeIfPresent(validId, (v, n) -> n == 1 ? null : n - 1) == null) {
            byValidId.remove(validId);
        }
        names.remove(p.name() == null ? null : p.name().text(), m.cluster());
        phones.remove(p.phone(), m.cluster());
        dwellings.remove(Scorer.dwellingValue(p), m.cluster());
        if (c.members.isEmpty()) {
            clusters.remove(m.cluster());
        }
        return Optional.of(m.cluster());
    }

    /** The held record, normalised, or null. */
    NormalisedPerson person(RecordId id) {
        Member m = records.get(id);
        return m == null ? null : m.person();
    }

    Optional<ClusterId> clusterOf(RecordId id) {
        Member m = records.get(id);
        return m == null ? Optional.empty() : Optional.of(m.cluster());
    }

    /** The cluster holding a valid ID number, or null. */
    ClusterId holding(String validId) {
        return byValidId.get(validId);
    }

    Set<RecordId> members(ClusterId cluster) {
        Cluster c = clusters.get(cluster);
        return c == null ? Set.of() : c.members;
    }

    /** Whether {@code p} may join {@code cluster}: it has no valid ID, or the cluster none other. */
    boolean compatible(NormalisedPerson p, ClusterId cluster) {
        Cluster c = clusters.get(cluster);
        String validId = validId(p);
        return c == null || validId == null || c.validIds.isEmpty() || c.validIds.containsKey(validId);
    }

    boolean compatible(ClusterId a, ClusterId b) {
        Cluster x = clusters.get(a);
        Cluster y = clusters.get(b);
        if (x == null || y == null || x.validIds.isEmpty() || y.validIds.isEmpty()) {
            return true;
        }
        return x.validIds.size() == 1 && x.validIds.keySet().equals(y.validIds.keySet());
    }

    int records() {
        return records.size();
    }

    int clusters() {
        return clusters.size();
    }

    private static String validId(NormalisedPerson p) {
        return p.idNumber() != null && p.idNumber().valid() ? p.idNumber().value() : null;
    }
}
