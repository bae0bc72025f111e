package org.oneform.sync.dedup.normal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.oneform.sync.search.Pinyin;

/**
 * A name as dedup compares it: NFKC, letters only (no spaces or the middle dot of 阿依古丽·买买提), and
 * for every character ALL its toneless pinyin readings (长 → zhang, chang). Han characters outside the
 * Basic Multilingual Plane have no readings and compare by identity.
 */
public record Name(String text, List<List<String>> readings) {

    public Name {
        readings = List.copyOf(readings);
    }

    /** The name of raw input, or null when it has no letters. */
    public static Name of(String raw) {
        if (raw == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder text = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetter).map(Character::toLowerCase).forEach(text::appendCodePoint);
        if (text.isEmpty()) {
            return null;
        }
        List<List<String>> readings = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            readings.add(Character.isSurrogate(c) ? List.of() : Pinyin.readings(c));
        }
        return new Name(text.toString(), readings);
    }

    public int length() {
        return text.length();
    }

    /**
     * Up to {@code max} spellings that join one reading per character, skipping the character at
     * {@code skip} (use -1 to skip none): the blocking keys of a name and of its one-typo neighbours.
     */
    public List<String> spellings(int skip, int max) {
        List<String> spellings = new ArrayList<>(List.of(""));
        for (int i = 0; i < readings.size(); i++) {
            if (i == skip) {
                continue;
            }
            List<String> options = readings.get(i).isEmpty() ? List.of(String.valueOf(text.charAt(i))) : readings.get(i);
            List<String> next = new ArrayList<>();
            for (String prefix : spellings) {
                for (String option : options) {
                    if (next.size() < max) {
                        next.add(prefix.isEmpty() ? option : prefix + " " + option);
                    }
                }
            }
            spellings = next;
        }
        return spellings;
    }
}
