/**
 * Search in the application: the one Lucene index of the registry ({@code sync.search}) opened in the
 * data directory with this installation's term key, kept in step with the registry at start-up, and
 * offered to supervisors and admins within their area scope, with identifiers masked.
 *
 * <p>API: {@link org.oneform.app.search.RegistrySearch} (searches inside the signed-in account's scope, whatever
 * area the request names — docs/decisions/0027), {@link org.oneform.app.search.SearchRequest},
 * {@link org.oneform.app.search.SearchOutcome}, {@link org.oneform.app.search.SearchRow},
 * {@link org.oneform.app.search.RecordSummaries} (a found record's masked summary and the audited reveal),
 * {@link org.oneform.app.search.SearchPanel} (a quick search that home screens embed) and
 * {@link org.oneform.app.search.SearchRoutes}. The search screen ({@code /search}) is in {@code ui}.
 */
package org.oneform.app.search;
