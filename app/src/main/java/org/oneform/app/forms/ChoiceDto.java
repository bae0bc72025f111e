package org.oneform.app.forms;

/**
 * One option of a choice field on the wire.
 *
 * @param code  the stored value (a multiple choice stores its codes joined by spaces)
 * @param label what the grid worker reads
 */
public record ChoiceDto(String code, LocalizedText label) {
}
