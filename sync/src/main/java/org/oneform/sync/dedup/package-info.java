/**
 * Deduplication of person records (DESIGN.md §7): which golden record a newly captured person is.
 *
 * <h2>What it owns, what it does not</h2>
 *
 * <p>API: {@link org.oneform.sync.dedup.DedupEngine} with its values
 * {@link org.oneform.sync.dedup.PersonRecord}, {@link org.oneform.sync.dedup.RecordId},
 * {@link org.oneform.sync.dedup.ClusterId}, {@link org.oneform.sync.dedup.Decision},
 * {@link org.oneform.sync.dedup.FieldScore} and {@link org.oneform.sync.dedup.DedupConfig}. It owns
 * the normalisation ({@code normal}), the pair scoring ({@code score}), the blocking terms and candidate
 * retrieval ({@code index}: the terms live in the registry's search index, behind
 * {@link org.oneform.sync.dedup.CandidateSource}; docs/decisions/0025-dedup-candidates-from-the-registry-index.md),
 * the evaluation command ({@code cli}) and the synthetic benchmark
 * generator ({@code synth}). It does not own golden records, provenance or the review queue: the apply
 * loop acts on a decision and reports what it did back through {@code add} and {@code remove}.
 *
 * <h2>How a probe is decided</h2>
 *
 * <ol>
 * <li>Normalise: ID numbers per GB 11643 (15→18 digits, check character), phones via libphonenumber,
 *     names into pinyin readings per character, addresses into district / street / community / estate /
 *     building / unit / room.</li>
 * <li>A valid ID number held by a cluster: {@code MERGE}, basis {@code VALID_ID}.</li>
 * <li>Otherwise candidates: the top k records sharing blocking terms (hashed ID parts, phone, pinyin
 *     name + birth date, name + building, birth date + building, dwelling) from the registry's search
 *     index, plus the records added since the caller last wrote them there ({@code written()}).</li>
 * <li>Each candidate is scored (Fellegi–Sunter, log2 weights, term-frequency adjusted); clusters holding
 *     a different valid ID number are skipped; the best cluster's score is compared with the thresholds
 *     of {@link org.oneform.sync.dedup.DedupConfig}: {@code MERGE}, {@code REVIEW} or {@code NEW}.</li>
 * </ol>
 *
 * <h2>How the apply loop uses it</h2>
 *
 * <pre>{@code
 * Decision d = engine.decide(record);               // advice only
 * ClusterId c = switch (d.kind()) {
 *     case MERGE -> d.cluster().orElseThrow();      // merge into that golden record
 *     case REVIEW, NEW -> newGoldenRecordId();      // a review item names d.cluster() and d.explanation()
 * };
 * engine.add(record, c);                            // tell the engine what was done
 * // undo a merge / resolve a review: engine.remove(record.id()); engine.add(record, otherCluster);
 * }</pre>
 *
 * <p>On start-up the engine is empty: replay {@code addWritten} for every record the search index already
 * holds (it is a projection, like the registry and the search index). The caller writes each added
 * record's {@code blockingTerms} to the index and then calls {@code written()}.
 *
 * <p>Single writer: see {@link org.oneform.sync.dedup.DedupEngine}. The reasoning behind the weights
 * and thresholds, and the measured quality: {@code docs/decisions/0006-dedup-scoring.md} and the
 * "Deduplication" section of {@code docs/benchmarks.md}.
 */
package org.oneform.sync.dedup;
