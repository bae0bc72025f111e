package org.oneform.e2e.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Toneless pinyin for the 30 most common surnames and the characters common in given names, enough to
 * type a typical name the way a user would ({@code wangjianguo}, {@code wjg}). One usual reading per
 * character: the app indexes every reading, so any correct one must find the name. Deliberately
 * small: a name with a character not listed here has no spelling, and the caller picks another name.
 */
public final class CommonPinyin {

    private static final String TABLE = """
            王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou
            徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 林lin 高gao 罗luo
            郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 邓deng 冯feng 曹cao
            一yi 东dong 丽li 乐le 云yun 伟wei 佳jia 依yi 俊jun 倩qian 健jian 兰lan 军jun 凤feng 凯kai
            刚gang 勇yong 华hua 博bo 卫wei 发fa 可ke 嘉jia 国guo 墨mo 天tian 奕yi 娜na 娟juan 娥e
            婉wan 婷ting 子zi 学xue 宇yu 安an 宏hong 宝bao 富fu 小xiao 峰feng 帅shuai 平ping 庆qing 建jian
            强qiang 彤tong 彩cai 德de 心xin 志zhi 忠zhong 思si 怡yi 悦yue 慧hui 才cai 振zhen 敏min 文wen
            斌bin 新xin 明ming 春chun 晓xiao 晨chen 月yue 朝chao 杰jie 根gen 桂gui 桐tong 梅mei 梓zi 梦meng
            欣xin 正zheng 永yong 汐xi 沐mu 波bo 泽ze 洁jie 浩hao 海hai 涛tao 涵han 淑shu 然ran 熙xi
            燕yan 玉yu 珍zhen 琪qi 琳lin 琴qin 瑶yao 生sheng 皓hao 睿rui 磊lei 祥xiang 福fu 秀xiu 立li
            素su 红hong 美mei 航hang 艳yan 花hua 芳fang 若ruo 英ying 荣rong 萍ping 萱xuan 诗shi 语yu 诺nuo
            豪hao 超chao 轩xuan 辉hui 辰chen 远yuan 重zhong 金jin 鑫xin 铭ming 长chang 阳yang 雅ya 雨yu 雪xue
            霞xia 青qing 静jing 顺shun 颖ying 香xiang 馨xin 鸣ming 鹏peng
            """;

    private static final Map<Integer, String> READINGS = parse();

    private CommonPinyin() {
    }

    /** The full spelling, e.g. 王建国 → {@code wangjianguo}; empty if a character is not in the table. */
    public static Optional<String> full(String name) {
        StringBuilder spelling = new StringBuilder();
        for (int c : name.codePoints().toArray()) {
            String reading = READINGS.get(c);
            if (reading == null) {
                return Optional.empty();
            }
            spelling.append(reading);
        }
        return spelling.isEmpty() ? Optional.empty() : Optional.of(spelling.toString());
    }

    /** The initials, e.g. 王建国 → {@code wjg}; empty if a character is not in the table. */
    public static Optional<String> initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (int c : name.codePoints().toArray()) {
            String reading = READINGS.get(c);
            if (reading == null) {
                return Optional.empty();
            }
            initials.append(reading.charAt(0));
        }
        return initials.isEmpty() ? Optional.empty() : Optional.of(initials.toString());
    }

    private static Map<Integer, String> parse() {
        Map<Integer, String> readings = new HashMap<>();
        for (String entry : TABLE.strip().split("\\s+")) {
            int character = entry.codePointAt(0);
            String reading = entry.substring(Character.charCount(character));
            if (reading.isEmpty() || !reading.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
                    || readings.put(character, reading) != null) {
                throw new IllegalStateException("bad or repeated pinyin table entry: " + entry);
            }
        }
        return Map.copyOf(readings);
    }
}
