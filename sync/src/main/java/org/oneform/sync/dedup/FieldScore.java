package org.oneform.sync.dedup;

/**
 * How one field of a probe compared with the best record of the matched cluster: the agreement level
 * (e.g. {@code EXACT}, {@code HOMOPHONE}, {@code ONE_EDIT}, {@code DIFFERENT}, {@code MISSING}) and its
 * log2 likelihood-ratio weight. A short note says what made the weight (a term frequency, a guard).
 */
public record FieldScore(String field, String level, double weight, String note) {
}
