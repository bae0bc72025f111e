package org.oneform.sync.searchbench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.values.GeoPoint;
import org.oneform.forms.values.IdNumber;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.SubjectId;

/**
 * A deterministic, streamed fake district of N residents in households, with places, as golden records
 * in batches: nothing is held beyond one batch, so 5M residents need no more memory than 1,000.
 *
 * <p>Areas: district {@value #DISTRICT_CODE}; a street per 100,000 residents, 10 communities per street,
 * 10 grids per community, 1,000 residents per grid. Households of 1–4 (head, spouse, children) in
 * estates of the community ({@code 翠竹家园3栋2单元1502室}). One place per {@value #RESIDENTS_PER_PLACE}
 * residents, in the grid of the resident just made, with a GPS point: grids are 400 m cells, a street a
 * 10 × 10 block of them, streets laid out in a square around ({@value #CENTRE_LAT}, {@value #CENTRE_LON}),
 * so there are about 50 places per 400 m cell wherever the district is measured.
 *
 * <p>ID numbers are valid (GB 11643 check character) and unique by construction: resident i's number is
 * a bijection of i (a multiplicative permutation of region × birth day × sequence × sex), so no set of
 * issued numbers is kept. Region codes 330199/330196/330195/330193 are not real districts; misses use
 * {@value #MISS_REGION}, which no resident has.
 */
final class BenchCity {

    static final String DISTRICT_CODE = "330199";
    static final AreaId DISTRICT = new AreaId(DISTRICT_CODE);
    static final int RESIDENTS_PER_GRID = 1_000;
    static final int RESIDENTS_PER_STREET = 100 * RESIDENTS_PER_GRID;
    static final int RESIDENTS_PER_PLACE = 20;
    static final double CENTRE_LAT = 30.2741;
    static final double CENTRE_LON = 120.1551;
    static final double GRID_METRES = 400;
    static final String MISS_REGION = "110199";

    private static final String[] REGIONS = {"330199", "330196", "330195", "330193"};
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int BIRTH_DAYS = 29_200;
    private static final int SEQUENCES = 500;
    private static final long ID_SPACE = (long) REGIONS.length * BIRTH_DAYS * SEQUENCES * 2;
    /** Prime, coprime with {@link #ID_SPACE} (whose factors are 2, 5 and 73): i → i·A mod space is a bijection. */
    private static final long ID_MULTIPLIER = 1_000_003L;
    private static final int[] MOBILE_PREFIXES = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155,
        156, 157, 158, 159, 180, 181, 182, 183, 185, 186, 187, 188, 189};
    private static final Provenance BASELINE = new Provenance("baseline:search-bench", "system", Instant.EPOCH, 0, 0);

    /** What the sampler sees of a resident (with the address fragment a worker would type). */
    record Resident(long index, AreaId grid, String name, String idNumber, String phone, String addressFragment) {
    }

    /** What the sampler sees of a place. */
    record Place(long index, AreaId grid, GeoPoint location) {
    }

    private final long residents;
    private final SplittableRandom random;
    private final int streetSide;

    BenchCity(long residents, long seed) {
        this.residents = residents;
        this.random = new SplittableRandom(seed);
        long streets = (residents + RESIDENTS_PER_STREET - 1) / RESIDENTS_PER_STREET;
        this.streetSide = (int) Math.ceil(Math.sqrt(streets));
    }

    /** The street of the first resident: the one-street scope of the benchmark. */
    static AreaId firstStreet() {
        return new AreaId(DISTRICT_CODE + ".001");
    }

    /**
     * Generates everything: residents, their households and places, handed over in batches of about
     * {@code batchSize} records; the observers see each resident and place as it is made.
     */
    void generate(int batchSize, Consumer<List<GoldenRecord>> batches, Consumer<Resident> residentSeen,
            Consumer<Place> placeSeen) {
        List<GoldenRecord> batch = new ArrayList<>(batchSize + 8);
        long made = 0;
        long household = 0;
        long places = 0;
        Set<String> namesInHousehold = new HashSet<>();
        while (made < residents) {
            long gridIndex = made / RESIDENTS_PER_GRID;
            AreaId grid = grid(gridIndex);
            long community = gridIndex / 10;
            String estate = estate(community, random.nextInt(4));
            int building = 1 + random.nextInt(30);
            int unit = 1 + random.nextInt(4);
            String room = Integer.toString((1 + random.nextInt(18)) * 100 + 1 + random.nextInt(4));
            String fragment = estate + building + "栋" + unit + "单元";
            SubjectId householdId = new SubjectId(String.format("H%08d", ++household));
            int size = (int) Math.min(residents - made, householdSize());
            String surname = CityTables.surname(random);
            String homePhone = mobile(random);
            String headName = null;
            namesInHousehold.clear();
            for (int member = 0; member < size; member++) {
                long index = made++;
                String id = idNumber(index);
                boolean male = (id.charAt(16) - '0') % 2 == 1;
                String family = member == 1 ? CityTables.surname(random) : surname;
                String name;
                do {
                    name = family + CityTables.given(random, male);
                } while (!namesInHousehold.add(name));
                String phone = random.nextDouble() < 0.15 ? null : random.nextDouble() < 0.3 ? homePhone : mobile(random);
                String relation = member == 0 ? "self" : member == 1 ? "spouse" : "child";
                headName = member == 0 ? name : headName;
                batch.add(record(String.format("R%08d", index + 1), SubjectType.RESIDENT, grid,
                        "resident.name", name, "resident.gender", male ? "male" : "female",
                        "resident.birth_date", birthDate(id).toString(), "resident.id_number", id,
                        "resident.phone", phone, "resident.household_id", householdId.value(),
                        "resident.relation_to_head", relation));
                residentSeen.accept(new Resident(index, grid, name, id, phone, fragment));
                if (made % RESIDENTS_PER_PLACE == 0) {
                    GeoPoint location = location(gridIndex);
                    batch.add(place(++places, grid, gridIndex, location));
                    placeSeen.accept(new Place(places, grid, location));
                }
            }
            batch.add(new GoldenRecord(householdId, SubjectType.HOUSEHOLD, grid, fields(
                    "household.head_name", headName, "household.address", fragment + room + "室",
                    "household.address_estate", estate, "household.address_building", Integer.toString(building),
                    "household.address_unit", Integer.toString(unit), "household.address_room", room)));
            if (batch.size() >= batchSize) {
                batches.accept(batch);
                batch = new ArrayList<>(batchSize + 8);
            }
        }
        if (!batch.isEmpty()) {
            batches.accept(batch);
        }
    }

    /** Resident i's ID number: unique for every i below the size of the number space (116.8M). */
    static String idNumber(long index) {
        return idNumber(REGIONS, index);
    }

    /** A valid ID number of a region no resident has: never found. */
    static String missingIdNumber(long index) {
        return idNumber(new String[] {MISS_REGION}, index);
    }

    private static String idNumber(String[] regions, long index) {
        long p = Math.floorMod(index * ID_MULTIPLIER + 12_345, ID_SPACE);
        int sex = (int) (p % 2);
        p /= 2;
        int sequence = (int) (p % SEQUENCES) * 2 + sex;
        p /= SEQUENCES;
        LocalDate birth = FIRST_BIRTH.plusDays(p % BIRTH_DAYS);
        String region = regions[(int) (p / BIRTH_DAYS) % regions.length];
        String first17 = region + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), sequence);
        return first17 + IdNumber.checkDigit(first17);
    }

    private static LocalDate birthDate(String id) {
        return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }

    static String mobile(SplittableRandom random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    /** 1 to 4 people, 2.4 on average. */
    private int householdSize() {
        double pick = random.nextDouble();
        return pick < 0.25 ? 1 : pick < 0.55 ? 2 : pick < 0.8 ? 3 : 4;
    }

    /** Grid g: street g/100, community (g/10)%10, grid g%10, numbered from 1. */
    static AreaId grid(long gridIndex) {
        return new AreaId(String.format("%s.%03d.%03d.%02d", DISTRICT_CODE, gridIndex / 100 + 1,
                gridIndex / 10 % 10 + 1, gridIndex % 10 + 1));
    }

    /** One of the four estates of a community (names repeat across the district, as real ones do). */
    private static String estate(long community, int which) {
        List<String> words = CityTables.ESTATE_WORDS;
        List<String> suffixes = CityTables.ESTATE_SUFFIXES;
        long h = community * 4 + which;
        return words.get((int) (h * 7 % words.size())) + suffixes.get((int) (h * 3 / words.size() % suffixes.size()));
    }

    /** A point in the grid's 400 m cell. */
    private GeoPoint location(long gridIndex) {
        long street = gridIndex / 100;
        long row = street / streetSide * 10 + gridIndex / 10 % 10;
        long col = street % streetSide * 10 + gridIndex % 10;
        double half = streetSide * 10 * GRID_METRES / 2;
        double north = row * GRID_METRES + random.nextDouble() * GRID_METRES - half;
        double east = col * GRID_METRES + random.nextDouble() * GRID_METRES - half;
        double lat = CENTRE_LAT + north / 111_320;
        double lon = CENTRE_LON + east / (111_320 * Math.cos(Math.toRadians(CENTRE_LAT)));
        return new GeoPoint(BigDecimal.valueOf(lat).setScale(6, RoundingMode.HALF_UP),
                BigDecimal.valueOf(lon).setScale(6, RoundingMode.HALF_UP));
    }

    private GoldenRecord place(long number, AreaId grid, long gridIndex, GeoPoint location) {
        String[] kind = CityTables.PLACE_KINDS[random.nextInt(CityTables.PLACE_KINDS.length)];
        List<String> words = List.of(kind[1].split(" "));
        String road = CityTables.pick(random, CityTables.ROADS);
        String name = CityTables.pick(random, CityTables.BRANDS) + CityTables.pick(random, words)
                + (random.nextDouble() < 0.3 ? "(" + road + "店)" : "");
        return record(String.format("P%08d", number), SubjectType.PLACE, grid, "place.name", name,
                "place.type", kind[0], "place.address", road + (1 + random.nextInt(400)) + "号",
                "place.location", location.value(), "place.contact_phone", mobile(random));
    }

    private static GoldenRecord record(String id, SubjectType type, AreaId grid, String... fieldsAndValues) {
        return new GoldenRecord(new SubjectId(id), type, grid, fields(fieldsAndValues));
    }

    private static Map<String, FieldValue> fields(String... fieldsAndValues) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] != null) {
                fields.put(fieldsAndValues[i], new FieldValue(fieldsAndValues[i + 1], BASELINE));
            }
        }
        return fields;
    }

    /** A fresh resident for the visibility test: a number no generated resident has. */
    static GoldenRecord newcomer(int k, String idNumber) {
        return record(String.format("N%08d", k), SubjectType.RESIDENT, grid(0), "resident.name", "亓鼋鼍",
                "resident.gender", "male", "resident.birth_date", birthDate(idNumber).toString(),
                "resident.id_number", idNumber);
    }
}
