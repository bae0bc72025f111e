/**
 * Pair scoring for dedup (internal): agreement levels per field, Fellegi–Sunter weights with
 * term-frequency adjustment ({@link org.oneform.sync.dedup.score.ValueFrequencies}), names compared
 * through pinyin readings, fuzzy pinyin and a table of look-alike characters — never by string
 * distance on Han characters. Owns the frequencies' bookkeeping, not the records.
 *
 * @see org.oneform.sync.dedup.score.Scorer
 */
package org.oneform.sync.dedup.score;
