package org.oneform.sync.search;

import java.util.Objects;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * One search-box query. A search is always limited to an area: only subjects whose grid is the
 * scope or lies inside it are found (a grid worker passes their grid, a supervisor their street).
 *
 * <p>An empty text with a filter lists what the filters match (e.g. every place within 500 m);
 * with {@link SearchFilters#near} and no text, nearest first. An empty text without a filter finds nothing.
 *
 * @param text    what was typed; any text is accepted ({@code null} counts as empty) and none makes
 *                the search fail — see the package documentation for what it understands
 * @param type    only subjects of this type, or {@code null} for all three
 * @param scope   the area to search in (district, street, community or grid)
 * @param limit   how many hits to return, 1 to {@value #MAX_LIMIT}
 * @param filters age range, place type, distance, polygon; {@code null} counts as {@link SearchFilters#NONE}
 */
public record SearchQuery(String text, SubjectType type, AreaId scope, int limit, SearchFilters filters) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        text = text == null ? "" : text;
        Objects.requireNonNull(scope, "scope: a search is always limited to an area");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        filters = filters == null ? SearchFilters.NONE : filters;
    }

    /** A query without filters. */
    public SearchQuery(String text, SubjectType type, AreaId scope, int limit) {
        this(text, type, scope, limit, SearchFilters.NONE);
    }

    /** All subject types, the first {@value #DEFAULT_LIMIT} hits. */
    public static SearchQuery of(String text, AreaId scope) {
        return new SearchQuery(text, null, scope, DEFAULT_LIMIT);
    }

    public SearchQuery withType(SubjectType type) {
        return new SearchQuery(text, type, scope, limit, filters);
    }

    public SearchQuery withLimit(int limit) {
        return new SearchQuery(text, type, scope, limit, filters);
    }

    public SearchQuery withFilters(SearchFilters filters) {
        return new SearchQuery(text, type, scope, limit, filters);
    }
}
