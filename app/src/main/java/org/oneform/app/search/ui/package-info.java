/**
 * The search screen (检索, {@code /search}) for supervisors and admins: one box, filters for area, subject
 * type, age and place type, masked results, a record's summary with an audited reveal, and the places
 * within 500 m of a place. Everything it shows comes from {@link org.oneform.app.search.RegistrySearch}
 * and {@link org.oneform.app.search.RecordSummaries}, which enforce the area scope on the server.
 */
package org.oneform.app.search.ui;
