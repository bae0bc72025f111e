package org.oneform.sync.dedup.normal;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Chinese residential address into {@link Address} components. It reads the common shape
 * {@code [省][市][区][街道|镇|乡][社区][小区][栋][单元][室]}; prefixes may be missing, and the numbers may be
 * written 3栋 / 3幢 / 3号楼 / 3号 / 3座 / 三栋, 2单元 / 二单元, 501 / 501室 / 5-01 / 5楼01, or as 3-2-501.
 * Full-width digits and dashes are half-width first. Pure function; never throws.
 */
public final class AddressParser {

    private static final Pattern NUMERAL_BEFORE_MARKER =
            Pattern.compile("([〇零一二两三四五六七八九十]+)(?=栋|幢|号楼|号|座|单元|楼|层|室)");
    private static final Pattern PROVINCE_CITY = Pattern.compile("^(?:[^\\d]{2,4}?省)?(?:[^\\d]{2,4}?市)?");
    private static final Pattern STREET = Pattern.compile("^(.*?)(街道|镇|乡)");
    private static final Pattern DISTRICT_ONLY = Pattern.compile("^([^\\d]{2,5}?(?<!小|园|社|片|景)[区县])");
    private static final Pattern COMMUNITY = Pattern.compile("^(.*?)社区");
    private static final Pattern MARKED_TAIL = Pattern.compile(
            "(\\d+)(?:栋|幢|号楼|号|座|#)(?:(\\d+)单元)?(?:(\\d+)(?:楼|层|-)(\\d+)|(\\d+))?(?:室|号)?$");
    private static final Pattern DASHED_TAIL = Pattern.compile("(\\d+)-(\\d+)-(\\d+)(?:室)?$");

    private AddressParser() {
    }

    /** The components of raw input, or null when it is blank. */
    public static Address parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = clean(raw);
        s = PROVINCE_CITY.matcher(s).replaceFirst("");
        String district = "";
        String street = "";
        Matcher m = STREET.matcher(s);
        if (m.find()) {
            String before = m.group(1);
            int cut = Math.max(before.lastIndexOf('区'), before.lastIndexOf('县'));
            district = before.substring(0, cut + 1);
            street = before.substring(cut + 1);
            s = s.substring(m.end());
        } else if ((m = DISTRICT_ONLY.matcher(s)).find()) {
            district = m.group(1);
            s = s.substring(m.end());
        }
        String community = "";
        if ((m = COMMUNITY.matcher(s)).find()) {
            community = m.group(1);
            s = s.substring(m.end());
        }
        return dwelling(district, street, community, s, clean(raw));
    }

    private static Address dwelling(String district, String street, String community, String rest, String compact) {
        Matcher m = MARKED_TAIL.matcher(rest);
        if (m.find()) {
            String room = m.group(3) != null ? m.group(3) + twoDigits(m.group(4)) : number(m.group(5));
            return new Address(district, street, community, estate(rest.substring(0, m.start())), number(m.group(1)),
                    number(m.group(2)), room, compact);
        }
        m = DASHED_TAIL.matcher(rest);
        if (m.find()) {
            return new Address(district, street, community, estate(rest.substring(0, m.start())), number(m.group(1)),
                    number(m.group(2)), number(m.group(3)), compact);
        }
        return new Address(district, street, community, estate(rest), "", "", "", compact);
    }

    /** NFKC, no white space, every dash a hyphen, Chinese numerals before 栋/单元/室… as digits. */
    private static String clean(String raw) {
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212' ? '-' : c);
        }
        Matcher m = NUMERAL_BEFORE_MARKER.matcher(out);
        StringBuilder converted = new StringBuilder(out.length());
        while (m.find()) {
            int value = ChineseNumerals.value(m.group(1));
            m.appendReplacement(converted, value < 0 ? m.group(1) : Integer.toString(value));
        }
        m.appendTail(converted);
        return converted.toString();
    }

    private static String estate(String text) {
        String e = text.endsWith("小区") && text.length() > 3 ? text.substring(0, text.length() - 2) : text;
        return e.endsWith("-") ? e.substring(0, e.length() - 1) : e;
    }

    private static String number(String digits) {
        return digits == null ? "" : digits.replaceFirst("^0+(?=\\d)", "");
    }

    private static String twoDigits(String digits) {
        String n = number(digits);
        return n.length() == 1 ? "0" + n : n;
    }
}
