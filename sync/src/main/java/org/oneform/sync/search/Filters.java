package org.oneform.sync.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.Polygon;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.oneform.forms.values.GeoPoint;

/**
 * {@link SearchFilters} as Lucene filter clauses (no scoring): the age range as a range of birth
 * days, the place type as a term, {@code near} and {@code within} as point queries on the location.
 * See docs/decisions/0023-search-filters-and-geo.md.
 */
final class Filters {

    private Filters() {
    }

    static List<Query> of(SearchFilters filters) {
        List<Query> queries = new ArrayList<>(4);
        if (filters.minAge() != null || filters.maxAge() != null) {
            queries.add(age(filters.minAge(), filters.maxAge(), filters.day()));
        }
        if (filters.placeType() != null) {
            queries.add(new TermQuery(new Term(IndexSchema.PLACE_TYPE, filters.placeType())));
        }
        if (filters.near() != null) {
            GeoPoint center = filters.near().center();
            queries.add(LatLonPoint.newDistanceQuery(IndexSchema.LOCATION, center.lat().doubleValue(),
                    center.lon().doubleValue(), filters.near().radiusMeters()));
        }
        if (filters.within() != null) {
            queries.add(LatLonPoint.newPolygonQuery(IndexSchema.LOCATION, polygon(filters.within())));
        }
        return queries;
    }

    /**
     * Residents aged {@code min..max} whole years on {@code today}: born on or before {@code today}
     * minus {@code min} years (they have had their min-th birthday), and after {@code today} minus
     * {@code max + 1} years (they have not had their (max+1)-th). Matches {@code Period.between}, also
     * for 29 February.
     */
    static Query age(Integer min, Integer max, LocalDate today) {
        int from = max == null ? Integer.MIN_VALUE : (int) today.minusYears(max + 1L).plusDays(1).toEpochDay();
        int to = min == null ? Integer.MAX_VALUE : (int) today.minusYears(min).toEpochDay();
        return IntPoint.newRangeQuery(IndexSchema.BIRTH_DAY, from, to);
    }

    /** Lucene's polygon: closed explicitly (first vertex repeated at the end). */
    static Polygon polygon(GeoPolygon polygon) {
        List<GeoPoint> vertices = polygon.vertices();
        int n = vertices.size();
        double[] lats = new double[n + 1];
        double[] lons = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            GeoPoint vertex = vertices.get(i % n);
            lats[i] = vertex.lat().doubleValue();
            lons[i] = vertex.lon().doubleValue();
        }
        return new Polygon(lats, lons);
    }
}
