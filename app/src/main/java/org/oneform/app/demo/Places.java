package org.oneform.app.demo;

import static org.oneform.app.demo.Chance.between;
import static org.oneform.app.demo.Chance.chance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.oneform.app.demo.Identifiers.Organisation;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;

/**
 * Generates the places (场所) of each grid: kind, signboard name, address on a road or on an estate's
 * ground floor, GPS point, contact person and phone, and — for everything but construction sites — a
 * unified social credit code.
 */
final class Places {

    private final RandomGenerator random;
    private final LocalDate today;
    private final DemoAreas areas;
    private final HomeAddresses homes;
    private final Identifiers identifiers;
    private final BaselineRecords baseline;
    private final Roads roads;
    private final GridMap map;
    private final PlaceNames names;

    Places(RandomGenerator random, LocalDate today, DemoAreas areas, HomeAddresses homes, Identifiers identifiers,
           BaselineRecords baseline) {
        this.random = random;
        this.today = today;
        this.areas = areas;
        this.homes = homes;
        this.identifiers = identifiers;
        this.baseline = baseline;
        this.roads = new Roads(random);
        this.map = new GridMap(areas);
        this.names = new PlaceNames(random);
    }

    List<GoldenRecord> generate(Map<AreaId, Integer> placesPerGrid) {
        List<GoldenRecord> records = new ArrayList<>();
        placesPerGrid.forEach((grid, count) -> {
            for (int i = 0; i < count; i++) {
                records.add(place(records.size() + 1, grid));
            }
        });
        return records;
    }

    private GoldenRecord place(int number, AreaId grid) {
        PlaceKind kind = PlaceKind.WEIGHTED.pick(random);
        int street = areas.streetIndex(grid);
        String road = roads.pick(street);
        String estate = homes.estateOf(grid).name();
        String address = kind.mayBeInAnEstate() && chance(random, 0.3)
                ? roads.address(estate + "商铺", 120)
                : roads.address(road);
        Organisation organisation = kind.organisation(random);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("place.name", names.name(kind, areaWords(street, estate), road));
        p.put("place.type", kind.code());
        p.put("place.address", address);
        p.put("place.location", map.pointIn(grid, random));
        p.put("place.contact_name", Names.full(random, today.getYear() - between(random, 25, 65)));
        p.put("place.contact_phone", chance(random, 0.75) ? identifiers.mobile() : identifiers.landline());
        p.put("place.credit_code", organisation == null ? null : identifiers.creditCode(organisation));
        return baseline.record(BaselineRecords.subjectId(SubjectType.PLACE, number), SubjectType.PLACE, grid, p);
    }

    /** The place words around a grid: its street (twice as likely), its estate, its street's roads. */
    private List<String> areaWords(int street, String estate) {
        List<String> words = new ArrayList<>();
        words.add(DemoAreas.STREET_WORDS.get(street));
        words.add(DemoAreas.STREET_WORDS.get(street));
        words.add(estate.substring(0, 2));
        for (String road : roads.ofStreet(street)) {
            words.add(road.substring(0, road.length() - 1));
        }
        return words;
    }
}
