package org.oneform.sync.searchbench;

import java.util.List;
import java.util.SplittableRandom;

import org.oneform.sync.dedup.synth.Surnames;

/**
 * Word material for the benchmark city: surnames with roughly real frequencies (the dedup generator's
 * table, {@link Surnames}), given names with a long tail and
 * polyphonic characters (长 乐 朝 重 行 曾 单 解 查: every reading must find the name), estate, road and shop
 * words in the style of the demo city ({@code app.demo}). All fake.
 */
final class CityTables {

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
        return Surnames.at(random.nextInt(Surnames.TOTAL));
    }

    /** A given name: 60% from the Zipf-weighted common list, 40% two characters from the pool. */
    static String given(SplittableRandom random, boolean male) {
        if (random.nextDouble() < 0.6) {
            List<String> list = male ? MALE : FEMALE;
            return list.get(Surnames.zipf(random.nextDouble(), list.size()));
        }
        return "" + POOL.charAt(random.nextInt(POOL.length())) + POOL.charAt(random.nextInt(POOL.length()));
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
