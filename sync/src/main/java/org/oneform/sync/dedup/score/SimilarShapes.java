package org.oneform.sync.dedup.score;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Characters often confused for their shape (形近字) in handwriting and OCR of paper forms. A small,
 * hand-made table of name characters; a pair not listed compares as different. Homophones are not
 * listed here: pinyin catches them.
 */
final class SimilarShapes {

    private static final String[] GROUPS = {
        "王玉主壬", "李季", "陈阵", "杨扬汤场", "赵起", "吴昊", "徐涂", "孙逊", "胡湖", "林材",
        "梁粱", "韩朝", "曹曾", "田由甲申", "于干千", "杜社", "任仕", "伟纬", "明朋", "军车",
        "杰木", "刚岗", "辉挥", "鹏朋", "波坡玻破", "宇字", "俊浚峻", "峰锋蜂", "娜哪", "娟涓绢",
        "霞暇瑕", "玲伶怜", "婷停", "雪雷", "慧彗", "莹萤营", "倩请情清晴睛", "颖颍", "琳淋", "欣钦",
        "梅海悔", "红江", "佳住往", "涵函", "秀季委", "建健键", "国圆", "永水", "勇甬", "宁字",
        "己已巳", "日曰", "土士", "人入", "大太犬", "天夫", "今令", "候侯", "未末", "贝见",
        "晶品", "亮高", "华毕", "兰竺", "英荚", "敏繁", "凤风", "彬杉", "东车", "斌赋",
    };

    private static final Map<Character, Set<Character>> SIMILAR = new HashMap<>();

    static {
        for (String group : GROUPS) {
            for (char c : group.toCharArray()) {
                Set<Character> others = SIMILAR.computeIfAbsent(c, k -> new HashSet<>());
                for (char o : group.toCharArray()) {
                    if (o != c) {
                        others.add(o);
                    }
                }
            }
        }
    }

    private SimilarShapes() {
    }

    static boolean similar(char a, char b) {
        Set<Character> others = SIMILAR.get(a);
        return others != null && others.contains(b);
    }
}
