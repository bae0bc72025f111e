package org.oneform.sync.dedup.synth;

import java.util.List;
import java.util.Random;

import org.oneform.sync.search.Pinyin;

/**
 * Name material for the generator: surnames ({@link Surnames}), given names with a long tail, and the generator's own tables of
 * homophones and look-alike characters for injecting errors. The look-alike table deliberately differs
 * from the engine's ({@code dedup.score.SimilarShapes}): some pairs here are unknown to the engine, as
 * real errors would be.
 */
final class NameTables {

    static final List<String> MALE = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉",
            "鹏", "华", "飞", "波", "斌", "宇", "浩", "凯", "俊", "峰", "龙", "林", "建国", "建华", "志强", "永刚",
            "国强", "海涛", "晓东", "子轩", "浩然", "宇轩", "俊杰", "博文", "志明", "文博", "明辉", "家豪");
    static final List<String> FEMALE = List.of("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "桂英",
            "秀英", "秀兰", "婷", "雪", "慧", "莹", "倩", "颖", "琳", "欣", "梅", "红", "晶", "洁", "佳怡", "子涵",
            "梓涵", "欣怡", "雨涵", "诗涵", "思琪", "雨欣", "佳琪", "晓燕", "丽娟", "海燕", "美玲", "玉兰", "淑珍");
    /** Characters for the long tail of two-character given names. */
    static final String POOL = "子梓佳嘉欣心雨宇浩皓俊峻志智文博明铭思诗晓小春海天泽泓宏鸿瑞睿嘉家一奕逸"
            + "安晨辰然轩萱涵晗怡琪淇雅静婉琳玲颖莹慧蕙锦瑾承诚恒衡立丽力翔祥彤桐";

    static final List<String> HOMOPHONES = List.of("伟玮威薇维卫炜", "张章彰", "丽莉俐立力利", "明鸣铭",
            "静靖敬婧菁晶", "娜纳", "敏闵珉", "军君钧俊", "杰洁捷婕", "涛韬滔", "磊蕾雷", "勇永咏泳", "平萍苹坪",
            "华桦骅", "鹏朋彭", "辉晖徽慧惠", "超潮", "刚钢纲", "燕艳雁彦晏", "霞侠", "玲琳林凌铃灵", "婷亭庭廷",
            "雪学", "颖英莹影瑛", "倩茜", "欣新心鑫馨", "梅玫媚", "红洪宏鸿虹", "洋阳杨扬", "宇雨语羽玉", "浩昊皓豪",
            "峰锋丰枫风", "龙隆", "斌彬宾", "波博柏", "涵晗寒韩", "轩萱宣", "怡仪宜益艺", "佳家嘉加", "子梓紫",
            "诗思丝司", "秀绣", "兰岚蓝", "国果", "建健剑坚", "志智治芝", "王汪", "李黎理", "刘柳留", "黄皇",
            "徐许", "朱诸", "胡湖", "何和贺", "晓小", "文雯", "瑞睿", "泽则", "承诚程", "恒衡", "翔祥", "彤桐童");
    static final List<String> LOOK_ALIKES = List.of("王玉", "李季", "陈阵", "杨扬汤", "赵起", "吴昊", "徐涂", "孙逊",
            "林材", "梁粱", "韩朝", "曹曾", "田由甲", "于干千", "杜社", "伟纬", "明朋", "军车", "刚岗", "辉挥", "鹏朋",
            "波坡玻", "宇字", "俊浚峻", "峰锋蜂", "娜哪", "娟涓绢", "霞暇", "玲伶怜", "婷停", "雪雷", "莹萤营", "倩情清晴",
            "琳淋", "欣钦", "梅海", "红江", "佳住", "涵函", "秀季", "建健", "永水", "勇甬", "晶品", "华毕", "敏繁",
            // not in the engine's table: real errors are not all in any table
            "辛幸", "晨晟", "泽译", "博傅", "凯恺", "瑞端", "天夭", "文丈", "思恩", "丹舟", "芳苦", "静睁");

    private NameTables() {
    }

    static String surname(Random random) {
        return Surnames.at(random.nextInt(Surnames.TOTAL));
    }

    /** A given name: 60% from the Zipf-weighted common list, 40% two characters from the pool. */
    static String given(Random random, boolean male) {
        if (random.nextDouble() < 0.6) {
            List<String> list = male ? MALE : FEMALE;
            return list.get(Surnames.zipf(random.nextDouble(), list.size()));
        }
        return "" + pool(random) + pool(random);
    }

    static char pool(Random random) {
        return POOL.charAt(random.nextInt(POOL.length()));
    }

    /** The same character, or two that one name error turns into each other: twins are never named so. */
    static boolean confusable(char a, char b) {
        if (a == b) {
            return true;
        }
        for (List<String> groups : List.of(HOMOPHONES, LOOK_ALIKES)) {
            for (String group : groups) {
                if (group.indexOf(a) >= 0 && group.indexOf(b) >= 0) {
                    return true;
                }
            }
        }
        List<String> readings = Pinyin.readings(b);
        return Pinyin.readings(a).stream().anyMatch(readings::contains);
    }

    /** Another character of the group holding {@code c} in {@code groups}, or 0 when there is none. */
    static char swap(List<String> groups, char c, Random random) {
        for (String group : groups) {
            int at = group.indexOf(c);
            if (at >= 0) {
                int other = random.nextInt(group.length() - 1);
                return group.charAt(other >= at ? other + 1 : other);
            }
        }
        return 0;
    }
}
