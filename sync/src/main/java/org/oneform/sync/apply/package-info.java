/**
 * The apply loop: the single writer that turns the intake ledger into the registry, in sequence order
 * (DESIGN.md §5). Per ledger entry: find the subject (the one named, the one a superseded submission
 * went to, or dedup's match), merge field by field with provenance ({@link
 * org.oneform.sync.apply.FieldMerge}), raise review items; per step: tell the change listeners (the
 * department feeds' hook, idempotent by submission), store the registry with the last applied
 * sequence, update and commit the search index. At start-up it replays what the registry has not
 * applied; {@link org.oneform.sync.apply.Rebuild} replays everything into a scratch registry and
 * compares.
 *
 * <p>It does not receive submissions ({@code sync.intake}) and does not decide who gets what
 * ({@code sync.feeds}, through {@link org.oneform.sync.apply.ChangeListener}). See
 * {@code docs/decisions/0005-intake-ledger-and-apply-loop.md}.
 */
package org.oneform.sync.apply;
