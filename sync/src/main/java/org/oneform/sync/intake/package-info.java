/**
 * Intake: the door every submission comes through (DESIGN.md §5–6).
 *
 * <p>Owns the intake ledger (SQL, the durability point), attachments (content-addressed by SHA-256,
 * resumable), the checks a submission passes before it is acknowledged (form version, grid, subject,
 * supersedes, field validation against the exact form version, attachments present) and the
 * idempotency rules: same id and same content gives the same acknowledgement; same id and different
 * content is a conflict and the original stays. It does not apply submissions to the registry
 * ({@code sync.apply} does) and knows nothing of HTTP ({@code app.collect} does).
 *
 * <p>API: {@link org.oneform.sync.intake.Intake}, {@link org.oneform.sync.intake.Submission}, {@link
 * org.oneform.sync.intake.ItemResult}, {@link org.oneform.sync.intake.IntakeLedger}, {@link
 * org.oneform.sync.intake.LedgerEntry}, {@link org.oneform.sync.intake.Attachments}. See
 * {@code docs/decisions/0005-intake-ledger-and-apply-loop.md}.
 */
package org.oneform.sync.intake;
