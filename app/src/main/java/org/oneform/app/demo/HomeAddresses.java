package org.oneform.app.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.oneform.sync.area.AreaId;

/**
 * Gives every household a flat. The four grids of a community share its two estates, each grid a
 * block of consecutive buildings, about three flats in four occupied; a grid's addresses come back in
 * walking order, so neighbouring households are neighbours.
 */
final class HomeAddresses {

    private static final double OCCUPANCY = 0.75;

    private final RandomGenerator random;
    private final DemoAreas areas;
    private final List<List<Estate>> estates;

    HomeAddresses(RandomGenerator random, DemoAreas areas, List<List<Estate>> estates) {
        this.random = random;
        this.areas = areas;
        this.estates = estates;
    }

    /** The estate a grid's homes are in. */
    Estate estateOf(AreaId grid) {
        int perEstate = DemoAreas.GRIDS_PER_COMMUNITY / Estates.PER_COMMUNITY;
        return estates.get(areas.communityIndex(grid)).get(areas.gridInCommunity(grid) / perEstate);
    }

    /** {@code count} distinct flats per grid, in walking order. */
    Map<AreaId, List<HomeAddress>> allocate(Map<AreaId, Integer> householdsPerGrid) {
        Map<String, Integer> nextBuilding = new HashMap<>();
        Map<AreaId, List<HomeAddress>> result = new LinkedHashMap<>();
        householdsPerGrid.forEach((grid, count) -> {
            Estate estate = estateOf(grid);
            List<HomeAddress> flats = new ArrayList<>();
            int building = nextBuilding.getOrDefault(estate.name(), 1);
            while (flats.size() < count / OCCUPANCY) {
                addFlats(estate, building++, flats);
            }
            nextBuilding.put(estate.name(), building);
            List<HomeAddress> chosen = new ArrayList<>(Chance.shuffled(random, flats).subList(0, count));
            chosen.sort(HomeAddress.WALKING_ORDER);
            result.put(grid, chosen);
        });
        return result;
    }

    private static void addFlats(Estate estate, int building, List<HomeAddress> flats) {
        for (int unit = 1; unit <= estate.unitsPerBuilding(); unit++) {
            for (int floor = 1; floor <= estate.floors(); floor++) {
                for (int door = 1; door <= estate.doorsPerFloor(); door++) {
                    flats.add(new HomeAddress(estate.name(), building, unit, floor, door));
                }
            }
        }
    }
}
