package org.oneform.sync.searchbench;

import org.oneform.sync.search.SearchQuery;

/**
 * One measured query and whether it was drawn from the generated data (so should find something) or made so
 * that no record matches it (a miss).
 */
record Probe(SearchQuery query, boolean drawn) {
}
