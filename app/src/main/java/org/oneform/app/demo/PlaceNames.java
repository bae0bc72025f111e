package org.oneform.app.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Names places the way signboards do — 清河便利店, 老王面馆, 金桂幼儿园, 好邻居超市 — and keeps them
 * unique in the district: a second 老王面馆 tries another name, and failing that becomes a branch
 * (老王面馆(建设路店)).
 */
final class PlaceNames {

    private static final List<String> BRANDS = List.of(("好邻居 便民 惠民 家乐 鑫鑫 兴旺 顺发 金福 百姓 鸿运 佳佳 乐购"
            + " 天天 万家 永盛 恒信 华联 新概念 同仁 康宁 启明 星辰 长乐 朝阳").split(" "));
    private static final List<String> CUISINES = List.of("川味 湘味 东北 兰州 沙县 杭帮 重庆 潮汕 西北 江西 云南 徽州".split(" "));
    private static final String OWNER_STYLES = "老小阿";

    private final RandomGenerator random;
    private final Set<String> taken = new HashSet<>();

    PlaceNames(RandomGenerator random) {
        this.random = random;
    }

    /** A unique name for a place of this kind; {@code areaWords} are the local place words, {@code road} its road. */
    String name(PlaceKind kind, List<String> areaWords, String road) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String name = prefix(kind, areaWords) + Chance.oneOf(random, kind.suffixes());
            if (taken.add(name)) {
                return name;
            }
        }
        String base = prefix(kind, areaWords) + Chance.oneOf(random, kind.suffixes());
        for (int branch = 1; ; branch++) {
            String name = base + "(" + road + (branch == 1 ? "" : branch) + "店)";
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private String prefix(PlaceKind kind, List<String> areaWords) {
        return switch (Chance.oneOf(random, kind.prefixes())) {
            case OWNER -> owner();
            case BRAND -> Chance.oneOf(random, BRANDS);
            case AREA -> Chance.oneOf(random, areaWords);
            case CUISINE -> Chance.oneOf(random, CUISINES);
        };
    }

    /** 老王, 小李 from a surname; 阿芳 from a given name's character. */
    private String owner() {
        char style = OWNER_STYLES.charAt(random.nextInt(OWNER_STYLES.length()));
        if (style == '阿') {
            String given = GivenNames.pick(random, random.nextBoolean() ? Gender.MALE : Gender.FEMALE, 1975);
            return "阿" + given.charAt(given.length() - 1);
        }
        String surname = Surnames.pick(random);
        return style + surname;
    }
}
