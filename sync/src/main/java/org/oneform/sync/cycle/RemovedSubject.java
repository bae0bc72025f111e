package org.oneform.sync.cycle;

import java.time.Instant;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * A subject that left the cycle's areas during the window, so it is no longer expected.
 *
 * @param id       the golden record
 * @param type     its subject type
 * @param fromGrid the grid of the cycle it left
 * @param toGrid   where it is now
 * @param at       when the move was received
 * @param by       who collected the submission that moved it
 */
public record RemovedSubject(SubjectId id, SubjectType type, AreaId fromGrid, AreaId toGrid, Instant at, String by) {
}
