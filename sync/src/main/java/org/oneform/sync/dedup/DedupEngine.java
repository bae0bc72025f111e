package org.oneform.sync.dedup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.oneform.sync.dedup.Decision.Basis;
import org.oneform.sync.dedup.Decision.Kind;
import org.oneform.sync.dedup.index.Candidates;
import org.oneform.sync.dedup.normal.NormalisedPerson;
import org.oneform.sync.dedup.score.Scorer;
import org.oneform.sync.dedup.score.Scorer.Score;

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
    private final Clusters clusters = new Clusters();
    private final Scorer scorer = clusters.scorer();
    private final Candidates candidates;
    private PersonRecord lastProbe;
    private NormalisedPerson lastNormalised;

    /**
     * @param source the index of the records' blocking terms the candidates come from (the registry's search
     *               index in the apply loop); the caller writes each added record's {@link #blockingTerms} to it
     *               and then calls {@link #written()}
     */
    public DedupEngine(DedupConfig config, CandidateSource source) {
        this.config = config;
        this.candidates = new Candidates(config.hashKey(), source);
    }

    /** An engine without an index: every record added is a candidate by its blocking terms, from memory. */
    public DedupEngine(DedupConfig config) {
        this(config, CandidateSource.NONE);
    }

    public DedupEngine() {
        this(DedupConfig.DEFAULTS);
    }

    /** Advice for a probe record; changes nothing. The probe may already be held (then it is not its own candidate). */
    public Decision decide(PersonRecord probe) {
        NormalisedPerson p = normalise(probe);
        if (p.idNumber() != null && p.idNumber().valid()) {
            ClusterId same = clusters.holding(p.idNumber().value());
            if (same != null) {
                Score best = bestIn(p, same);
                return new Decision(Kind.MERGE, Optional.of(same), best.total(), Basis.VALID_ID, best.fields());
            }
        }
        Map<ClusterId, Best> byCluster = new LinkedHashMap<>();
        for (RecordId id : candidates.of(p, config.candidates())) {
            NormalisedPerson candidate = clusters.person(id);
            if (candidate == null || id.equals(p.id())) {
                continue;
            }
            ClusterId cluster = clusters.clusterOf(id).orElseThrow();
            if (clusters.compatible(p, cluster)) {
                byCluster.merge(cluster, new Best(cluster, scorer.score(p, candidate)), Best::better);
            }
        }
        return decide(p, byCluster.values());
    }

    /** The best mergeable cluster above the (population-shifted) upper threshold, else review or new by the best score. */
    private Decision decide(NormalisedPerson p, Iterable<Best> candidates) {
        double shift = config.thresholdShift(clusters.clusters());
        Best best = null;
        Best merge = null;
        for (Best b : candidates) {
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
     * @throws IllegalArgumentException when the record is already held, when its valid ID number differs
     *                                  from one already in the cluster, or is held by another cluster
     */
    public void add(PersonRecord record, ClusterId cluster) {
        NormalisedPerson p = normalise(record);
        clusters.add(p, cluster);
        candidates.addPending(p);
    }

    /**
     * Like {@link #add}, for a record whose blocking terms the candidate source already holds (the registry's
     * records at start-up): it is not kept pending.
     */
    public void addWritten(PersonRecord record, ClusterId cluster) {
        clusters.add(normalise(record), cluster);
    }

    /**
     * The records added so far are in the candidate source (their {@link #blockingTerms} written): the engine
     * drops its pending copy of their terms and refreshes the source before the next probe.
     */
    public void written() {
        candidates.written();
    }

    /**
     * The distinct blocking terms of a record, which the candidate source must index for it. Thread-safe,
     * unlike the rest of the engine (an index rebuild may ask from another thread).
     */
    public List<String> blockingTerms(PersonRecord record) {
        return candidates.termsOf(NormalisedPerson.of(record));
    }

    /**
     * Takes a record out (undo of a merge, first half of a split); the cluster it was in, if it was held. The
     * candidate source may still return it until its document changes; the engine skips ids it does not hold.
     */
    public Optional<ClusterId> remove(RecordId id) {
        return clusters.remove(id);
    }

    public Optional<ClusterId> clusterOf(RecordId id) {
        return clusters.clusterOf(id);
    }

    public Set<RecordId> members(ClusterId cluster) {
        return Set.copyOf(clusters.members(cluster));
    }

    /** Whether two clusters could be joined: they do not hold two different valid ID numbers. */
    public boolean compatible(ClusterId a, ClusterId b) {
        return clusters.compatible(a, b);
    }

    /** How many records are held. */
    public int size() {
        return clusters.records();
    }

    /** Nothing to release: the candidate source belongs to the caller. */
    @Override
    public void close() {
    }

    private NormalisedPerson normalise(PersonRecord record) {
        if (record != lastProbe) {
            lastNormalised = NormalisedPerson.of(record);
            lastProbe = record;
        }
        return lastNormalised;
    }

    /** A cluster is one person: a probe that conflicts with any of its records goes to review, not in. */
    private boolean conflictsWithAMember(NormalisedPerson p, ClusterId cluster) {
        for (RecordId id : clusters.members(cluster)) {
            if (!id.equals(p.id()) && scorer.score(p, clusters.person(id)).conflict()) {
                return true;
            }
        }
        return false;
    }

    /** The probe's best score against the other records of a cluster, for the explanation of a valid-ID match. */
    private Score bestIn(NormalisedPerson p, ClusterId cluster) {
        Score best = new Score(0, List.of(), true, false);
        for (RecordId id : clusters.members(cluster)) {
            if (!id.equals(p.id())) {
                Score s = scorer.score(p, clusters.person(id));
                if (best.fields().isEmpty() || s.total() > best.total()) {
                    best = s;
                }
            }
        }
        return best;
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
}
