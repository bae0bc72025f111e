package org.oneform.sync.search;

import java.util.Objects;

import org.oneform.forms.values.GeoPoint;

/**
 * A circle on the earth for the "near" filter: subjects whose indexed location is at most
 * {@code radiusMeters} (great-circle distance) from {@code center}. See
 * docs/decisions/0023-search-filters-and-geo.md.
 *
 * @param center       the centre, e.g. the location of the place the user looks at
 * @param radiusMeters the radius in metres, finite, 0 to {@value #MAX_RADIUS_METERS}
 */
public record GeoCircle(GeoPoint center, double radiusMeters) {

    /** Half the earth's circumference: farther is everywhere. */
    public static final double MAX_RADIUS_METERS = 20_000_000;

    public GeoCircle {
        Objects.requireNonNull(center, "center: a circle needs a centre");
        if (!Double.isFinite(radiusMeters) || radiusMeters < 0 || radiusMeters > MAX_RADIUS_METERS) {
            throw new IllegalArgumentException("radiusMeters must be 0.." + (long) MAX_RADIUS_METERS + ": " + radiusMeters);
        }
    }
}
