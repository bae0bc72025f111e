package org.oneform.sync.dedup.score;

import java.util.List;

import org.oneform.sync.dedup.normal.Name;

/** How two names agree, compared character by character through their pinyin readings. */
enum NameLevel {
    /** The same characters. */
    EXACT,
    /** Every differing character shares a reading with its counterpart: 张伟 / 章伟, 长 (zhang) / 张. */
    HOMOPHONE,
    /** One character is a near-homophone (fuzzy pinyin: 明 ming / 敏 min) or a look-alike (王 / 玉); the rest agree. */
    TYPO,
    /** Two such typos in a name of three characters or more. */
    TWO_TYPOS,
    DIFFERENT;

    static NameLevel compare(Name a, Name b) {
        if (a.text().equals(b.text())) {
            return EXACT;
        }
        if (a.length() != b.length()) {
            return DIFFERENT;
        }
        int typos = 0;
        for (int i = 0; i < a.length(); i++) {
            char x = a.text().charAt(i);
            char y = b.text().charAt(i);
            if (x == y || shareReading(a.readings().get(i), b.readings().get(i))) {
                continue;
            }
            if (++typos > (a.length() >= 3 ? 2 : 1) || !(SimilarShapes.similar(x, y) || shareFuzzyReading(a.readings().get(i), b.readings().get(i)))) {
                return DIFFERENT;
            }
        }
        return typos == 0 ? HOMOPHONE : typos == 1 ? TYPO : TWO_TYPOS;
    }

    private static boolean shareReading(List<String> x, List<String> y) {
        for (String r : x) {
            if (y.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareFuzzyReading(List<String> x, List<String> y) {
        for (String r : x) {
            String folded = FuzzyPinyin.fold(r);
            for (String s : y) {
                if (folded.equals(FuzzyPinyin.fold(s))) {
                    return true;
                }
            }
        }
        return false;
    }
}
