/** Flow views of department feeds: the delivery ledger for admins; a department's delivered records, exports and backfills. */
package org.oneform.app.feeds.ui;
