package org.oneform.sync.searchbench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Word material for the benchmark city: surnames with roughly real frequencies (the dedup generator's
 * table, {@code dedup.synth.NameTables}, which is package-private there), given names with a long tail and
 * polyphonic characters (长 乐 朝 重 行 曾 单 解 查: every reading must find the name), estate, road and shop
 * words in the style of the demo city ({@code app.demo}). All fake.
 */
final class CityTables {

    /** Surname, weight in per mille. */
    private static final Object[][] SURNAMES = {
        {"王", 71}, {"李", 70}, {"张", 67}, {"刘", 54}, {"陈", 45}, {"杨", 31}, {"黄", 22}, {"赵", 20}, {"吴", 20},
        {"周", 19}, {"徐", 15}, {"孙", 14}, {"马", 13}, {"朱", 12}, {"胡", 12}, {"郭", 11}, {"何", 10}, {"高", 10},
        {"林", 10}, {"罗", 9}, {"郑", 8}, {"梁", 8}, {"谢", 7}, {"宋", 6}, {"唐", 6}, {"许", 6}, {"韩", 5}, {"冯", 5},
        {"邓", 5}, {"曹", 5}, {"彭", 5}, {"曾", 5}, {"肖", 4}, {"田", 4}, {"董", 4}, {"袁", 4}, {"潘", 4}, {"于", 4},
        {"蒋", 4}, {"蔡", 4}, {"余", 4}, {"杜", 4}, {"叶", 4}, {"程", 4}, {"苏", 3}, {"魏", 3}, {"吕", 3}, {"丁", 3},
        {"任", 3}, {"沈", 3}, {"姚", 3}, {"卢", 3}, {"姜", 3}, {"崔", 3}, {"钟", 3}, {"谭", 3}, {"陆", 3}, {"汪", 3},
        {"欧阳", 1}, {"司马", 1}, {"诸葛", 1}, {"上官", 1}, {"禤", 1}, {"亓", 1}, {"仉", 1}, {"濮", 1}, {"佘", 1},
        {"訾", 1}, {"钭", 1}, {"闫", 2}, {"单", 1}, {"解", 1}, {"查", 1},
    };
    private static final int SURNAME_TOTAL;

    static {
        int total = 0;
        for (Object[] s : SURNAMES) {
            total += (Integer) s[1];
        }
        SURNAME_TOTAL = total;
    }

    private static final List<String> MALE = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平",
            "辉", "鹏", "华", "飞", "波", "斌", "宇", "浩", "凯", "俊", "峰", "龙", "林", "建国", "建华", "志强", "永刚",
            "国强", "海涛", "晓东", "子轩", "浩然", "宇轩", "俊杰", "博文", "志明", "文博", "长青", "朝阳");
    private static final List<String> FEMALE = List.of("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲",
            "桂英", "秀英", "秀兰", "婷", "雪", "慧", "莹", "倩", "颖", "琳", "欣", "梅", "红", "晶", "洁", "佳怡",
            "子涵", "梓涵", "欣怡", "雨涵", "诗涵", "思琪", "雨欣", "佳琪", "晓燕", "丽娟", "海燕", "美玲", "乐怡", "淑珍");
    /** The long tail of two-character given names; 长 乐 朝 重 行 have two readings each. */
    private static final String POOL = "子梓佳嘉欣心雨宇浩皓俊峻志智文博明铭思诗晓小春海天泽泓宏鸿瑞睿一奕逸"
            + "安晨辰然轩萱涵晗怡琪淇雅静婉琳玲颖莹慧蕙锦瑾承诚恒衡立丽力翔祥彤桐长乐朝重行";

    /** Surnames and given characters no generated name uses: names made of them are misses. */
    static final String MISS_SURNAMES = "亓仉禤訾";
    static final String MISS_GIVEN = "鼋鼍鼗鼙鼯鼹鼷黾";

    static final List<String> ESTATE_WORDS = List.of(("翠竹 金桂 紫荆 丹桂 枫华 景芳 采荷 朝晖 长庆 和睦 新华 东园 西溪"
            + " 南星 北景 春江 秋涛 明月 星洲 锦绣 阳光 康乐 幸福 蓝湾 绿洲 嘉禾 香樟 梧桐 银杏 湖畔 清河 望江 云栖 丽水 润泽"
            + " 半山 运河 钱塘 闻涛 青枫").split(" "));
    static final List<String> ESTATE_SUFFIXES = List.of("新村", "小区", "家园", "花苑", "雅苑", "公寓", "嘉园", "华庭", "名邸", "里");
    static final List<String> ROADS = List.of(("建设路 人民路 解放路 和平路 中山路 胜利路 新华路 光明路 幸福路 团结路"
            + " 长乐路 朝阳路 学院路 文化路 兴业路 振兴路 工业路 湖滨路 江南路 重华路").split(" "));
    static final List<String> BRANDS = List.of(("好邻居 便民 惠民 家乐 鑫鑫 兴旺 顺发 金福 百姓 鸿运 佳佳 乐购 天天 万家"
            + " 永盛 恒信 华联 康宁 启明 星辰").split(" "));
    /** place.type code and shop words of that type. */
    static final String[][] PLACE_KINDS = {
        {"shop", "便利店 超市 水果店 五金店 烟酒店 理发店 手机店 花店 文具店 粮油店"},
        {"restaurant", "面馆 饺子馆 小吃 快餐 餐厅 酒家 烧烤 米线 馄饨店 包子铺"},
        {"office", "科技有限公司 贸易有限公司 文化传媒有限公司 律师事务所 物业服务中心"},
        {"pharmacy", "大药房 药店 健康药房"},
        {"hotel", "宾馆 快捷酒店 民宿 商务酒店"},
        {"clinic", "诊所 口腔诊所 中医诊所"},
        {"factory", "服装厂 机械厂 电子厂 食品厂"},
    };

    private CityTables() {
    }

    static String surname(SplittableRandom random) {
        int pick = random.nextInt(SURNAME_TOTAL);
        for (Object[] s : SURNAMES) {
            pick -= (Integer) s[1];
            if (pick < 0) {
                return (String) s[0];
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A given name: 60% from the Zipf-weighted common list, 40% two characters from the pool. */
    static String given(SplittableRandom random, boolean male) {
        if (random.nextDouble() < 0.6) {
            List<String> list = male ? MALE : FEMALE;
            return list.get(zipf(random, list.size()));
        }
        return "" + POOL.charAt(random.nextInt(POOL.length())) + POOL.charAt(random.nextInt(POOL.length()));
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index in [0, n) with probability proportional to 1/(i+1). */
    private static int zipf(SplittableRandom random, int n) {
        double total = 0;
        for (int i = 1; i <= n; i++) {
            total += 1.0 / i;
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < n; i++) {
            pick -= 1.0 / (i + 1);
            if (pick < 0) {
                return i;
            }
        }
        return n - 1;
    }
}
