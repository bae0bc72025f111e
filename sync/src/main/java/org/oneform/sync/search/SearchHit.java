package org.oneform.sync.search;

import java.util.Objects;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * One found subject. The index keeps no record content: resolve the id through the
 * {@link org.oneform.sync.registry.Registry} (and skip an id it no longer knows — the index may lag).
 *
 * @param score relevance; comparable only within one result
 */
public record SearchHit(SubjectId id, SubjectType type, AreaId grid, float score) {

    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(grid, "grid");
    }
}
