/**
 * The record hub of OneForm: the area tree, the registry of golden records, and (as their issues
 * land) the intake ledger, the apply loop, dedup, search, department feeds and the review queue.
 *
 * <p>{@link org.oneform.sync.SyncRoot} is this module's root in the shared Eclipse Store graph. The
 * registry is a projection: it records the last applied ledger sequence so it can catch up by replay
 * (see {@code docs/decisions/0002-one-storage-two-roots.md}).
 */
package org.oneform.sync;
