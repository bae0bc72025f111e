package org.oneform.app.demo;

import java.util.random.RandomGenerator;

/**
 * Given names by generation and gender. Naming fashions change: 建国 and 秀英 for people born before
 * 1960, one-character 伟 and 丽 for the 1960s–80s, 浩然 and 欣怡 for the 1990s–2000s, 子轩 and 梓涵 for
 * children. Half the names come from each generation's list of popular whole names, which makes
 * namesakes as common as they are in real registers; the rest are composed from the generation's
 * leading and ending characters. Polyphonic characters (长 chang/zhang, 乐 le/yue, 重 chong/zhong, 朝 chao/zhao) appear
 * on purpose.
 */
final class GivenNames {

    /**
     * One generation's naming: popular whole names, and characters for composed names by position
     * (建 and 秀 lead, 华 and 英 end; a one-character name is an ending character alone).
     */
    private record Generation(Weighted<String> maleNames, Weighted<String> femaleNames,
                              Weighted<String> maleFirst, Weighted<String> maleSecond,
                              Weighted<String> femaleFirst, Weighted<String> femaleSecond, double singleCharacter) {
    }

    private static final Generation ELDER = new Generation(
            Weighted.parse("建国 60 建华 50 国强 40 国华 40 建平 35 志强 35 德明 25 振华 25 长林 15 长春 15 长青 15"
                    + " 福生 20 根生 20 金根 15 明 30 军 30 华 30 平 25 强 25 伟 20 文华 20 国庆 30 建军 30 志刚 20"),
            Weighted.parse("秀英 60 桂英 50 秀兰 45 玉兰 45 桂兰 35 秀珍 35 凤英 30 玉珍 30 玉梅 25 淑珍 25 兰英 25"
                    + " 桂芳 25 秀芳 25 金凤 20 美华 20 素珍 20 彩霞 15 红 20 英 20 芳 20 珍 15 兰 15"),
            Weighted.uniform("建 国 志 德 文 永 福 金 长 庆 学 振 根 宝 正"),
            Weighted.uniform("国 明 华 林 生 根 荣 海 忠 顺 发 祥 平 强 才 富"),
            Weighted.uniform("秀 桂 玉 凤 淑 素 金 美 彩 月 兰"),
            Weighted.uniform("英 兰 珍 芳 梅 华 凤 娥 琴 花 香 云"),
            0.25);

    private static final Generation MIDDLE = new Generation(
            Weighted.parse("伟 80 强 50 磊 50 军 45 勇 45 杰 40 涛 35 斌 35 超 30 明 30 刚 30 平 25 辉 25 鹏 20"
                    + " 华 20 波 20 峰 20 建华 20 海涛 15 志刚 15 晓东 15 建军 15 卫东 15 海波 12 永刚 12"),
            Weighted.parse("丽 55 静 50 敏 45 燕 40 艳 40 娟 35 霞 35 芳 35 娜 30 丽娟 20 海燕 20 红梅 15"
                    + " 晓燕 15 丽华 15 秀云 10 春梅 10 晓红 12 雪梅 12 丽萍 12 慧 15 婷 10"),
            Weighted.uniform("伟 志 建 海 晓 永 国 俊 卫 立 新 文 宏 春 长"),
            Weighted.uniform("军 明 东 华 强 平 刚 勇 斌 峰 波 辉 涛 杰 林"),
            Weighted.uniform("丽 晓 海 红 雪 春 玉 美 秀 桂 小"),
            Weighted.uniform("燕 静 慧 琳 萍 梅 霞 娟 红 丽 芳 艳 敏"),
            0.35);

    private static final Generation YOUNG = new Generation(
            Weighted.parse("浩 30 宇 30 鑫 25 磊 25 帅 20 杰 25 浩然 20 子豪 15 俊杰 20 宇航 15 文博 15 天宇 15"
                    + " 博文 12 晨 15 一鸣 10 嘉豪 12 思远 10 子健 10 乐天 8 长乐 6"),
            Weighted.parse("婷 30 雪 25 倩 25 颖 25 佳 15 欣怡 25 梦琪 20 佳怡 20 雨欣 18 思雨 18 婉婷 15"
                    + " 心怡 15 雅琪 12 佳琪 12 诗琪 10 乐怡 6"),
            Weighted.uniform("子 浩 宇 俊 天 博 文 思 嘉 明 一 乐"),
            Weighted.uniform("轩 然 宇 杰 豪 航 凯 晨 睿 博 鸣 远 健 阳"),
            Weighted.uniform("欣 雨 思 佳 梦 雅 诗 婉 心 可 乐"),
            Weighted.uniform("怡 琪 婷 涵 悦 雪 欣 颖 倩 洁"),
            0.15);

    private static final Generation CHILD = new Generation(
            Weighted.parse("子轩 30 浩宇 28 梓睿 22 宇轩 22 沐阳 18 子墨 18 奕辰 15 一诺 12 梓豪 15 俊熙 12"
                    + " 宇辰 12 皓轩 12 乐乐 8 重阳 5 睿 10 朝阳 5"),
            Weighted.parse("梓涵 30 一诺 20 欣怡 22 子涵 25 雨桐 22 诗涵 20 可馨 15 语桐 15 若汐 15 梓萱 15"
                    + " 依诺 12 乐瑶 8 安琪 10 思彤 12"),
            Weighted.uniform("子 梓 宇 浩 沐 俊 皓 奕 一 睿 乐 重"),
            Weighted.uniform("轩 辰 睿 阳 熙 墨 铭 泽 宇 航 豪"),
            Weighted.uniform("梓 雨 诗 可 语 若 依 思 欣 一 乐"),
            Weighted.uniform("涵 桐 馨 汐 萱 诺 彤 悦 琪 瑶"),
            0.05);

    private GivenNames() {
    }

    static String pick(RandomGenerator random, Gender gender, int birthYear) {
        Generation generation = generation(birthYear);
        boolean male = gender == Gender.MALE;
        if (random.nextBoolean()) {
            return (male ? generation.maleNames() : generation.femaleNames()).pick(random);
        }
        String ending = ending(random, gender, generation);
        if (Chance.chance(random, generation.singleCharacter())) {
            return ending;
        }
        return (male ? generation.maleFirst() : generation.femaleFirst()).pick(random) + ending;
    }

    /**
     * A twin's name: the sibling's first character with another ending (子涵, 子萱), as twins' names
     * often go; a sibling with a one-character name gets an unrelated one.
     */
    static String twinOf(RandomGenerator random, String siblingGiven, Gender gender, int birthYear) {
        while (true) {
            String candidate = siblingGiven.length() == 2
                    ? siblingGiven.charAt(0) + ending(random, gender, generation(birthYear))
                    : pick(random, gender, birthYear);
            boolean doubled = candidate.length() == 2 && candidate.charAt(0) == candidate.charAt(1);
            if (!candidate.equals(siblingGiven) && !doubled) {
                return candidate;
            }
        }
    }

    private static String ending(RandomGenerator random, Gender gender, Generation generation) {
        return (gender == Gender.MALE ? generation.maleSecond() : generation.femaleSecond()).pick(random);
    }

    private static Generation generation(int birthYear) {
        return birthYear < 1960 ? ELDER : birthYear < 1990 ? MIDDLE : birthYear < 2010 ? YOUNG : CHILD;
    }
}
