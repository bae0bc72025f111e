package org.oneform.sync.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.oneform.forms.values.GeoPoint;

/**
 * A polygon on the earth for the "within" filter (e.g. a grid's boundary drawn on a map): subjects
 * whose indexed location lies inside. Closed implicitly: the last vertex connects to the first (a
 * repeated first vertex at the end is accepted and dropped). No holes; edges are straight in
 * latitude/longitude, as Lucene's {@code LatLonPoint.newPolygonQuery} treats them.
 *
 * @param vertices at least three distinct corners, in order (either direction)
 */
public record GeoPolygon(List<GeoPoint> vertices) {

    public GeoPolygon {
        Objects.requireNonNull(vertices, "vertices");
        List<GeoPoint> open = new ArrayList<>(vertices);
        if (open.contains(null)) {
            throw new IllegalArgumentException("vertices: a polygon's corner is missing");
        }
        if (open.size() > 1 && open.getFirst().equals(open.getLast())) {
            open.removeLast();
        }
        if (open.stream().distinct().count() < 3) {
            throw new IllegalArgumentException("vertices: a polygon needs at least 3 distinct corners, got " + open.size());
        }
        vertices = List.copyOf(open);
    }
}
