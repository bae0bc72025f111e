/** Flow views of department feeds: the delivery ledger for admins. */
package org.oneform.app.feeds.ui;
