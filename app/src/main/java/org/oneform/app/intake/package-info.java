/**
 * Wires sync's intake ledger, attachments, review queue, dedup matcher and apply loop into the
 * application: catch-up before the app reports ready, the loop's thread for its lifetime, its health,
 * and the {@code rebuild} command ({@code bin/oneform rebuild}). HTTP for devices is {@code app.collect}'s.
 */
package org.oneform.app.intake;
