package org.oneform.app.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oneform.app.accounts.Role;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.values.CreditCode;
import org.oneform.forms.values.GeoPoint;
import org.oneform.forms.values.IdNumber;
import org.oneform.forms.values.Phone;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;

class DemoCityGeneratorTest {

    private static final long SEED = 20261122L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /**
     * SHA-256 of a few records of the city for {@link #SEED}. It changes when the generator changes on
     * purpose; update it then (the failure message shows the records it was computed from).
     */
    private static final String GOLDEN_HASH = "1e4c37b070d9a7a3e210903ef59ad79deb51826c4371a620ec57f18146c7f369";

    private static DemoCity city;
    private static List<GoldenRecord> residents;
    private static List<GoldenRecord> households;
    private static List<GoldenRecord> places;

    @BeforeAll
    static void generate() {
        city = new DemoCityGenerator(SEED, TODAY).generate();
        residents = ofType(SubjectType.RESIDENT);
        households = ofType(SubjectType.HOUSEHOLD);
        places = ofType(SubjectType.PLACE);
    }

    @Test
    void countsAreInRange() {
        assertThat(city.areas()).hasSize(1 + 3 + 9 + 36);
        assertThat(households).hasSize(5_000);
        assertThat(residents).hasSizeBetween(11_000, 13_000);
        assertThat(places).hasSize(800);
        assertThat(city.departments()).hasSize(11);
        assertThat(city.accounts()).hasSize(1 + 11 + 3 + 36);
        Map<AreaId, Long> perGrid = households.stream().collect(groupingBy(GoldenRecord::grid, counting()));
        assertThat(perGrid).hasSize(36);
        assertThat(perGrid.values()).allMatch(n -> n >= 70 && n <= 220);
        assertThat(Set.copyOf(perGrid.values())).as("not perfectly even").hasSizeGreaterThan(10);
    }

    @Test
    void areasFormTheDottedTree() {
        Map<AreaLevel, List<Area>> byLevel = city.areas().stream().collect(groupingBy(Area::level));
        assertThat(byLevel.get(AreaLevel.DISTRICT)).singleElement().satisfies(d -> {
            assertThat(d.id().value()).isEqualTo("330187");
            assertThat(d.name()).isEqualTo("一张表示范区");
        });
        assertThat(byLevel.get(AreaLevel.STREET)).extracting(a -> a.id().value())
                .containsExactly("330187.001", "330187.002", "330187.003");
        assertThat(byLevel.get(AreaLevel.STREET)).extracting(Area::name).containsExactly("清河街道", "望江街道", "文澜街道");
        assertThat(byLevel.get(AreaLevel.COMMUNITY)).hasSize(9).first()
                .satisfies(c -> assertThat(c.name()).isEqualTo("清河一社区"))
                .satisfies(c -> assertThat(c.id().value()).isEqualTo("330187.001.001"));
        assertThat(byLevel.get(AreaLevel.GRID)).hasSize(36).first()
                .satisfies(g -> assertThat(g.name()).isEqualTo("第1网格"))
                .satisfies(g -> assertThat(g.id().value()).isEqualTo("330187.001.001.01"));
        Set<AreaId> grids = byLevel.get(AreaLevel.GRID).stream().map(Area::id).collect(Collectors.toSet());
        assertThat(city.records()).allMatch(r -> grids.contains(r.grid()));
    }

    @Test
    void subjectIdsAreSequentialPerType() {
        assertThat(residents.getFirst().id().value()).isEqualTo("R00000001");
        assertThat(households.getFirst().id().value()).isEqualTo("H00000001");
        assertThat(places.getLast().id().value()).isEqualTo("P00000800");
        assertThat(city.records().stream().map(r -> r.id().value()).distinct()).hasSize(city.records().size());
    }

    @Test
    void everyIdNumberIsValidUniqueAndMatchesTheResident() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (GoldenRecord r : residents) {
            String value = r.text("resident.id_number");
            var parsed = IdNumber.parse(value, TODAY).toOptional();
            if (parsed.isEmpty()) {
                problems.add(r.id() + ": invalid " + IdNumber.parse(value, TODAY));
                continue;
            }
            IdNumber id = parsed.get();
            if (!id.value().equals(value) || !id.regionCode().equals("330187")
                    || !id.birthDate().toString().equals(r.text("resident.birth_date"))
                    || id.isMale() != r.text("resident.gender").equals("male")) {
                problems.add(r.id() + ": " + id + " does not match the resident");
            }
            if (!seen.add(value)) {
                problems.add(r.id() + ": duplicate " + id);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void residentsHaveEveryFieldAndPlausibleValues() {
        Set<String> householdIds = households.stream().map(h -> h.id().value()).collect(Collectors.toSet());
        Set<String> relations = Set.of("head", "spouse", "child", "parent", "grandchild", "sibling", "other");
        Set<String> required = Set.of("resident.name", "resident.gender", "resident.birth_date", "resident.id_number",
                "resident.household_id", "resident.relation_to_head", "resident.ethnicity");
        List<String> problems = new ArrayList<>();
        for (GoldenRecord r : residents) {
            String name = r.text("resident.name");
            String phone = r.value("resident.phone").orElse(null);
            if (!r.fields().keySet().containsAll(required)
                    || name.length() < 2 || name.length() > 4
                    || !Set.of("male", "female").contains(r.text("resident.gender"))
                    || !householdIds.contains(r.text("resident.household_id"))
                    || !relations.contains(r.text("resident.relation_to_head"))
                    || phone != null && !Phone.parse(phone).toOptional().filter(p -> p.value().equals(phone) && p.isMobile()).isPresent()) {
                problems.add(r.id() + " " + r.fields().keySet());
            }
        }
        assertThat(problems).isEmpty();
        Map<String, Long> ethnicities = residents.stream().collect(groupingBy(r -> r.text("resident.ethnicity"), counting()));
        assertThat(ethnicities.get("han")).isGreaterThan(residents.size() * 9L / 10);
        assertThat(ethnicities).containsKeys("hui", "manchu", "she");
    }

    @Test
    void adultsHavePhonesAndMostSmallChildrenDoNot() {
        long adults = residents.stream().filter(r -> age(r) >= 18 && age(r) < 70).count();
        long adultsWithPhone = residents.stream().filter(r -> age(r) >= 18 && age(r) < 70 && r.value("resident.phone").isPresent()).count();
        long small = residents.stream().filter(r -> age(r) < 12).count();
        long smallWithPhone = residents.stream().filter(r -> age(r) < 12 && r.value("resident.phone").isPresent()).count();
        assertThat(adultsWithPhone).isGreaterThan(adults * 9 / 10);
        assertThat(smallWithPhone).isLessThan(small / 10);
    }

    @Test
    void theAgePyramidHasChildrenWorkersAndManyElderly() {
        double n = residents.size();
        double children = residents.stream().filter(r -> age(r) < 15).count() / n;
        double elderly = residents.stream().filter(r -> age(r) >= 60).count() / n;
        double eighty = residents.stream().filter(r -> age(r) >= 80).count() / n;
        assertThat(children).isBetween(0.08, 0.25);
        assertThat(elderly).isBetween(0.20, 0.45);
        assertThat(eighty).isBetween(0.02, 0.15);
        assertThat(residents).allMatch(r -> age(r) >= 0 && age(r) < 100);
    }

    @Test
    void everyHouseholdHasExactlyOneHeadAndItsMemberCount() {
        Map<String, List<GoldenRecord>> members = byHousehold();
        for (GoldenRecord h : households) {
            List<GoldenRecord> own = members.get(h.id().value());
            assertThat(own).as("members of %s", h.id()).isNotEmpty();
            assertThat(own).filteredOn(r -> r.text("resident.relation_to_head").equals("head")).hasSize(1)
                    .first().satisfies(head -> assertThat(head.text("resident.name")).isEqualTo(h.text("household.head_name")));
            assertThat(h.text("household.member_count")).isEqualTo(Integer.toString(own.size()));
            assertThat(own).allMatch(r -> r.grid().equals(h.grid()));
        }
        double average = (double) residents.size() / households.size();
        assertThat(average).isBetween(2.2, 2.6);
    }

    @Test
    void agesAreConsistentWithRelations() {
        Map<String, List<GoldenRecord>> members = byHousehold();
        for (List<GoldenRecord> own : members.values()) {
            LocalDate head = own.stream().filter(r -> r.text("resident.relation_to_head").equals("head"))
                    .map(DemoCityGeneratorTest::birth).findFirst().orElseThrow();
            for (GoldenRecord r : own) {
                long yearsAfterHead = ChronoUnit.YEARS.between(head, birth(r));
                switch (r.text("resident.relation_to_head")) {
                    case "child" -> assertThat(yearsAfterHead).as("%s is the head's child", r.id()).isGreaterThanOrEqualTo(16);
                    case "grandchild" -> assertThat(yearsAfterHead).as("%s is a grandchild", r.id()).isGreaterThanOrEqualTo(32);
                    case "parent" -> assertThat(ChronoUnit.YEARS.between(birth(r), head)).as("%s is a parent", r.id()).isGreaterThanOrEqualTo(16);
                    case "spouse" -> assertThat(age(r)).as("%s is married", r.id()).isGreaterThanOrEqualTo(20);
                    default -> { }
                }
            }
        }
    }

    @Test
    void householdsContainEveryKindOfRelation() {
        Map<String, Long> relations = residents.stream().collect(groupingBy(r -> r.text("resident.relation_to_head"), counting()));
        assertThat(relations).containsOnlyKeys("head", "spouse", "child", "parent", "grandchild", "sibling", "other");
        assertThat(relations.get("head")).isEqualTo(5_000L);
    }

    @Test
    void childrenMostlyShareASurnameWithAParent() {
        Map<String, List<GoldenRecord>> members = byHousehold();
        long children = 0;
        long sharing = 0;
        for (List<GoldenRecord> own : members.values()) {
            Set<Character> parentSurnames = own.stream()
                    .filter(r -> Set.of("head", "spouse").contains(r.text("resident.relation_to_head")))
                    .map(r -> r.text("resident.name").charAt(0)).collect(Collectors.toSet());
            for (GoldenRecord r : own) {
                if (r.text("resident.relation_to_head").equals("child") && own.size() > 2) {
                    children++;
                    sharing += parentSurnames.contains(r.text("resident.name").charAt(0)) ? 1 : 0;
                }
            }
        }
        assertThat(sharing).isGreaterThan(children * 85 / 100);
    }

    @Test
    void commonNamesCollideAndTheSurnameTableLooksReal() {
        Map<String, Long> names = residents.stream().collect(groupingBy(r -> r.text("resident.name"), counting()));
        assertThat(names.values().stream().filter(n -> n > 1).count()).as("names shared by several residents").isGreaterThan(100);
        Map<String, Long> surnames = residents.stream()
                .collect(groupingBy(r -> r.text("resident.name").substring(0, 1), counting()));
        List<String> top3 = surnames.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(3).map(Map.Entry::getKey).toList();
        assertThat(top3).containsExactlyInAnyOrder("王", "李", "张");
        assertThat(surnames).containsKeys("曾", "单");
        assertThat(surnames.size()).as("a long tail of surnames").isGreaterThan(100);
        assertThat(residents).anyMatch(r -> r.text("resident.name").matches(".+[长乐重].*"));
    }

    @Test
    void neighboursWithTheSameNameAndBirthYearExist() {
        Map<String, List<GoldenRecord>> alike = residents.stream().collect(groupingBy(
                r -> r.grid() + "|" + r.text("resident.name") + "|" + r.text("resident.birth_date").substring(0, 4)));
        long neighbourPairs = alike.values().stream().filter(group -> group.size() == 2).filter(pair -> {
            int a = Integer.parseInt(pair.get(0).text("resident.household_id").substring(1));
            int b = Integer.parseInt(pair.get(1).text("resident.household_id").substring(1));
            return a != b && Math.abs(a - b) <= 6
                    && !pair.get(0).text("resident.id_number").equals(pair.get(1).text("resident.id_number"));
        }).count();
        assertThat(neighbourPairs).isGreaterThanOrEqualTo(DemoCityGenerator.NAMESAKE_PAIRS - 2);
    }

    @Test
    void twinsExist() {
        long twinPairs = byHousehold().values().stream().mapToLong(own -> own.stream()
                .filter(r -> Set.of("child", "grandchild").contains(r.text("resident.relation_to_head")))
                .collect(groupingBy(r -> r.text("resident.birth_date"), counting()))
                .values().stream().filter(n -> n > 1).count()).sum();
        assertThat(twinPairs).isGreaterThanOrEqualTo(5);
    }

    @Test
    void householdAddressesAreStructuredAndUnique() {
        Set<String> seen = new HashSet<>();
        for (GoldenRecord h : households) {
            String composed = h.text("household.address_estate") + h.text("household.address_building") + "栋"
                    + h.text("household.address_unit") + "单元" + h.text("household.address_room") + "室";
            assertThat(h.text("household.address")).isEqualTo(composed).matches(".+\\d+栋\\d单元\\d{3,4}室");
            assertThat(h.text("household.housing_type")).isIn("owned", "rented", "public");
            assertThat(seen.add(composed)).as("unique %s", composed).isTrue();
        }
        assertThat(households).anyMatch(h -> h.text("household.address").startsWith("清河家园"));
    }

    @Test
    void placesHaveValidCreditCodesCoordinatesAndContacts() {
        Set<String> types = Set.of("shop", "restaurant", "school", "kindergarten", "clinic", "pharmacy", "factory",
                "warehouse", "hotel", "internet_cafe", "elderly_care", "construction_site", "office");
        Set<String> codes = new HashSet<>();
        for (GoldenRecord p : places) {
            assertThat(types).contains(p.text("place.type"));
            assertThat(p.text("place.name")).isNotBlank();
            assertThat(p.text("place.address")).endsWith("号");
            assertThat(p.text("place.contact_name")).hasSizeBetween(2, 4);
            assertThat(Phone.parse(p.text("place.contact_phone")).orElseThrow().value()).isEqualTo(p.text("place.contact_phone"));
            String location = p.text("place.location");
            assertThat(location).matches("\\d{2}(\\.\\d{1,6})? \\d{3}(\\.\\d{1,6})?");
            assertThat(GeoPoint.parse(location).orElseThrow().value()).as("canonical").isEqualTo(location);
            double lat = Double.parseDouble(location.split(" ")[0]);
            double lon = Double.parseDouble(location.split(" ")[1]);
            assertThat(lat).isBetween(30.27 - 0.05, 30.27 + 0.05);
            assertThat(lon).isBetween(120.15 - 0.05, 120.15 + 0.05);
            if (p.text("place.type").equals("construction_site")) {
                assertThat(p.value("place.credit_code")).isEmpty();
            } else {
                String code = p.text("place.credit_code");
                assertThat(CreditCode.parse(code).orElseThrow().value()).isEqualTo(code);
                assertThat(code.substring(2, 8)).isEqualTo("330187");
                assertThat(codes.add(code)).isTrue();
            }
        }
        assertThat(places.stream().map(p -> p.text("place.type")).distinct()).hasSize(types.size());
        assertThat(places.stream().map(p -> p.text("place.name")).distinct()).hasSize(places.size());
        assertThat(places.stream().collect(groupingBy(GoldenRecord::grid, counting()))).hasSize(36);
    }

    @Test
    void provenanceIsTheBaseline() {
        Provenance expected = new Provenance("baseline:demo-city", "system", Instant.parse("2026-11-21T16:00:00Z"), 0, 0);
        assertThat(city.records().stream().flatMap(r -> r.fields().values().stream()).map(FieldValue::provenance).distinct())
                .containsExactly(expected);
    }

    @Test
    void departmentsAndAccounts() {
        assertThat(city.departments()).extracting(d -> d.code().value()).containsExactly("civil-affairs", "health",
                "public-security", "human-resources", "disabled-persons", "emergency", "housing", "market-regulation",
                "veterans", "statistics", "fire-rescue");
        assertThat(city.departments().getFirst().nameZh()).isEqualTo("民政局");
        Map<Role, List<DemoAccount>> byRole = city.accounts().stream().collect(groupingBy(DemoAccount::role));
        assertThat(byRole.get(Role.ADMIN)).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo("admin");
            assertThat(a.displayName()).isEqualTo("系统管理员");
        });
        assertThat(byRole.get(Role.DEPARTMENT)).hasSize(11).allMatch(a -> a.department() != null
                && a.username().equals(a.department().value()) && a.displayName().endsWith("用户"));
        assertThat(byRole.get(Role.SUPERVISOR)).extracting(DemoAccount::username)
                .containsExactly("supervisor1", "supervisor2", "supervisor3");
        assertThat(byRole.get(Role.SUPERVISOR)).allMatch(a -> a.areas().size() == 1 && a.areas().getFirst().depth() == 1
                && a.department() == null && a.displayName().contains("督导"));
        assertThat(byRole.get(Role.GRID_WORKER)).hasSize(36).first().satisfies(a -> {
            assertThat(a.username()).isEqualTo("worker01");
            assertThat(a.areas()).containsExactly(new AreaId("330187.001.001.01"));
        });
        assertThat(byRole.get(Role.GRID_WORKER).getLast().username()).isEqualTo("worker36");
        assertThat(byRole.get(Role.GRID_WORKER).stream().map(a -> a.areas().getFirst()).distinct()).hasSize(36);
        assertThat(city.accounts().stream().map(DemoAccount::displayName).distinct()).hasSize(city.accounts().size());
        assertThat(city.accounts()).allMatch(a -> a.username().matches("[a-z][a-z0-9._-]{1,63}"));
    }

    @Test
    void theSameSeedGivesTheSameCityAndAnotherSeedAnother() {
        DemoCity again = new DemoCityGenerator(SEED, TODAY).generate();
        assertThat(again).isEqualTo(city);
        DemoCity other = new DemoCityGenerator(SEED + 1, TODAY).generate();
        assertThat(other.records()).isNotEqualTo(city.records());
        assertThat(other.areas()).isEqualTo(city.areas());
    }

    @Test
    void aGoldenHashPinsTheOutput() throws Exception {
        String dump = Stream.of("H00000001", "R00000001", "R00000002", "R00000500", "P00000001", "P00000800")
                .map(recordsById()::get)
                .map(r -> r.id() + " " + r.grid() + " " + r.fields().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().value()).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\n"));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dump.getBytes(StandardCharsets.UTF_8)));
        assertThat(hash).as("golden hash of\n%s", dump).isEqualTo(GOLDEN_HASH);
    }

    private static List<GoldenRecord> ofType(SubjectType type) {
        return city.records().stream().filter(r -> r.type() == type).toList();
    }

    private static Map<String, List<GoldenRecord>> byHousehold() {
        return residents.stream().collect(groupingBy(r -> r.text("resident.household_id")));
    }

    private static Map<String, GoldenRecord> recordsById() {
        return city.records().stream().collect(Collectors.toMap(r -> r.id().value(), Function.identity()));
    }

    private static LocalDate birth(GoldenRecord r) {
        return LocalDate.parse(r.text("resident.birth_date"));
    }

    private static int age(GoldenRecord r) {
        return Period.between(birth(r), TODAY).getYears();
    }
}
