/**
 * Department feeds in the application: wires sync's subscriptions, fan-out and delivery store as the
 * apply loop's change listener. The pull API, department API tokens and the portal arrive with the
 * feeds issue; until then deliveries accumulate in the delivery ledger.
 */
package org.oneform.app.feeds;
