package org.oneform.app.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.oneform.forms.values.CreditCode;
import org.oneform.forms.values.IdNumber;

/**
 * Issues unique identifiers for the demo city: ID numbers (GB 11643, region {@value #REGION}),
 * mobile and landline numbers, and unified social credit codes (GB 32100). The sets below are only
 * asked "seen before?", never iterated, so output does not depend on hash order.
 */
final class Identifiers {

    /** The demo district's region code: exists nowhere. */
    static final String REGION = DemoAreas.DISTRICT_CODE;
    /** The area code of the fake city's landlines. */
    static final String AREA_CODE = "0571";

    /** Mobile prefixes in service in mainland China, weighted roughly by how many numbers they hold. */
    private static final Weighted<String> MOBILE_PREFIXES = Weighted.parse("""
            138 8 139 8 137 6 136 6 135 6 130 5 131 5 132 4 133 4 150 5 151 4 152 4 153 3
            155 3 156 3 157 3 158 4 159 4 166 2 173 2 175 1 176 3 177 3 178 2 180 3 181 3
            182 3 183 3 184 1 185 3 186 4 187 4 188 3 189 4 191 1 193 1 195 1 198 2 199 2
            """);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** What kind of organisation a credit code is for: its registration authority and type digits. */
    enum Organisation {
        /** 工商 · 企业 */
        ENTERPRISE("91", "MA"),
        /** 工商 · 个体工商户 */
        INDIVIDUAL_BUSINESS("92", "MA"),
        /** 机构编制 · 事业单位 */
        PUBLIC_INSTITUTION("12", "4"),
        /** 民政 · 民办非企业单位 */
        PRIVATE_NON_ENTERPRISE("52", "MJ");

        private final String prefix;
        private final String orgCodeStart;

        Organisation(String prefix, String orgCodeStart) {
            this.prefix = prefix;
            this.orgCodeStart = orgCodeStart;
        }
    }

    private final RandomGenerator random;
    private final Set<String> idNumbers = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final Set<String> creditCodes = new HashSet<>();

    Identifiers(RandomGenerator random) {
        this.random = random;
    }

    /** An ID number: region, birth date, a sequence with the gender's parity (odd for men), the check digit. */
    String idNumber(LocalDate birthDate, Gender gender) {
        String prefix = REGION + birthDate.format(YYYYMMDD);
        while (true) {
            int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = prefix + "%03d".formatted(sequence);
            if (idNumbers.add(first17)) {
                return first17 + IdNumber.checkDigit(first17);
            }
        }
    }

    /** A mobile number nobody in the city has yet: 11 digits. */
    String mobile() {
        return unique(phones, () -> MOBILE_PREFIXES.pick(random) + "%08d".formatted(random.nextInt(100_000_000)));
    }

    /** A landline with its area code, e.g. {@code 057188886666}. */
    String landline() {
        return unique(phones, () -> AREA_CODE + Chance.between(random, 2, 8) + "%07d".formatted(random.nextInt(10_000_000)));
    }

    String creditCode(Organisation organisation) {
        return unique(creditCodes, () -> {
            var body = new StringBuilder(organisation.orgCodeStart);
            boolean digitsOnly = organisation == Organisation.PUBLIC_INSTITUTION;
            while (body.length() < 8) {
                body.append(digitsOnly ? (char) ('0' + random.nextInt(10))
                        : CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
            }
            String first17 = organisation.prefix + REGION + body + CreditCode.organisationCheckDigit(body.toString());
            return first17 + CreditCode.checkDigit(first17);
        });
    }

    private static String unique(Set<String> issued, java.util.function.Supplier<String> candidates) {
        while (true) {
            String candidate = candidates.get();
            if (issued.add(candidate)) {
                return candidate;
            }
        }
    }
}
