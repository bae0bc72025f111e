/**
 * Search in the application: the one Lucene index of the registry ({@code sync.search}) opened in the
 * data directory with this installation's term key, kept in step with the registry at start-up, and
 * offered to supervisors and admins within their area scope, with identifiers masked.
 *
 * <p>API: {@link org.oneform.app.search.RegistrySearch}, {@link org.oneform.app.search.SearchPanel} (a component
 * that supervisor and admin screens embed), {@link org.oneform.app.search.SearchRow}.
 */
package org.oneform.app.search;
