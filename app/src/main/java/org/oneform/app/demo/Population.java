package org.oneform.app.demo;

import static org.oneform.app.demo.Chance.chance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;

/**
 * Turns planned households into household and resident golden records: issues ID numbers, gives
 * phones (nearly every adult; a teenager often; a small child rarely; some very old people share a
 * younger member's number or have none) and numbers the records in order.
 */
final class Population {

    private final RandomGenerator random;
    private final LocalDate today;
    private final Identifiers identifiers;
    private final BaselineRecords baseline;
    private final List<GoldenRecord> households = new ArrayList<>();
    private final List<GoldenRecord> residents = new ArrayList<>();

    Population(RandomGenerator random, LocalDate today, Identifiers identifiers, BaselineRecords baseline) {
        this.random = random;
        this.today = today;
        this.identifiers = identifiers;
        this.baseline = baseline;
    }

    void add(HouseholdPlan plan, AreaId grid, HomeAddress address) {
        SubjectId householdId = BaselineRecords.subjectId(SubjectType.HOUSEHOLD, households.size() + 1);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("household.address", address.text());
        h.put("household.address_estate", address.estate());
        h.put("household.address_building", Integer.toString(address.building()));
        h.put("household.address_unit", Integer.toString(address.unit()));
        h.put("household.address_room", address.room());
        h.put("household.head_name", plan.head().name());
        h.put("household.member_count", Integer.toString(plan.members().size()));
        h.put("household.housing_type", plan.housingType());
        households.add(baseline.record(householdId, SubjectType.HOUSEHOLD, grid, h));

        List<String> phones = phones(plan.members());
        for (int i = 0; i < plan.members().size(); i++) {
            Person p = plan.members().get(i);
            Map<String, String> r = new LinkedHashMap<>();
            r.put("resident.name", p.name());
            r.put("resident.gender", p.gender().code());
            r.put("resident.birth_date", p.birthDate().toString());
            r.put("resident.id_number", identifiers.idNumber(p.birthDate(), p.gender()));
            r.put("resident.phone", phones.get(i));
            r.put("resident.household_id", householdId.value());
            r.put("resident.relation_to_head", p.relation().code());
            r.put("resident.ethnicity", p.ethnicity());
            residents.add(baseline.record(BaselineRecords.subjectId(SubjectType.RESIDENT, residents.size() + 1),
                    SubjectType.RESIDENT, grid, r));
        }
    }

    /** Each member's phone or null; the very old may share the first younger member's number. */
    private List<String> phones(List<Person> members) {
        List<String> phones = new ArrayList<>();
        String familyPhone = null;
        for (Person p : members) {
            int age = p.age(today);
            double own = age < 14 ? 0.03 : age < 18 ? 0.6 : age < 75 ? 0.97 : 0.55;
            String phone = chance(random, own) ? identifiers.mobile() : null;
            phones.add(phone);
            if (phone != null && age >= 18 && age < 75 && familyPhone == null) {
                familyPhone = phone;
            }
        }
        for (int i = 0; i < members.size(); i++) {
            if (phones.get(i) == null && members.get(i).age(today) >= 75 && familyPhone != null && random.nextBoolean()) {
                phones.set(i, familyPhone);
            }
        }
        return phones;
    }

    List<GoldenRecord> households() {
        return List.copyOf(households);
    }

    List<GoldenRecord> residents() {
        return List.copyOf(residents);
    }
}
