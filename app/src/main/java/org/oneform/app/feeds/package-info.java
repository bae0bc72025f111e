/**
 * Department feeds in the application: wires sync's subscriptions, fan-out and delivery store as the
 * apply loop's change listener, and serves the pull API {@code /api/feeds/v1} to departments' API tokens
 * (created and revoked in the department portal, stored hashed, scoped to one department, with a request
 * budget), with signed cursors, JSON lines or CSV, and audited pulls; the portal's exports of delivered records
 * ({@link org.oneform.app.feeds.FeedExports}, Excel and CSV, masked by default, audited) and backfills
 * ({@link org.oneform.app.feeds.FeedBackfills}). See docs/decisions/0007 and 0008.
 */
package org.oneform.app.feeds;
