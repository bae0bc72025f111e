package org.oneform.sync.dedup.synth;

/**
 * Chinese surnames with roughly real frequencies (王 李 张 about 7% each, compound and rare ones too), for
 * every generator of fake people: the dedup benchmark's ({@link SyntheticPersons}) and the search
 * benchmark's city. A generator draws a point in {@code [0, TOTAL)} with its own random source, so each
 * keeps its own sequence.
 */
public final class Surnames {

    /** Surname, weight in per mille. */
    private static final Object[][] WEIGHTED = {
        {"王", 71}, {"李", 70}, {"张", 67}, {"刘", 54}, {"陈", 45}, {"杨", 31}, {"黄", 22}, {"赵", 20}, {"吴", 20},
        {"周", 19}, {"徐", 15}, {"孙", 14}, {"马", 13}, {"朱", 12}, {"胡", 12}, {"郭", 11}, {"何", 10}, {"高", 10},
        {"林", 10}, {"罗", 9}, {"郑", 8}, {"梁", 8}, {"谢", 7}, {"宋", 6}, {"唐", 6}, {"许", 6}, {"韩", 5}, {"冯", 5},
        {"邓", 5}, {"曹", 5}, {"彭", 5}, {"曾", 5}, {"肖", 4}, {"田", 4}, {"董", 4}, {"袁", 4}, {"潘", 4}, {"于", 4},
        {"蒋", 4}, {"蔡", 4}, {"余", 4}, {"杜", 4}, {"叶", 4}, {"程", 4}, {"苏", 3}, {"魏", 3}, {"吕", 3}, {"丁", 3},
        {"任", 3}, {"沈", 3}, {"姚", 3}, {"卢", 3}, {"姜", 3}, {"崔", 3}, {"钟", 3}, {"谭", 3}, {"陆", 3}, {"汪", 3},
        {"欧阳", 1}, {"司马", 1}, {"诸葛", 1}, {"上官", 1}, {"禤", 1}, {"亓", 1}, {"仉", 1}, {"濮", 1}, {"佘", 1},
        {"訾", 1}, {"钭", 1}, {"闫", 2}, {"单", 1}, {"解", 1}, {"查", 1},
    };

    /** The sum of the weights: draw a point below it. */
    public static final int TOTAL;

    static {
        int total = 0;
        for (Object[] s : WEIGHTED) {
            total += (Integer) s[1];
        }
        TOTAL = total;
    }

    private Surnames() {
    }

    /** The surname whose share of the cumulative weights holds {@code point}, in {@code [0, TOTAL)}. */
    public static String at(int point) {
        int pick = point;
        for (Object[] s : WEIGHTED) {
            pick -= (Integer) s[1];
            if (pick < 0) {
                return (String) s[0];
            }
        }
        throw new IllegalArgumentException("point " + point + " is not below " + TOTAL);
    }

    /** An index in [0, n) with probability proportional to 1/(i+1), for {@code uniform} in [0, 1). */
    public static int zipf(double uniform, int n) {
        double total = 0;
        for (int i = 1; i <= n; i++) {
            total += 1.0 / i;
        }
        double pick = uniform * total;
        for (int i = 0; i < n; i++) {
            pick -= 1.0 / (i + 1);
            if (pick < 0) {
                return i;
            }
        }
        return n - 1;
    }
}
