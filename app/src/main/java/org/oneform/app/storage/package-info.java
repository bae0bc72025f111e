/**
 * Storage wiring for the embedded default: one data directory ({@code oneform.data-dir}) holding the
 * H2 database file ({@code h2/}), the Eclipse Store storage ({@code store/}) and the Lucene index
 * ({@code lucene/}); a process-wide lock so a second OneForm on the same directory refuses to start;
 * the single Eclipse Store manager with the forms and sync roots.
 *
 * <p>Why it is shaped this way: {@code docs/decisions/0001-embedded-default-storage.md} and
 * {@code docs/decisions/0002-one-storage-two-roots.md}.
 */
package org.oneform.app.storage;
