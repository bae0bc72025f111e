package org.oneform.sync.dedup.normal;

/** Small Chinese numerals (〇 to 九十九, with 两) as Arabic digits: 三 → 3, 十二 → 12, 二十 → 20, 三十五 → 35. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        return digit(c) >= 0 || c == '十' || c == '零';
    }

    /** The value of a run of numerals, or -1 when the run is not a number this class reads. */
    static int value(CharSequence run) {
        int tens = run.toString().indexOf('十');
        if (tens < 0) {
            int value = 0;
            for (int i = 0; i < run.length(); i++) {
                int d = digit(run.charAt(i));
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return run.isEmpty() ? -1 : value;
        }
        int high = tens == 0 ? 1 : single(run, 0, tens);
        int low = tens == run.length() - 1 ? 0 : single(run, tens + 1, run.length());
        return high < 0 || low < 0 ? -1 : high * 10 + low;
    }

    private static int single(CharSequence run, int from, int to) {
        return to - from == 1 ? digit(run.charAt(from)) : -1;
    }

    private static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        if (c == '零') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
