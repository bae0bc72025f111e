/**
 * Normalisation for dedup (internal): raw person fields into the canonical forms the scorer and the
 * blocking index compare — {@link org.oneform.sync.dedup.normal.IdKey} (GB 11643 via
 * {@code forms.values.IdNumber}, kept digit-comparable when invalid), phones via
 * {@code forms.values.Phone} (libphonenumber), {@link org.oneform.sync.dedup.normal.Name} with all pinyin
 * readings per character, birth dates in the usual spellings, and addresses split into components by
 * {@link org.oneform.sync.dedup.normal.AddressParser}. Pure functions; thread-safe. Owns no state.
 */
package org.oneform.sync.dedup.normal;
