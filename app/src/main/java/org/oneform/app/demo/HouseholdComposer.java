package org.oneform.app.demo;

import static org.oneform.app.demo.Chance.between;
import static org.oneform.app.demo.Chance.chance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Composes households from a few common shapes — an elderly widow, a young couple, parents with
 * children, three generations under one roof — so that sizes average about 2.4 people, the age
 * pyramid has many elderly, and every member's age fits their relation to the head. Family logic
 * (who shares whose surname, how old a parent can be) lives in {@link Kin}.
 */
final class HouseholdComposer {

    private enum Shape {
        SINGLE_ELDER, SINGLE_ADULT, ELDER_COUPLE, YOUNG_COUPLE, SINGLE_PARENT, NUCLEAR, WITH_PARENTS,
        THREE_GENERATIONS, WITH_SIBLING
    }

    private static final Weighted<Shape> SHAPES = Weighted.of(List.of(Shape.values()),
            14, 17, 16, 8, 5, 24, 7, 6, 3);

    private final RandomGenerator random;
    private final Kin kin;

    HouseholdComposer(RandomGenerator random, LocalDate today) {
        this.random = random;
        this.kin = new Kin(random, today);
    }

    HouseholdPlan next() {
        Shape shape = SHAPES.pick(random);
        List<Person> members = new ArrayList<>();
        switch (shape) {
            case SINGLE_ELDER -> members.add(kin.stranger(Relation.HEAD, chance(random, 0.62) ? Gender.FEMALE : Gender.MALE,
                    between(random, 65, 95)));
            case SINGLE_ADULT -> members.add(kin.stranger(Relation.HEAD, chance(random, 0.55) ? Gender.MALE : Gender.FEMALE,
                    between(random, 20, 59)));
            case ELDER_COUPLE -> kin.couple(members, 60, 90);
            case YOUNG_COUPLE -> kin.couple(members, 23, 45);
            case SINGLE_PARENT -> singleParent(members);
            case NUCLEAR -> kin.children(kin.couple(members, 26, 56), members, Relation.CHILD, childCount());
            case WITH_PARENTS -> withParents(members);
            case THREE_GENERATIONS -> threeGenerations(members);
            case WITH_SIBLING -> withSibling(members);
        }
        return new HouseholdPlan(members, housing(shape));
    }

    private int childCount() {
        double x = random.nextDouble();
        return x < 0.6 ? 1 : x < 0.95 ? 2 : 3;
    }

    private void singleParent(List<Person> members) {
        Person parent = kin.stranger(Relation.HEAD, chance(random, 0.7) ? Gender.FEMALE : Gender.MALE, between(random, 28, 52));
        members.add(parent);
        Person absent = kin.stranger(Relation.OTHER, parent.gender().opposite(), parent.age(kin.today()));
        Kin.Couple couple = parent.gender() == Gender.MALE ? new Kin.Couple(parent, absent) : new Kin.Couple(absent, parent);
        kin.children(couple, members, Relation.CHILD, chance(random, 0.8) ? 1 : 2);
    }

    private void withParents(List<Person> members) {
        Kin.Couple couple = kin.couple(members, 30, 55);
        kin.children(couple, members, Relation.CHILD, random.nextInt(3));
        kin.parentsOf(members.getFirst(), members, chance(random, 0.45) ? 2 : 1);
    }

    private void threeGenerations(List<Person> members) {
        Kin.Couple grandparents = kin.couple(members, 56, 82);
        Person child = kin.children(grandparents, members, Relation.CHILD, 1, 23).getFirst();
        Kin.Couple parents = kin.marry(child, members, Relation.OTHER);
        kin.children(parents, members, Relation.GRANDCHILD, chance(random, 0.7) ? 1 : 2);
    }

    private void withSibling(List<Person> members) {
        Person head = kin.stranger(Relation.HEAD, random.nextBoolean() ? Gender.MALE : Gender.FEMALE, between(random, 22, 60));
        members.add(head);
        if (chance(random, 0.4)) {
            kin.marry(head, members, Relation.SPOUSE);
        }
        kin.sibling(head, members);
    }

    private String housing(Shape shape) {
        double rented = switch (shape) {
            case SINGLE_ADULT, YOUNG_COUPLE, WITH_SIBLING -> 0.45;
            default -> 0.12;
        };
        double publicHousing = shape == Shape.SINGLE_ELDER || shape == Shape.ELDER_COUPLE ? 0.08 : 0.03;
        double x = random.nextDouble();
        return x < rented ? "rented" : x < rented + publicHousing ? "public" : "owned";
    }
}
