package org.oneform.sync.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin spellings of a name from ALL readings of each character (pinyin4j): 杨长青 spells
 * {@code yangchangqing} and {@code yangzhangqing}, initials {@code ycq} and {@code yzq}. ü is spelled
 * both {@code v} (as typed on most input methods) and {@code u}. ASCII letters and digits spell
 * themselves; other characters (the middle dot, punctuation, characters pinyin4j does not know) are
 * skipped. Thread-safe.
 *
 * <p>Public only for {@link #readings(char)}, which dedup uses to compare names character by
 * character (see {@code docs/decisions/0006-dedup-scoring.md}); the spellings stay this package's.
 */
public final class Pinyin {

    /** At most this many spellings per name: a long place name with several polyphonic characters stops here. */
    static final int MAX_SPELLINGS = 32;

    private static final ConcurrentHashMap<Character, List<String>> READINGS = new ConcurrentHashMap<>();

    /** Full spellings and initials, both in a stable order, both without duplicates. */
    record Spellings(Set<String> full, Set<String> initials) {

        boolean isEmpty() {
            return full.isEmpty();
        }
    }

    private Pinyin() {
    }

    /** The spellings of a text (normally a name of a few characters). */
    static Spellings of(String text) {
        List<String> combos = new ArrayList<>(List.of(""));
        List<String> initials = new ArrayList<>(List.of(""));
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            List<String> readings = readings(text.charAt(i));
            if (readings.isEmpty()) {
                continue;
            }
            any = true;
            List<String> nextCombos = new ArrayList<>();
            List<String> nextInitials = new ArrayList<>();
            for (int c = 0; c < combos.size() && nextCombos.size() < MAX_SPELLINGS; c++) {
                for (String reading : readings) {
                    if (nextCombos.size() == MAX_SPELLINGS) {
                        break;
                    }
                    nextCombos.add(combos.get(c) + reading);
                    nextInitials.add(initials.get(c) + reading.charAt(0));
                }
            }
            combos = nextCombos;
            initials = nextInitials;
        }
        if (!any) {
            return new Spellings(Set.of(), Set.of());
        }
        return new Spellings(new LinkedHashSet<>(combos), new LinkedHashSet<>(initials));
    }

    /**
     * The distinct toneless readings of one character, lower case, in pinyin4j's order, ü as both
     * {@code v} and {@code u}; an ASCII letter or digit reads as itself; empty when it has none.
     */
    public static List<String> readings(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) ? List.of(String.valueOf(Character.toLowerCase(c))) : List.of();
        }
        return READINGS.computeIfAbsent(c, Pinyin::lookUp);
    }

    private static List<String> lookUp(char c) {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
        if (readings == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String reading : readings) {
            String r = reading.toLowerCase(Locale.ROOT);
            if (!r.isEmpty() && r.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                distinct.add(r);
            }
        }
        for (String reading : List.copyOf(distinct)) {
            if (reading.indexOf('v') > 0) {
                distinct.add(reading.replace('v', 'u'));
            }
        }
        return List.copyOf(distinct);
    }
}
