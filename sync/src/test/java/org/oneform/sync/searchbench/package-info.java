/**
 * The search benchmark of issue 7 ({@code bin/oneform bench-search}, docs/benchmarks.md "Search at 1M / 5M
 * residents"): a streamed, deterministic fake district of residents, households and places
 * ({@link org.oneform.sync.searchbench.BenchCity}) indexed through the real
 * {@link org.oneform.sync.search.RegistryIndex} API, then build time, index size, heap, query latency per
 * kind of search-box text and the delay until a new record is visible
 * ({@link org.oneform.sync.searchbench.SearchBench}). Test sources only: not in the production jar, and no
 * test class, so {@code bin/oneform test} does not run it.
 */
package org.oneform.sync.searchbench;
