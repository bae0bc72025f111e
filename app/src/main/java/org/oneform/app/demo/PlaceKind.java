package org.oneform.app.demo;

import static org.oneform.app.demo.Chance.chance;

import java.util.List;
import java.util.random.RandomGenerator;

import org.oneform.app.demo.Identifiers.Organisation;

/**
 * The kinds of place (场所) with their catalog code ({@code place.type}), how common they are, how
 * their names end (便利店, 面馆, 幼儿园 …), what their names start with, and who registers them.
 */
enum PlaceKind {
    SHOP("shop", 25, "便利店 超市 水果店 五金店 烟酒店 服装店 理发店 手机店 花店 文具店 母婴店 干洗店 粮油店 副食店",
            List.of(Prefix.OWNER, Prefix.BRAND, Prefix.BRAND, Prefix.AREA), true),
    RESTAURANT("restaurant", 23, "面馆 饺子馆 小吃 快餐 餐厅 酒家 烧烤 米线 馄饨店 包子铺 火锅 小炒",
            List.of(Prefix.OWNER, Prefix.OWNER, Prefix.CUISINE, Prefix.AREA), true),
    OFFICE("office", 12, "科技有限公司 贸易有限公司 文化传媒有限公司 网络科技有限公司 建筑设计有限公司 律师事务所 会计师事务所 物业服务中心",
            List.of(Prefix.BRAND, Prefix.AREA), false),
    FACTORY("factory", 6, "服装厂 机械厂 电子厂 食品厂 印刷厂 五金厂 纸箱厂 塑料制品厂",
            List.of(Prefix.BRAND, Prefix.AREA), false),
    PHARMACY("pharmacy", 5, "大药房 药店 医药连锁店 健康药房", List.of(Prefix.BRAND, Prefix.AREA), true),
    WAREHOUSE("warehouse", 5, "物流仓库 仓储中心 冷链仓库 快递分拨中心", List.of(Prefix.BRAND, Prefix.AREA), false),
    HOTEL("hotel", 5, "宾馆 酒店 快捷酒店 民宿 旅馆 商务酒店", List.of(Prefix.BRAND, Prefix.AREA), false),
    CLINIC("clinic", 4, "社区卫生服务站 诊所 口腔诊所 中医诊所", List.of(Prefix.AREA, Prefix.BRAND), true),
    CONSTRUCTION_SITE("construction_site", 4, "二期工地 项目工地 安置房工地 地铁站工地", List.of(Prefix.AREA), false),
    KINDERGARTEN("kindergarten", 3, "幼儿园 双语幼儿园 艺术幼儿园 实验幼儿园", List.of(Prefix.AREA, Prefix.BRAND), true),
    INTERNET_CAFE("internet_cafe", 3, "网吧 网咖 电竞馆", List.of(Prefix.BRAND, Prefix.AREA), false),
    ELDERLY_CARE("elderly_care", 3, "养老院 老年公寓 居家养老服务中心 日间照料中心 颐养院", List.of(Prefix.AREA), true),
    SCHOOL("school", 2, "小学 中学 实验小学 第二小学 初级中学", List.of(Prefix.AREA), false);

    /** Where the first part of a place's name comes from. */
    enum Prefix {
        /** 老王, 小李, 阿芳 */
        OWNER,
        /** 好邻居, 鑫鑫 */
        BRAND,
        /** the street, an estate or a road: 清河, 金桂, 建设 */
        AREA,
        /** 川味, 兰州 */
        CUISINE
    }

    static final Weighted<PlaceKind> WEIGHTED;

    static {
        double[] weights = new double[values().length];
        for (PlaceKind kind : values()) {
            weights[kind.ordinal()] = kind.weight;
        }
        WEIGHTED = Weighted.of(List.of(values()), weights);
    }

    private final String code;
    private final int weight;
    private final List<String> suffixes;
    private final List<Prefix> prefixes;
    private final boolean mayBeInAnEstate;

    PlaceKind(String code, int weight, String suffixes, List<Prefix> prefixes, boolean mayBeInAnEstate) {
        this.code = code;
        this.weight = weight;
        this.suffixes = List.of(suffixes.split(" "));
        this.prefixes = prefixes;
        this.mayBeInAnEstate = mayBeInAnEstate;
    }

    String code() {
        return code;
    }

    List<String> suffixes() {
        return suffixes;
    }

    List<Prefix> prefixes() {
        return prefixes;
    }

    /** Shops, clinics, kindergartens and the like often sit on an estate's ground floor (底商). */
    boolean mayBeInAnEstate() {
        return mayBeInAnEstate;
    }

    /** Who registered the place, or null for a construction site (the contractor is elsewhere). */
    Organisation organisation(RandomGenerator random) {
        return switch (this) {
            case SHOP -> chance(random, 0.8) ? Organisation.INDIVIDUAL_BUSINESS : Organisation.ENTERPRISE;
            case RESTAURANT -> chance(random, 0.7) ? Organisation.INDIVIDUAL_BUSINESS : Organisation.ENTERPRISE;
            case CLINIC -> chance(random, 0.4) ? Organisation.PUBLIC_INSTITUTION : Organisation.INDIVIDUAL_BUSINESS;
            case HOTEL, PHARMACY -> chance(random, 0.3) ? Organisation.INDIVIDUAL_BUSINESS : Organisation.ENTERPRISE;
            case SCHOOL -> chance(random, 0.85) ? Organisation.PUBLIC_INSTITUTION : Organisation.PRIVATE_NON_ENTERPRISE;
            case KINDERGARTEN -> random.nextBoolean() ? Organisation.PUBLIC_INSTITUTION : Organisation.PRIVATE_NON_ENTERPRISE;
            case ELDERLY_CARE -> chance(random, 0.6) ? Organisation.PRIVATE_NON_ENTERPRISE : Organisation.PUBLIC_INSTITUTION;
            case OFFICE, FACTORY, WAREHOUSE, INTERNET_CAFE -> Organisation.ENTERPRISE;
            case CONSTRUCTION_SITE -> null;
        };
    }
}
