/**
 * Department feeds (DESIGN.md §5, §8): what each department receives, derived from its approved
 * requests, and the deliveries the apply loop produces.
 *
 * <p>Owns {@link org.oneform.sync.feeds.Subscriptions} (grants: fields × population filter × purpose
 * per approved request), {@link org.oneform.sync.feeds.Fanout} (which department gets which fields of
 * an applied change — only subscribed fields, only for subjects inside a filter, under a
 * per-department pseudonym), {@link org.oneform.sync.feeds.DeliveryStore} (the delivery ledger in SQL:
 * unique per submission × department × subject, so a replay never duplicates) and {@link
 * org.oneform.sync.feeds.FeedWriter}, the apply loop's change listener, and {@link
 * org.oneform.sync.feeds.Backfill} (a request's fields for records the registry already held, see
 * {@code docs/decisions/0008-feed-backfill-and-exports.md}), and {@link org.oneform.sync.feeds.FeedActivity}, a
 * department's feed as its portal shows it (lag, last pull, deliveries per day). Pull and push over HTTP and the
 * department portal are {@code app.feeds}'. See {@code docs/decisions/0007-department-feeds.md}.
 */
package org.oneform.sync.feeds;
