package org.oneform.sync.searchbench;

import java.util.ArrayList;
import java.util.List;

/**
 * Residents and places picked at an even stride while the city is generated (the city is streamed and
 * never held): what the benchmark's queries are drawn from. One set over the whole district and one over
 * the first street, each large enough for the measured queries and a separate warm-up.
 */
final class Samples {

    final List<BenchCity.Resident> districtResidents = new ArrayList<>();
    final List<BenchCity.Resident> streetResidents = new ArrayList<>();
    final List<BenchCity.Place> districtPlaces = new ArrayList<>();
    final List<BenchCity.Place> streetPlaces = new ArrayList<>();
    private final long residentStride;
    private final long streetStride;
    private final long placeStride;
    private final long streetPlaceStride;
    private final int wanted;

    /** @param wanted how many of each to keep (measured + warm-up queries) */
    Samples(long residents, int wanted) {
        this.wanted = wanted;
        long inStreet = Math.min(residents, BenchCity.RESIDENTS_PER_STREET);
        this.residentStride = Math.max(1, residents / wanted);
        this.streetStride = Math.max(1, inStreet / wanted);
        this.placeStride = Math.max(1, residents / BenchCity.RESIDENTS_PER_PLACE / wanted);
        this.streetPlaceStride = Math.max(1, inStreet / BenchCity.RESIDENTS_PER_PLACE / wanted);
    }

    void resident(BenchCity.Resident r) {
        if (r.index() % residentStride == residentStride / 2 && districtResidents.size() < wanted) {
            districtResidents.add(r);
        }
        if (r.index() < BenchCity.RESIDENTS_PER_STREET && r.index() % streetStride == streetStride / 2
                && streetResidents.size() < wanted) {
            streetResidents.add(r);
        }
    }

    void place(BenchCity.Place p) {
        if (p.index() % placeStride == placeStride / 2 && districtPlaces.size() < wanted) {
            districtPlaces.add(p);
        }
        if (p.grid().isWithin(BenchCity.firstStreet()) && p.index() % streetPlaceStride == streetPlaceStride / 2
                && streetPlaces.size() < wanted) {
            streetPlaces.add(p);
        }
    }
}
