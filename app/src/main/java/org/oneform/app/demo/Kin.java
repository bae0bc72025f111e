package org.oneform.app.demo;

import static org.oneform.app.demo.Chance.between;
import static org.oneform.app.demo.Chance.chance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Family rules for planned households: a wife keeps her own surname, children mostly take their
 * father's, a parent is at least {@value #MIN_PARENT_AGE} years older than a child, twins share a
 * birthday, and ethnicity passes from a parent.
 */
final class Kin {

    /** A married couple, whichever of them is the head. */
    record Couple(Person husband, Person wife) {

        int youngerAge(LocalDate today) {
            return Math.min(husband.age(today), wife.age(today));
        }
    }

    static final int MIN_PARENT_AGE = 22;
    private static final int MAX_AGE = 99;
    private static final double TWINS = 0.03;

    private final RandomGenerator random;
    private final LocalDate today;

    Kin(RandomGenerator random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    /** Someone with a surname and ethnicity of their own. */
    Person stranger(Relation relation, Gender gender, int age) {
        return person(Surnames.pick(random), gender, birthDate(age), relation, Ethnicities.pick(random));
    }

    /** A head and spouse, the husband aged {@code [low, high]}; adds both, head first. */
    Couple couple(List<Person> members, int low, int high) {
        boolean husbandIsHead = chance(random, 0.75);
        int husbandAge = between(random, low, high);
        int wifeAge = Math.clamp(husbandAge - between(random, -2, 5), HouseholdPlan.MARRIAGE_AGE + 1, MAX_AGE);
        Person husband = stranger(husbandIsHead ? Relation.HEAD : Relation.SPOUSE, Gender.MALE, husbandAge);
        String ethnicity = chance(random, 0.9) ? husband.ethnicity() : Ethnicities.pick(random);
        Person wife = person(Surnames.pick(random), Gender.FEMALE, birthDate(wifeAge),
                husbandIsHead ? Relation.SPOUSE : Relation.HEAD, ethnicity);
        members.add(husbandIsHead ? husband : wife);
        members.add(husbandIsHead ? wife : husband);
        return new Couple(husband, wife);
    }

    /** A spouse for {@code partner} (already a member), added with the given relation to the head. */
    Couple marry(Person partner, List<Person> members, Relation relation) {
        int age = Math.clamp(partner.age(today) + between(random, -4, 4), HouseholdPlan.MARRIAGE_AGE + 1, MAX_AGE);
        Person spouse = stranger(relation, partner.gender().opposite(), age);
        members.add(spouse);
        return partner.gender() == Gender.MALE ? new Couple(partner, spouse) : new Couple(spouse, partner);
    }

    /**
     * Up to {@code count} children of the couple, eldest first, added with the given relation and
     * returned. The eldest is born when the younger parent was 22 to 38; later ones 1 to 7 years apart
     * (3% of them twins of the one before); no child is born after today.
     */
    List<Person> children(Couple parents, List<Person> members, Relation relation, int count) {
        return children(parents, members, relation, count, 0);
    }

    /** As {@link #children(Couple, List, Relation, int)}, the eldest at least {@code minEldestAge} if the parents allow. */
    List<Person> children(Couple parents, List<Person> members, Relation relation, int count, int minEldestAge) {
        List<Person> born = new ArrayList<>();
        int oldest = Math.max(0, parents.youngerAge(today) - MIN_PARENT_AGE);
        int age = between(random, Math.clamp(oldest - 16, Math.min(minEldestAge, oldest), oldest), oldest);
        for (int i = 0; i < count && age >= 0; i++) {
            Person previous = born.isEmpty() ? null : born.getLast();
            Person child;
            if (previous != null && chance(random, TWINS)) {
                Gender gender = random.nextBoolean() ? previous.gender() : previous.gender().opposite();
                child = new Person(previous.surname(), GivenNames.twinOf(random, previous.given(), gender,
                        previous.birthDate().getYear()), gender, previous.birthDate(), relation, previous.ethnicity());
            } else {
                String surname = chance(random, 0.92) ? parents.husband().surname() : parents.wife().surname();
                String ethnicity = chance(random, 0.8) ? parents.husband().ethnicity() : parents.wife().ethnicity();
                child = person(surname, random.nextBoolean() ? Gender.MALE : Gender.FEMALE, birthDate(age), relation, ethnicity);
                age -= between(random, 1, 7);
            }
            born.add(child);
            members.add(child);
        }
        return born;
    }

    /** One or both parents of {@code head}; the father shares the head's surname. */
    void parentsOf(Person head, List<Person> members, int count) {
        int headAge = head.age(today);
        int fatherAge = Math.min(MAX_AGE, headAge + between(random, 24, 34));
        int motherAge = Math.clamp(fatherAge - between(random, -2, 5), headAge + MIN_PARENT_AGE, MAX_AGE);
        boolean father = count == 2 || chance(random, 0.35);
        boolean mother = count == 2 || !father;
        if (father) {
            members.add(person(head.surname(), Gender.MALE, birthDate(fatherAge), Relation.PARENT, head.ethnicity()));
        }
        if (mother) {
            members.add(person(Surnames.pick(random), Gender.FEMALE, birthDate(motherAge), Relation.PARENT, head.ethnicity()));
        }
    }

    /** A brother or sister of {@code head}, an adult a few years apart, same surname. */
    void sibling(Person head, List<Person> members) {
        int age = Math.clamp(head.age(today) + between(random, -8, 8), 18, MAX_AGE);
        members.add(person(head.surname(), random.nextBoolean() ? Gender.MALE : Gender.FEMALE, birthDate(age),
                Relation.SIBLING, head.ethnicity()));
    }

    private Person person(String surname, Gender gender, LocalDate birthDate, Relation relation, String ethnicity) {
        return new Person(surname, GivenNames.pick(random, gender, birthDate.getYear()), gender, birthDate, relation, ethnicity);
    }

    /** A birth date that makes the person exactly {@code age} years old today. */
    private LocalDate birthDate(int age) {
        return today.minusYears(age).minusDays(random.nextInt(365));
    }
}
