package org.oneform.sync.search;

import java.util.List;

/**
 * The hits of a search, best first.
 *
 * @param hits      at most the query's limit
 * @param totalHits how many subjects matched in the scope: exact up to {@value #EXACT_COUNT_UP_TO},
 *                  beyond that a lower bound (show it as "1000+"); counting further would slow every
 *                  broad query down for a number nobody reads
 */
public record SearchResult(List<SearchHit> hits, long totalHits) {

    public static final int EXACT_COUNT_UP_TO = 1000;
    public static final SearchResult EMPTY = new SearchResult(List.of(), 0);

    public SearchResult {
        hits = List.copyOf(hits);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
