package org.oneform.app.demo;

import java.util.random.RandomGenerator;

/**
 * Chinese surnames with weights close to their national frequency (per 10,000 people): a few very
 * common ones (王, 李, 张 are each about 7%, which is why 张伟 meets 张伟), a long tail, polyphonic
 * surnames whose reading differs from the character's usual one (曾 Zeng, 单 Shan, 解 Xie, 仇 Qiu,
 * 查 Zha, 区 Ou, 盖 Ge, 朴 Piao, 乐 Yue) and a few two-character surnames (欧阳, 诸葛).
 */
final class Surnames {

    private static final Weighted<String> TABLE = Weighted.parse("""
            王 710 李 700 张 660 刘 540 陈 450 杨 310 黄 210 赵 200 吴 190 周 180
            徐 150 孙 140 马 130 朱 120 胡 115 郭 110 何 100 林 100 高 100 罗 90
            郑 90 梁 80 谢 70 宋 60 唐 60 许 60 韩 60 邓 55 冯 55 曹 50
            彭 50 曾 50 肖 50 田 45 董 45 潘 40 袁 40 蔡 40 蒋 40 余 40
            于 40 杜 38 叶 38 程 35 魏 33 苏 33 吕 33 丁 32 任 32 卢 30
            姚 30 沈 30 钟 30 姜 30 崔 28 谭 28 陆 28 范 25 汪 25 廖 24
            石 24 金 24 韦 22 贾 22 夏 22 付 22 方 22 邹 20 熊 20 白 20
            孟 20 秦 20 邱 20 侯 19 江 19 尹 19 薛 18 闫 18 段 18 雷 18
            龙 15 黎 15 史 15 陶 15 贺 14 毛 14 郝 14 顾 14 龚 13 邵 13
            万 12 覃 12 武 12 钱 12 戴 12 严 11 莫 11 孔 11 向 10 常 10
            汤 10 康 10 易 10 乔 9 赖 9 文 9 施 9 洪 9 章 8 俞 8
            樊 6 楼 6 应 6 翟 4 单 5 解 4 查 4 仇 3 朴 3 乐 3
            缪 3 裘 3 竺 3 区 2 盖 2 柏 2 晏 2 欧阳 4 司马 1 诸葛 1
            上官 1 东方 1 皇甫 1 令狐 1 尉迟 1
            """);

    private Surnames() {
    }

    static String pick(RandomGenerator random) {
        return TABLE.pick(random);
    }
}
