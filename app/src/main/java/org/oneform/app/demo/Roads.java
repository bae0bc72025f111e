package org.oneform.app.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The roads of each street (the street's own, 清河路, and three more) and house numbers on them,
 * each used once: places get addresses like {@code 建设路128号}.
 */
final class Roads {

    private static final int PER_STREET = 4;
    private static final List<String> NAMES = List.of(("建设路 人民路 解放路 和平路 中山路 胜利路 新华路 光明路 幸福路 团结路"
            + " 长乐路 朝阳路 学院路 文化路 兴业路 振兴路 工业路 湖滨路 江南路 重华路").split(" "));

    private final RandomGenerator random;
    private final List<List<String>> byStreet = new ArrayList<>();
    private final Set<String> usedNumbers = new HashSet<>();

    Roads(RandomGenerator random) {
        this.random = random;
        List<String> pool = Chance.shuffled(random, NAMES);
        int next = 0;
        for (String word : DemoAreas.STREET_WORDS) {
            List<String> roads = new ArrayList<>();
            roads.add(word + "路");
            while (roads.size() < PER_STREET) {
                roads.add(pool.get(next++));
            }
            byStreet.add(List.copyOf(roads));
        }
    }

    List<String> ofStreet(int street) {
        return byStreet.get(street);
    }

    /** A road of the street for a new address. */
    String pick(int street) {
        return Chance.oneOf(random, byStreet.get(street));
    }

    /** {@code 建设路128号}: a number not yet used on that road. */
    String address(String road) {
        return address(road, 399);
    }

    /** A number up to {@code highest} not yet used on that road or row of shops ({@code 清河家园商铺12号}). */
    String address(String road, int highest) {
        while (true) {
            String address = road + Chance.between(random, 1, highest) + "号";
            if (usedNumbers.add(address)) {
                return address;
            }
        }
    }
}
