package org.oneform.app.demo;

import static org.oneform.app.demo.Chance.between;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Names and shapes the estates: two per community, unique in the district. The first estate of each
 * street carries the street's name (清河家园); the others draw from a pool of place words
 * (金桂花苑, 翠竹新村).
 */
final class Estates {

    static final int PER_COMMUNITY = 2;

    private static final List<String> WORDS = List.of(("翠竹 金桂 紫荆 丹桂 枫华 景芳 采荷 朝晖 长庆 和睦 新华 东园 西溪"
            + " 南星 北景 春江 秋涛 明月 星洲 锦绣 阳光 康乐 幸福 蓝湾 绿洲 嘉禾 香樟 梧桐 银杏 湖畔").split(" "));
    private static final List<String> OLD_SUFFIXES = List.of("新村", "小区", "里");
    private static final List<String> MODERN_SUFFIXES = List.of("家园", "花苑", "雅苑", "公寓", "嘉园", "华庭", "名邸");

    private Estates() {
    }

    /** The estates of each community, in community order. */
    static List<List<Estate>> plan(RandomGenerator random, DemoAreas areas) {
        List<String> words = Chance.shuffled(random, WORDS);
        int nextWord = 0;
        List<List<Estate>> byCommunity = new ArrayList<>();
        for (int c = 0; c < areas.communities().size(); c++) {
            List<Estate> estates = new ArrayList<>();
            for (int e = 0; e < PER_COMMUNITY; e++) {
                boolean first = c % DemoAreas.COMMUNITIES_PER_STREET == 0 && e == 0;
                boolean old = !first && random.nextInt(3) == 0;
                String word = first ? DemoAreas.STREET_WORDS.get(c / DemoAreas.COMMUNITIES_PER_STREET) : words.get(nextWord++);
                String suffix = first ? "家园" : Chance.oneOf(random, old ? OLD_SUFFIXES : MODERN_SUFFIXES);
                estates.add(old
                        ? new Estate(word + suffix, between(random, 5, 7), between(random, 2, 4), 2)
                        : new Estate(word + suffix, between(random, 11, 26), between(random, 1, 3), between(random, 2, 4)));
            }
            byCommunity.add(estates);
        }
        return byCommunity;
    }
}
