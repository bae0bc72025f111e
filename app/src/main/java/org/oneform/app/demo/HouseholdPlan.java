package org.oneform.app.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A household as planned: its members, the head first, and how it holds its home
 * ({@code owned}, {@code rented} or {@code public}).
 */
record HouseholdPlan(List<Person> members, String housingType) {

    /** The least number of years between a parent and a child. */
    static final int GENERATION_GAP = 18;
    static final int MARRIAGE_AGE = 20;

    HouseholdPlan {
        members = List.copyOf(members);
        if (members.isEmpty() || members.getFirst().relation() != Relation.HEAD
                || members.stream().filter(m -> m.relation() == Relation.HEAD).count() != 1) {
            throw new IllegalArgumentException("a household has exactly one head, listed first: " + members);
        }
    }

    Person head() {
        return members.getFirst();
    }

    HouseholdPlan withMember(int index, Person member) {
        var copy = new java.util.ArrayList<>(members);
        copy.set(index, member);
        return new HouseholdPlan(copy, housingType);
    }

    /** True when every member's age fits their relation to the head and nobody is born after today. */
    boolean agesConsistent(LocalDate today) {
        LocalDate head = head().birthDate();
        for (Person p : members) {
            LocalDate born = p.birthDate();
            boolean ok = !born.isAfter(today) && switch (p.relation()) {
                case HEAD, SIBLING, OTHER -> true;
                case SPOUSE -> p.age(today) >= MARRIAGE_AGE;
                case CHILD -> ChronoUnit.YEARS.between(head, born) >= GENERATION_GAP;
                case GRANDCHILD -> ChronoUnit.YEARS.between(head, born) >= 2 * GENERATION_GAP;
                case PARENT -> ChronoUnit.YEARS.between(born, head) >= GENERATION_GAP;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
