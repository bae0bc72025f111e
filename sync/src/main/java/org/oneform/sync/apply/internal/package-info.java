/** Internals of the apply loop: one step of ledger entries, the scratch persister of a rebuild. */
package org.oneform.sync.apply.internal;
