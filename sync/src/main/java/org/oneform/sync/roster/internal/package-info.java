/**
 * The roster log's persisted form: {@link org.oneform.sync.roster.internal.RosterShelfCodec} keeps a shelf of
 * subjects' grids and last-change sequences as one appended byte array. Only {@code RosterLog} uses it.
 */
package org.oneform.sync.roster.internal;
