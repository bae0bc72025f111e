/**
 * The street supervisor's screens and what they need: collection cycles defined per street, the
 * completion dashboard against the expected subjects (computed by {@code sync.cycle}), its Excel export,
 * and worker activity. Area scope is enforced here, on the server: a supervisor sees and defines only
 * within their street ({@link org.oneform.app.supervisor.Dashboard}). The review screen's server side, {@link
 * org.oneform.app.supervisor.ReviewDesk}: the street's open review items (masked), decisions on them and returns of
 * their submissions, audited (docs/decisions/0011-review-decisions-in-the-ledger.md).
 *
 * <p>Does not own: the returns projection (sync's {@code Returns}; bound to
 * {@link org.oneform.sync.cycle.ReturnedSubmissions} in {@code SupervisorConfiguration}), devices' outbox
 * reports ({@link org.oneform.app.supervisor.DeviceOutbox}, filled by the {@code device-status} endpoint).
 */
package org.oneform.app.supervisor;
