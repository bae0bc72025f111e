package org.oneform.app.demo;

import java.util.random.RandomGenerator;

/**
 * Ethnic groups with codes for {@code resident.ethnicity}: mostly Han, and the groups one meets in an
 * eastern city — She (native to Zhejiang), Hui, Manchu, Zhuang, Miao, Tujia and a few more.
 */
final class Ethnicities {

    private static final Weighted<String> TABLE = Weighted.parse("""
            han 9400 she 120 hui 110 manchu 100 zhuang 60 miao 50 tujia 50
            mongol 30 korean 20 yi 20 uyghur 15 tibetan 15 dong 10
            """);

    private Ethnicities() {
    }

    static String pick(RandomGenerator random) {
        return TABLE.pick(random);
    }
}
