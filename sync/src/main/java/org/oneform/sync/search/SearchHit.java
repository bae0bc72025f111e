package org.oneform.sync.search;

import java.util.Objects;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * One found subject. The index keeps no record content: resolve the id through the
 * {@link org.oneform.sync.registry.Registry} (and skip an id it no longer knows — the index may lag).
 *
 * @param score          relevance; comparable only within one result (0 when the hits are sorted by distance)
 * @param distanceMeters great-circle distance from the centre of the query's {@link SearchFilters#near}
 *                       circle, or null when the query had none
 */
public record SearchHit(SubjectId id, SubjectType type, AreaId grid, float score, Double distanceMeters) {

    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(grid, "grid");
    }

    /** A hit of a query without {@code near}. */
    public SearchHit(SubjectId id, SubjectType type, AreaId grid, float score) {
        this(id, type, grid, score, null);
    }
}
