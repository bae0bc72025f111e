package org.oneform.forms.xlsform.internal;

import java.util.Locale;

/**
 * Finds a row's Chinese and English text in XLSForm's language columns: {@code label}, {@code label::English (en)},
 * {@code label:Chinese (zh)}, {@code label::中文}… A column's language is its code in brackets, else its name;
 * the bare column is the settings' {@code default_language}, else Chinese if it contains a CJK character.
 */
public final class Labels {

    private Labels() {
    }

    /** The Chinese and English text of {@code base} ({@code label}, {@code hint}); empty strings when absent. */
    public static Pair of(Table table, Table.Line line, String base, String defaultLanguage) {
        String zh = "";
        String en = "";
        for (String column : table.columns()) {
            String value = line.get(column);
            if (value.isEmpty()) {
                continue;
            }
            String language;
            if (column.equals(base)) {
                language = defaultLanguage.isEmpty() ? (hasCjk(value) ? "zh" : "en") : language(defaultLanguage);
            } else if (column.startsWith(base + ":")) {
                language = language(column.substring(base.length()).replaceFirst("^::?", ""));
            } else {
                continue;
            }
            if (language.equals("zh") && zh.isEmpty()) {
                zh = value;
            } else if (language.equals("en") && en.isEmpty()) {
                en = value;
            }
        }
        return new Pair(zh, en);
    }

    /** {@code zh}, {@code en} or another code for a language name such as {@code English (en)} or {@code 中文}. */
    static String language(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        int open = n.lastIndexOf('(');
        if (open >= 0 && n.endsWith(")")) {
            n = n.substring(open + 1, n.length() - 1).strip();
        }
        if (n.startsWith("zh") || n.equals("chinese") || n.contains("中文") || n.contains("汉语") || n.contains("简体")) {
            return "zh";
        }
        if (n.startsWith("en") || n.equals("english") || n.equals("英文") || n.equals("英语")) {
            return "en";
        }
        return n;
    }

    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A text in both languages; either may be empty. */
    public record Pair(String zh, String en) {

        public boolean isEmpty() {
            return zh.isEmpty() && en.isEmpty();
        }

        /** The Chinese text, else the English. */
        public String any() {
            return zh.isEmpty() ? en : zh;
        }
    }
}
