/**
 * The apply loop: the single writer that turns the intake ledger into the registry, in sequence order
 * (DESIGN.md §5). Per ledger entry: find the subject (the one named, the one a superseded submission
 * went to, or dedup's match), merge field by field with provenance ({@link
 * org.oneform.sync.apply.FieldMerge}), raise review items; per step: tell the change listeners (the
 * department feeds' hook, idempotent by submission), store the registry with the last applied
 * sequence, update and commit the search index, then tell the matcher the step's records are in the index
 * ({@link org.oneform.sync.apply.SubjectMatcher#written()}): dedup's candidates come from that index, and
 * records of the step not yet written are candidates from memory ({@link org.oneform.sync.apply.DedupMatcher},
 * {@code docs/decisions/0025-dedup-candidates-from-the-registry-index.md}). At start-up it replays what the
 * registry has not applied; {@link org.oneform.sync.apply.Rebuild} replays everything into a scratch registry
 * (with a scratch matcher and index) and compares.
 *
 * <p>It does not receive submissions ({@code sync.intake}) and does not decide who gets what
 * ({@code sync.feeds}, through {@link org.oneform.sync.apply.ChangeListener}). See
 * {@code docs/decisions/0005-intake-ledger-and-apply-loop.md}.
 */
package org.oneform.sync.apply;
