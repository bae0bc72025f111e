package org.oneform.sync.dedup.synth;

import java.time.LocalDate;
import java.util.Random;

import org.oneform.forms.values.IdNumber;

/** Renders one captured record of a person: format variants always, errors and gaps as the level says. */
final class Noise {

    private static final String CN_DIGITS = "〇一二三四五六七八九十";

    private final Random random;
    private final NoiseLevel level;

    Noise(Random random, NoiseLevel level) {
        this.random = random;
        this.level = level;
    }

    String name(String name) {
        if (chance(level.nameMissing())) {
            return "";
        }
        if (chance(level.nameHomophone())) {
            name = replaceOne(name, true);
        }
        if (chance(level.nameLookAlike())) {
            name = replaceOne(name, false);
        }
        return chance(0.02) ? name.charAt(0) + " " + name.substring(1) : name;
    }

    /** One character replaced by a homophone or a look-alike, when the name has one in the tables. */
    private String replaceOne(String name, boolean homophone) {
        int start = random.nextInt(name.length());
        for (int k = 0; k < name.length(); k++) {
            int i = (start + k) % name.length();
            char other = NameTables.swap(homophone ? NameTables.HOMOPHONES : NameTables.LOOK_ALIKES, name.charAt(i), random);
            if (other != 0) {
                return name.substring(0, i) + other + name.substring(i + 1);
            }
        }
        return name;
    }

    String gender(boolean male) {
        if (chance(level.genderMissing())) {
            return "";
        }
        return chance(0.1) ? (male ? "M" : "F") : (male ? "男" : "女");
    }

    String birthDate(LocalDate birth) {
        if (chance(level.birthMissing())) {
            return "";
        }
        if (chance(level.birthTypo())) {
            birth = random.nextBoolean() && birth.getDayOfMonth() <= 12
                    ? LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue())
                    : birth.plusDays(random.nextBoolean() ? 1 : -1);
        }
        int y = birth.getYear();
        int m = birth.getMonthValue();
        int d = birth.getDayOfMonth();
        return switch (random.nextInt(5)) {
            case 0, 1 -> String.format("%04d-%02d-%02d", y, m, d);
            case 2 -> y + "/" + m + "/" + d;
            case 3 -> String.format("%04d%02d%02d", y, m, d);
            default -> y + "年" + m + "月" + d + "日";
        };
    }

    String idNumber(String id) {
        if (chance(level.idMissing())) {
            return "";
        }
        if (chance(level.idSubstitution())) {
            id = corrupt(id, false);
        } else if (chance(level.idTransposition())) {
            id = corrupt(id, true);
        } else if (chance(level.idLegacy()) && id.startsWith("19", 6)) {
            id = id.substring(0, 6) + id.substring(8, 17);
        }
        if (chance(0.3)) {
            id = id.replace('X', 'x');
        }
        if (chance(0.05)) {
            id = id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
        }
        return chance(level.idFullWidth()) ? fullWidth(id) : id;
    }

    /** One digit changed, or two adjacent different digits swapped, so that the check character fails. */
    private String corrupt(String id, boolean transpose) {
        for (int attempt = 0; attempt < 50; attempt++) {
            char[] c = id.toCharArray();
            int i = random.nextInt(17);
            if (transpose) {
                if (c[i] == c[i + 1]) {
                    continue;
                }
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
            } else {
                c[i] = (char) ('0' + (c[i] - '0' + 1 + random.nextInt(9)) % 10);
            }
            String candidate = new String(c);
            if (!IdNumber.parse(candidate, LocalDate.MAX).isValid()) {
                return candidate;
            }
        }
        return id;
    }

    String phone(String phone) {
        if (phone == null || chance(level.phoneMissing())) {
            return "";
        }
        if (chance(level.phoneChanged())) {
            phone = phone.substring(0, 3) + String.format("%08d", random.nextInt(100_000_000));
        }
        String p = switch (random.nextInt(6)) {
            case 0 -> phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
            case 1 -> phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
            case 2 -> "+86 " + phone;
            default -> phone;
        };
        return chance(0.05) ? fullWidth(p) : p;
    }

    String address(Dwelling h) {
        if (chance(level.addressMissing())) {
            return "";
        }
        String prefix = switch (random.nextInt(6)) {
            case 0 -> "浙江省杭州市一张表示范区" + h.street() + h.community();
            case 1 -> "一张表示范区" + h.street() + h.community();
            case 2 -> h.street() + h.community();
            case 3 -> h.street();
            default -> "";
        };
        if (chance(level.addressPartial())) {
            return prefix + h.estate();
        }
        String estate = chance(0.1) && !h.estate().endsWith("小区") ? h.estate() + "小区" : h.estate();
        String room = String.format("%02d", h.room());
        String dwelling;
        if (chance(0.1)) {
            dwelling = h.building() + "-" + h.unit() + "-" + h.floor() + room;
        } else {
            String building = switch (random.nextInt(5)) {
                case 0 -> h.building() + "幢";
                case 1 -> h.building() + "号楼";
                case 2 -> h.building() + "号";
                case 3 -> numeral(h.building()) + "栋";
                default -> h.building() + "栋";
            };
            String unit = chance(0.15) ? numeral(h.unit()) + "单元" : h.unit() + "单元";
            String roomText = switch (random.nextInt(4)) {
                case 0 -> h.floor() + room + "室";
                case 1 -> h.floor() + "-" + room;
                case 2 -> h.floor() + "楼" + room;
                default -> h.floor() + room;
            };
            dwelling = building + unit + roomText;
        }
        String address = prefix + estate + dwelling;
        return chance(0.1) ? fullWidth(address) : address;
    }

    /** 1–99 in Chinese numerals (三, 十二, 二十); larger numbers stay digits. */
    private static String numeral(int n) {
        if (n <= 10) {
            return String.valueOf(CN_DIGITS.charAt(n));
        }
        if (n < 100) {
            return (n >= 20 ? String.valueOf(CN_DIGITS.charAt(n / 10)) : "") + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(CN_DIGITS.charAt(n % 10)));
        }
        return String.valueOf(n);
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
        }
        return out.toString();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
