/**
 * The roster log: for every grid, which subjects changed at which ledger sequence, and which left it (moved
 * to another grid, or went away) at which sequence. It is what makes a grid worker's download a cheap delta
 * ("what changed in my grids after sequence n?") without scanning the ledger or the registry.
 *
 * <p>Like the registry and the review queue it is a projection of the intake ledger: the apply loop records
 * each step's changes and stores the touched maps in the registry's own commit, and a rebuild replays it
 * and compares. A subject's sequence is that of the last ledger entry that changed its record (0 for a
 * baseline record never changed since). See {@code docs/decisions/0012-collector-download.md}.
 *
 * <p>API: {@link org.oneform.sync.roster.RosterLog}; {@link org.oneform.sync.roster.RosterLogData} is the
 * persisted holder in sync's root.
 */
package org.oneform.sync.roster;
