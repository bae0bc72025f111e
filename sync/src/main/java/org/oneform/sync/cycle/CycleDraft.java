package org.oneform.sync.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * A cycle as someone entered it, before any check ({@link Cycles#define}). Any part may be missing.
 *
 * @param name  e.g. 2026年12月入户走访
 * @param types the subject types to visit
 * @param areas streets, communities or grids
 * @param start the first day
 * @param due   the last day
 */
public record CycleDraft(String name, Set<SubjectType> types, List<AreaId> areas, LocalDate start, LocalDate due) {
}
