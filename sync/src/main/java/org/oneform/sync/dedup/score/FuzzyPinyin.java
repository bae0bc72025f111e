package org.oneform.sync.dedup.score;

/**
 * The fuzzy-pinyin folding of input methods (模糊音), for near-homophones people mistype or mishear:
 * zh/z, ch/c, sh/s, n/l initials, and -ng/-n finals (ming/min, feng/fen, wang/wan).
 */
final class FuzzyPinyin {

    private FuzzyPinyin() {
    }

    static String fold(String reading) {
        String r = reading;
        if (r.startsWith("zh") || r.startsWith("ch") || r.startsWith("sh")) {
            r = r.charAt(0) + r.substring(2);
        } else if (r.startsWith("n") && r.length() > 1) {
            r = "l" + r.substring(1);
        }
        if (r.endsWith("ng") && r.length() > 2 && !r.endsWith("ong")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}
