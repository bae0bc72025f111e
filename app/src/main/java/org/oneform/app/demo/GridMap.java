package org.oneform.app.demo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.oneform.forms.values.GeoPoint;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;

/**
 * Where the grids are on the map: around a fake city centre at 30.27 N, 120.15 E, each street in
 * its own direction about 1.8 km out, communities 0.7 km around their street, grids 0.3 km around
 * their community. Everything lies within about 3.5 km of the centre.
 */
final class GridMap {

    static final double CENTRE_LAT = 30.27;
    static final double CENTRE_LON = 120.15;
    private static final double KM_PER_DEGREE_LAT = 111.2;
    private static final double KM_PER_DEGREE_LON = 111.32 * Math.cos(Math.toRadians(CENTRE_LAT));
    private static final double SPREAD_KM = 0.12;
    private static final double MAX_OFFSET_KM = 0.35;

    /** Grid centre in km east and north of the city centre. */
    private record Point(double eastKm, double northKm) {
    }

    private final Map<AreaId, Point> centres = new HashMap<>();

    GridMap(DemoAreas areas) {
        for (Area grid : areas.grids()) {
            int street = areas.streetIndex(grid.id());
            int community = areas.communityIndex(grid.id()) % DemoAreas.COMMUNITIES_PER_STREET;
            int cell = areas.gridInCommunity(grid.id());
            double a1 = Math.toRadians(90 + 120 * street);
            double a2 = a1 + Math.toRadians(120 * community - 120);
            double a3 = Math.toRadians(45 + 90 * cell);
            centres.put(grid.id(), new Point(
                    1.8 * Math.cos(a1) + 0.7 * Math.cos(a2) + 0.3 * Math.cos(a3),
                    1.8 * Math.sin(a1) + 0.7 * Math.sin(a2) + 0.3 * Math.sin(a3)));
        }
    }

    /**
     * A point near the grid's centre as its stored text ({@link GeoPoint#value()}: {@code "lat lon"}, six decimals at
     * most, about 0.1 m), so a tablet sending the same point back stores the same text.
     */
    String pointIn(AreaId grid, RandomGenerator random) {
        Point centre = centres.get(grid);
        double east = Math.clamp(random.nextGaussian() * SPREAD_KM, -MAX_OFFSET_KM, MAX_OFFSET_KM);
        double north = Math.clamp(random.nextGaussian() * SPREAD_KM, -MAX_OFFSET_KM, MAX_OFFSET_KM);
        double lat = CENTRE_LAT + (centre.northKm() + north) / KM_PER_DEGREE_LAT;
        double lon = CENTRE_LON + (centre.eastKm() + east) / KM_PER_DEGREE_LON;
        return GeoPoint.parse(String.format(Locale.ROOT, "%.6f %.6f", lat, lon)).orElseThrow().value();
    }
}
