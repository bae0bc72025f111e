package org.oneform.app.demo;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plants hard cases for dedup: neighbours (households a few doors apart in one grid) with the same
 * name, gender and birth year but different birthdays and ID numbers — two real people a careless
 * merge would fold into one. Only a member whose surname already matches is renamed, and only when
 * the household's ages still fit together afterwards.
 */
final class Namesakes {

    private static final int NEIGHBOURHOOD = 6;
    private static final int MAX_YEARS_APART = 3;

    private Namesakes() {
    }

    /**
     * Replaces plans in place; {@code gridOfPlan.get(i)} is the grid of {@code plans.get(i)}.
     *
     * @return how many pairs were planted (up to {@code pairs})
     */
    static int plant(RandomGenerator random, List<HouseholdPlan> plans, List<?> gridOfPlan, int pairs, LocalDate today) {
        int planted = 0;
        for (int attempt = 0; attempt < pairs * 500 && planted < pairs; attempt++) {
            int i = random.nextInt(plans.size() - 1);
            List<Person> members = plans.get(i).members();
            Person original = members.get(random.nextInt(members.size()));
            if (original.age(today) < 18) {
                continue;
            }
            for (int j = i + 1; j < Math.min(plans.size(), i + 1 + NEIGHBOURHOOD); j++) {
                if (!gridOfPlan.get(j).equals(gridOfPlan.get(i))) {
                    break;
                }
                if (renameOne(plans, j, original, today)) {
                    planted++;
                    break;
                }
            }
        }
        return planted;
    }

    private static boolean renameOne(List<HouseholdPlan> plans, int j, Person original, LocalDate today) {
        HouseholdPlan plan = plans.get(j);
        for (int m = 0; m < plan.members().size(); m++) {
            Person candidate = plan.members().get(m);
            boolean alike = candidate.surname().equals(original.surname()) && candidate.gender() == original.gender()
                    && !candidate.given().equals(original.given())
                    && Math.abs(candidate.birthDate().getYear() - original.birthDate().getYear()) <= MAX_YEARS_APART;
            if (!alike) {
                continue;
            }
            LocalDate birthDate = sameYear(candidate.birthDate(), original.birthDate().getYear());
            if (birthDate.equals(original.birthDate())) {
                birthDate = birthDate.getDayOfYear() > 1 ? birthDate.minusDays(1) : birthDate.plusDays(1);
            }
            HouseholdPlan renamed = plan.withMember(m, candidate.renamed(original.given(), birthDate));
            if (renamed.agesConsistent(today)) {
                plans.set(j, renamed);
                return true;
            }
        }
        return false;
    }

    private static LocalDate sameYear(LocalDate date, int year) {
        return MonthDay.from(date).atYear(year);
    }
}
