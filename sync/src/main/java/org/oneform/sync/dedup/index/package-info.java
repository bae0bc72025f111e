/**
 * Candidate retrieval for dedup (internal): dedup's own in-memory Lucene index of blocking terms,
 * separate from the search feature's index (different terms, different lifecycle).
 *
 * @see org.oneform.sync.dedup.index.CandidateIndex
 */
package org.oneform.sync.dedup.index;
