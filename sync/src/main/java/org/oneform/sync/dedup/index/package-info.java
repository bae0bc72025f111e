/**
 * Candidate retrieval for dedup (internal): the blocking terms of a person ({@code BlockingKeys}), which
 * the registry's search index keeps in its {@code block} field, and the candidates of a probe — the
 * index's top k plus the records not yet written to it. Dedup keeps no index of its own.
 *
 * @see org.oneform.sync.dedup.index.Candidates
 * @see "docs/decisions/0025-dedup-candidates-from-the-registry-index.md"
 */
package org.oneform.sync.dedup.index;
