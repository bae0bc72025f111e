package org.oneform.app.demo;

import java.util.random.RandomGenerator;

/** A whole name — surname and given name — for people outside the household plans (staff, shop owners). */
final class Names {

    private Names() {
    }

    static String full(RandomGenerator random, Gender gender, int birthYear) {
        return Surnames.pick(random) + GivenNames.pick(random, gender, birthYear);
    }

    static String full(RandomGenerator random, int birthYear) {
        return full(random, random.nextBoolean() ? Gender.MALE : Gender.FEMALE, birthYear);
    }
}
