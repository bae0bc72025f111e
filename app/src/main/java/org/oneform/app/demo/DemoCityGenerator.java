package org.oneform.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.oneform.forms.department.Department;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;

/**
 * Generates the demo city: one fake district (一张表示范区, region code 330187), 3 streets,
 * 9 communities, 36 grids, 5,000 households with about 12,000 residents, 800 places, the 11
 * departments and an account for every role. Pure Java, no clock, no unseeded randomness: the same
 * seed and reference day give the same city, record for record, in well under a second.
 *
 * <p>Each part draws from its own random stream ({@link Chance#stream}), so that a change to how
 * places are named does not reshuffle every resident. Hard cases for dedup are planted on purpose:
 * common names (张伟), polyphonic surnames (曾, 单), twins, and neighbours with the same name and
 * birth year.
 */
public final class DemoCityGenerator {

    static final int HOUSEHOLDS = 5_000;
    static final int PLACES = 800;
    static final int NAMESAKE_PAIRS = 12;

    private final long seed;
    private final LocalDate today;

    /**
     * @param seed  the city's seed
     * @param today the reference day: ages, the latest birth date and the baseline's timestamp follow from it
     */
    public DemoCityGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
    }

    public DemoCity generate() {
        DemoAreas areas = new DemoAreas();
        List<Department> departments = DemoDepartments.all();
        BaselineRecords baseline = new BaselineRecords(today);
        Identifiers identifiers = new Identifiers(stream("identifiers"));
        HomeAddresses homes = new HomeAddresses(stream("addresses"), areas, Estates.plan(stream("estates"), areas));

        Map<AreaId, Integer> householdsPerGrid = Chance.spread(stream("household-spread"), areas.gridIds(), HOUSEHOLDS);
        Map<AreaId, List<HomeAddress>> addresses = homes.allocate(householdsPerGrid);
        List<AreaId> gridOfPlan = new ArrayList<>();
        List<HomeAddress> addressOfPlan = new ArrayList<>();
        addresses.forEach((grid, flats) -> flats.forEach(flat -> {
            gridOfPlan.add(grid);
            addressOfPlan.add(flat);
        }));

        HouseholdComposer composer = new HouseholdComposer(stream("households"), today);
        List<HouseholdPlan> plans = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            plans.add(composer.next());
        }
        Namesakes.plant(stream("namesakes"), plans, gridOfPlan, NAMESAKE_PAIRS, today);

        Population population = new Population(stream("population"), today, identifiers, baseline);
        for (int i = 0; i < plans.size(); i++) {
            population.add(plans.get(i), gridOfPlan.get(i), addressOfPlan.get(i));
        }
        Places places = new Places(stream("places"), today, areas, homes, identifiers, baseline);

        List<GoldenRecord> records = new ArrayList<>(population.households());
        records.addAll(population.residents());
        records.addAll(places.generate(Chance.spread(stream("place-spread"), areas.gridIds(), PLACES)));
        return new DemoCity(areas.all(), departments, records,
                DemoAccounts.create(stream("accounts"), today, areas, departments));
    }

    private RandomGenerator stream(String part) {
        return Chance.stream(seed, part);
    }
}
