package org.oneform.sync.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.oneform.sync.dedup.Decision.Basis;
import org.oneform.sync.dedup.Decision.Kind;
import org.oneform.sync.dedup.index.CandidateIndex;
import org.oneform.sync.dedup.normal.NormalisedPerson;
import org.oneform.sync.dedup.score.Scorer;
import org.oneform.sync.dedup.score.Scorer.Score;
import org.oneform.sync.dedup.score.ValueFrequencies;

/**
 * Incremental deduplication of person records (DESIGN.md §7). The caller — the apply loop, or the
 * evaluation command — asks {@link #decide} for a probe, acts on the {@link Decision}, and tells the
 * engine what it did with {@link #add}; {@link #remove} takes a record out again, so a merge can be
 * undone or a cluster split (remove, then add to another cluster).
 *
 * <p>Rules: a valid ID number equal to one in a cluster is a match; a cluster never holds two
 * different valid ID numbers ({@link #add} refuses, {@link #decide} never proposes it); otherwise
 * Lucene top-k candidates are scored pairwise ({@code dedup.score.Scorer}) and a cluster scores as its
 * best-matching record. Term frequencies are learned from the records added.
 *
 * <p><b>Threads:</b> one writer. Every method, {@code decide} included, must be called from one thread
 * at a time (the apply loop's); the engine holds no locks. State is in memory and rebuilt by replaying
 * {@code add} on start-up.
 *
 * @see "docs/decisions/0006-dedup-scoring.md"
 */
public final class DedupEngine implements AutoCloseable {

    private final DedupConfig config;
    private final Map<RecordId, Member> records = new HashMap<>();
    private final Map<ClusterId, Cluster> clusters = new HashMap<>();
    private final Map<String, ClusterId> validIds = new HashMap<>();
    private final ValueFrequencies names = new ValueFrequencies(1e-4);
    private final ValueFrequencies phones = new ValueFrequencies(1e-4);
    private final ValueFrequencies dwellings = new ValueFrequencies(1e-4);
    private final Scorer scorer = new Scorer(names, phones, dwellings, clusters::size);
    private final CandidateIndex index;
    private PersonRecord lastProbe;
    private NormalisedPerson lastNormalised;

    private record Member(NormalisedPerson person, ClusterId cluster) {
    }

    public DedupEngine(DedupConfig config) {
        this.config = config;
        this.index = new CandidateIndex(config.hashKey());
    }

    public DedupEngine() {
        this(DedupConfig.DEFAULTS);
    }

    /** Advice for a probe record; changes nothing. The probe may already be held (then it is not its own candidate). */
    public Decision decide(PersonRecord probe) {
        NormalisedPerson p = normalise(probe);
        if (p.idNumber() != null && p.idNumber().valid()) {
            ClusterId same = validIds.get(p.idNumber().value());
            if (same != null) {
                Best best = bestIn(p, same);
                return new Decision(Kind.MERGE, Optional.of(same), best.score.total(), Basis.VALID_ID, best.score.fields());
            }
        }
        Map<ClusterId, Best> byCluster = new LinkedHashMap<>();
        for (RecordId id : index.candidates(p, config.candidates())) {
            Member m = records.get(id);
            if (m == null || id.equals(p.id()) || !compatible(p, clusters.get(m.cluster()))) {
                continue;
            }
            Score s = scorer.score(p, m.person());
            byCluster.merge(m.cluster(), new Best(m.cluster(), s), Best::better);
        }
        double shift = config.thresholdShift(clusters.size());
        Best best = null;
        Best merge = null;
        for (Best b : byCluster.values()) {
            if (best == null || b.score.total() > best.score.total()) {
                best = b;
            }
            if (b.mergeable != null && b.mergeable.total() >= config.upper() + shift
                    && (merge == null || b.mergeable.total() > merge.mergeable.total())) {
                merge = b;
            }
        }
        if (best == null) {
            return new Decision(Kind.NEW, Optional.empty(), Double.NEGATIVE_INFINITY, Basis.NO_CANDIDATE, List.of());
        }
        if (merge != null && !conflictsWithAMember(p, merge.cluster)) {
            return new Decision(Kind.MERGE, Optional.of(merge.cluster), merge.mergeable.total(), Basis.SCORE,
                    merge.mergeable.fields());
        }
        double total = best.score.total();
        Kind kind = total >= config.lower() + shift ? Kind.REVIEW : Kind.NEW;
        return new Decision(kind, Optional.of(best.cluster), total, Basis.SCORE, best.score.fields());
    }

    /**
     * Holds {@code record} as a member of {@code cluster} (new or existing) and indexes it.
     *
     * @throws IllegalArgumentException when the record is already held, or its valid ID number differs
     *                                  from a valid ID number already in the cluster
     */
    public void add(PersonRecord record, ClusterId cluster) {
        if (records.containsKey(record.id())) {
            throw new IllegalArgumentException("record " + record.id() + " is already held; remove it first");
        }
        NormalisedPerson p = normalise(record);
        Cluster c = clusters.computeIfAbsent(cluster, id -> new Cluster());
        if (!compatible(p, c)) {
            if (c.members.isEmpty()) {
                clusters.remove(cluster);
            }
            throw new IllegalArgumentException("cluster " + cluster + " holds a different valid ID number");
        }
        if (p.idNumber() != null && p.idNumber().valid()) {
            ClusterId other = validIds.putIfAbsent(p.idNumber().value(), cluster);
            if (other != null && !other.equals(cluster)) {
                throw new IllegalArgumentException("its valid ID number is already in cluster " + other);
            }
            c.validIds.merge(p.idNumber().value(), 1, Integer::sum);
        }
        c.members.add(record.id());
        records.put(record.id(), new Member(p, cluster));
        names.add(p.name() == null ? null : p.name().text(), cluster);
        phones.add(p.phone(), cluster);
        dwellings.add(Scorer.dwellingValue(p), cluster);
        index.add(p);
    }

    /** Takes a record out (undo of a merge, first half of a split); the cluster it was in, if it was held. */
    public Optional<ClusterId> remove(RecordId id) {
        Member m = records.remove(id);
        if (m == null) {
            return Optional.empty();
        }
        NormalisedPerson p = m.person();
        Cluster c = clusters.get(m.cluster());
        c.members.remove(id);
        if (p.idNumber() != null && p.idNumber().valid()
                && c.validIds.computeIfPresent(p.idNumber().value(), (v, n) -> n == 1 ? null : n - 1) == null) {
            validIds.remove(p.idNumber().value());
        }
        names.remove(p.name() == null ? null : p.name().text(), m.cluster());
        phones.remove(p.phone(), m.cluster());
        dwellings.remove(Scorer.dwellingValue(p), m.cluster());
        if (c.members.isEmpty()) {
            clusters.remove(m.cluster());
        }
        index.remove(id);
        return Optional.of(m.cluster());
    }

    public Optional<ClusterId> clusterOf(RecordId id) {
        Member m = records.get(id);
        return m == null ? Optional.empty() : Optional.of(m.cluster());
    }

    public Set<RecordId> members(ClusterId cluster) {
        Cluster c = clusters.get(cluster);
        return c == null ? Set.of() : Set.copyOf(c.members);
    }

    /** Whether two clusters could be joined: they do not hold two different valid ID numbers. */
    public boolean compatible(ClusterId a, ClusterId b) {
        Cluster x = clusters.get(a);
        Cluster y = clusters.get(b);
        if (x == null || y == null || x.validIds.isEmpty() || y.validIds.isEmpty()) {
            return true;
        }
        return x.validIds.keySet().equals(y.validIds.keySet()) && x.validIds.size() == 1;
    }

    /** How many records are held. */
    public int size() {
        return records.size();
    }

    @Override
    public void close() {
        index.close();
    }

    private NormalisedPerson normalise(PersonRecord record) {
        if (record != lastProbe) {
            lastNormalised = NormalisedPerson.of(record);
            lastProbe = record;
        }
        return lastNormalised;
    }

    private static boolean compatible(NormalisedPerson p, Cluster c) {
        if (c == null || p.idNumber() == null || !p.idNumber().valid() || c.validIds.isEmpty()) {
            return true;
        }
        return c.validIds.containsKey(p.idNumber().value());
    }

    /** A cluster is one person: a probe that conflicts with any of its records goes to review, not in. */
    private boolean conflictsWithAMember(NormalisedPerson p, ClusterId cluster) {
        for (RecordId id : clusters.get(cluster).members) {
            if (!id.equals(p.id()) && scorer.score(p, records.get(id).person()).conflict()) {
                return true;
            }
        }
        return false;
    }

    private Best bestIn(NormalisedPerson p, ClusterId cluster) {
        Best best = null;
        for (RecordId id : clusters.get(cluster).members) {
            if (id.equals(p.id())) {
                continue;
            }
            Score s = scorer.score(p, records.get(id).person());
            if (best == null || s.total() > best.score.total()) {
                best = new Best(cluster, s);
            }
        }
        return best != null ? best : new Best(cluster, new Score(0, List.of(), true, false));
    }

    /**
     * A cluster's best score over the probe's candidates among its records, and the best among those
     * that allow a merge (null when none does).
     */
    private record Best(ClusterId cluster, Score score, Score mergeable) {

        Best(ClusterId cluster, Score score) {
            this(cluster, score, score.mergeAllowed() ? score : null);
        }

        Best better(Best other) {
            Score top = score.total() >= other.score.total() ? score : other.score;
            Score merge = mergeable == null ? other.mergeable
                    : other.mergeable == null || mergeable.total() >= other.mergeable.total() ? mergeable : other.mergeable;
            return new Best(cluster, top, merge);
        }
    }

    /** The members of one cluster and the valid ID numbers among them, counted. */
    private static final class Cluster {
        final Set<RecordId> members = new java.util.LinkedHashSet<>();
        final Map<String, Integer> validIds = new HashMap<>(2);
    }
}
