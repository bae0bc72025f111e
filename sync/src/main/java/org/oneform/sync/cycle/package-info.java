/**
 * Collection cycles (采集周期) and completion against them: what a street supervisor checks every day —
 * who has not been visited yet.
 *
 * <p>A {@link org.oneform.sync.cycle.Cycle} names subject types, areas and a date window; it is defined by
 * an admin or a supervisor inside their street ({@link org.oneform.sync.cycle.Cycles}, persisted in sync's
 * Eclipse Store root — definitions, not ledger-derived data). The expected subjects are never frozen:
 * {@link org.oneform.sync.cycle.Completions} computes them from the registry as it stands, plus the
 * {@link org.oneform.sync.cycle.VisitLog} (what the apply loop did, per subject, written as it applies)
 * for what was visited and what entered or left the cycle's areas mid-cycle; open review items and
 * returned submissions ({@link org.oneform.sync.cycle.ReturnedSubmissions}) give the other states.
 * See {@code docs/decisions/0010-collection-cycles-computed-expectation.md}.
 *
 * <p>Does not own: returning submissions (the review feature's {@code Returns}), the screens (app).
 */
package org.oneform.sync.cycle;
