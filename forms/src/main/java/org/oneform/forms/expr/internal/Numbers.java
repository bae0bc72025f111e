package org.oneform.forms.expr.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Number ↔ text exactly as JavaScript does it, so the server and the tablet print and read numbers
 * alike: shortest round-trip digits; plain notation for 1e-6 &lt;= |x| &lt; 1e21, else {@code 1.5e+21}.
 */
public final class Numbers {

    /** What a text must look like to be a number: optional sign, digits, optional fraction, ASCII blanks around. */
    private static final Pattern NUMBER = Pattern.compile("[ \\t\\r\\n]*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)[ \\t\\r\\n]*");

    private Numbers() {}

    /** The number a text denotes, or {@code null} if it is not a number. */
    public static Double parse(String text) {
        return NUMBER.matcher(text).matches() ? Double.valueOf(text.strip()) : null;
    }

    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return "0";
        }
        // JDK 19+ Double.toString yields the shortest digits that round-trip, as JavaScript does.
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        double abs = Math.abs(x);
        if (abs >= 1e-6 && abs < 1e21) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (x < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
    }

    /** Rounds the decimal {@link #format printed} form of {@code x} to {@code digits} places, half away from zero. */
    public static double round(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(Double.toString(x)).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }
}
