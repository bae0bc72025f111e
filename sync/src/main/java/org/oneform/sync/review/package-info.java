/**
 * The review queue: what the apply loop could not decide alone and a street supervisor must look at —
 * possible duplicates in dedup's grey zone, the same field changed twice from the same base, and
 * validation warnings. Items are kept per grid in sync's Eclipse Store root and are written by the apply
 * loop in the same store as the registry changes that raised them, so a replay raises them again exactly
 * once. Presenting them is the supervisor feature's; deciding them goes through the ledger ({@link
 * org.oneform.sync.review.ReviewDecisions}, one decision per item, docs/decisions/0011-review-decisions-in-the-ledger.md),
 * and the apply loop marks the item decided ({@link org.oneform.sync.review.Resolution}).
 *
 * <p>Returns: a supervisor returns a submission to its worker with a comment ({@link
 * org.oneform.sync.review.Returns#returnSubmission}); the return is a ledger entry, projected by the apply loop
 * into {@link org.oneform.sync.review.ReturnedSubmission}s per grid, open until a later submission supersedes
 * the returned one. The collector's download lists them (docs/decisions/0012-collector-download.md).
 *
 * <p>API: {@link org.oneform.sync.review.ReviewQueue}, {@link org.oneform.sync.review.ReviewItem}, {@link
 * org.oneform.sync.review.ReviewKind}; {@link org.oneform.sync.review.ReviewDecisions}, {@link
 * org.oneform.sync.review.ReviewDecision}, {@link org.oneform.sync.review.ReviewProblem}; {@link org.oneform.sync.review.Returns}, {@link org.oneform.sync.review.ReturnedSubmission}; {@link
 * org.oneform.sync.review.ReviewData} and {@link org.oneform.sync.review.ReturnsData} are the persisted holders.
 */
package org.oneform.sync.review;
