package org.oneform.sync.dedup;

import java.util.List;
import java.util.Map;

/**
 * Where the engine's candidates come from: a Lucene index holding each record's blocking terms — the
 * registry's search index in the apply loop ({@link RegistryCandidates}). The engine itself
 * keeps only the records added since the source last took them ({@link DedupEngine#written()}). See
 * {@code docs/decisions/0025-dedup-candidates-from-the-registry-index.md}.
 */
public interface CandidateSource {

    /** No index: the engine finds candidates only among the records it was given and not told are written. */
    CandidateSource NONE = new CandidateSource() {
        @Override
        public List<RecordId> candidates(Map<String, Float> terms, int k) {
            return List.of();
        }

        @Override
        public void refresh() {
        }
    };

    /**
     * Up to {@code k} records sharing blocking terms with a probe, best first, each term weighing its boost.
     * May return records since removed or changed (the engine checks what it holds).
     */
    List<RecordId> candidates(Map<String, Float> terms, int k);

    /** Makes every record written to the source so far visible to {@link #candidates}. */
    void refresh();
}
