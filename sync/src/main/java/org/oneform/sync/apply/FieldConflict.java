package org.oneform.sync.apply;

import org.oneform.sync.registry.FieldValue;

/**
 * A field changed twice from the same base: {@code current} stands, {@code proposed} waits for review.
 *
 * @param fieldId  the field
 * @param current  the value that stands, with its provenance
 * @param proposed the value held back
 * @param baseSeq  the base the proposing worker edited from, or -1 when they named none
 */
public record FieldConflict(String fieldId, FieldValue current, String proposed, long baseSeq) {
}
