/**
 * The review queue: what the apply loop could not decide alone and a street supervisor must look at —
 * possible duplicates in dedup's grey zone, the same field changed twice from the same base, and
 * validation warnings. Items are kept per grid in sync's Eclipse Store root and are written by the apply
 * loop in the same store as the registry changes that raised them, so a replay raises them again exactly
 * once. Presenting and resolving them is the supervisor feature's (resolutions go through the ledger).
 *
 * <p>API: {@link org.oneform.sync.review.ReviewQueue}, {@link org.oneform.sync.review.ReviewItem}, {@link
 * org.oneform.sync.review.ReviewKind}; {@link org.oneform.sync.review.ReviewData} is the persisted holder.
 */
package org.oneform.sync.review;
