package org.oneform.sync.dedup.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oneform.sync.dedup.CandidateSource;
import org.oneform.sync.dedup.RecordId;
import org.oneform.sync.dedup.normal.NormalisedPerson;

/**
 * The engine's candidates: the top k of a {@link CandidateSource} (a Lucene index of the records' blocking
 * terms, {@link BlockingKeys}) plus every record added since the source last took the records ("pending",
 * matched exactly by term). So a record the apply loop created earlier in the same step — not yet in the
 * search index — is a candidate for the next submission. When the caller says the pending records are
 * {@link #written()}, they are dropped here and the source is refreshed once before the next probe (one
 * near-real-time reopen per apply step, not per record). Single writer, not thread-safe, except {@link
 * #termsOf}. See {@code docs/decisions/0025-dedup-candidates-from-the-registry-index.md}.
 */
public final class Candidates {

    private final BlockingKeys probeKeys;
    private final BlockingKeys indexKeys;
    private final CandidateSource source;
    private final Map<String, List<RecordId>> pending = new HashMap<>();
    private boolean stale;
    private NormalisedPerson lastPerson;
    private List<String> lastTerms;

    public Candidates(String hashKey, CandidateSource source) {
        this.probeKeys = new BlockingKeys(hashKey);
        this.indexKeys = new BlockingKeys(hashKey);
        this.source = source;
    }

    /** The distinct blocking terms of a person, for the source's index. Thread-safe (its own keyed hash). */
    public List<String> termsOf(NormalisedPerson person) {
        synchronized (indexKeys) {
            return List.copyOf(new LinkedHashSet<>(indexKeys.of(person)));
        }
    }

    /** A record the source does not have yet: a candidate from the pending terms until {@link #written()}. */
    public void addPending(NormalisedPerson person) {
        for (String term : terms(person)) {
            pending.computeIfAbsent(term, t -> new ArrayList<>(1)).add(person.id());
        }
    }

    /** Every record added so far is in the source (it may still need a refresh to be seen). */
    public void written() {
        pending.clear();
        stale = true;
    }

    /** Pending records sharing a term, then up to {@code k} from the source, best first; may hold removed ids. */
    public Set<RecordId> of(NormalisedPerson probe, int k) {
        List<String> terms = terms(probe);
        Set<RecordId> found = new LinkedHashSet<>();
        if (terms.isEmpty()) {
            return found;
        }
        Map<String, Float> weighted = new LinkedHashMap<>();
        for (String term : terms) {
            weighted.put(term, BlockingKeys.boost(term));
            List<RecordId> recent = pending.get(term);
            if (recent != null) {
                found.addAll(recent);
            }
        }
        if (stale) {
            source.refresh();
            stale = false;
        }
        found.addAll(source.candidates(weighted, k));
        return found;
    }

    /** How many distinct terms are pending (for tests and diagnostics). */
    int pendingTerms() {
        return pending.size();
    }

    /** The terms of a person; the apply loop decides and then adds the same person, so the last is kept. */
    private List<String> terms(NormalisedPerson person) {
        if (person != lastPerson) {
            lastTerms = List.copyOf(new LinkedHashSet<>(probeKeys.of(person)));
            lastPerson = person;
        }
        return lastTerms;
    }
}
