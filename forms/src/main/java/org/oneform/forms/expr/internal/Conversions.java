package org.oneform.forms.expr.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.oneform.forms.expr.ExpressionError;
import org.oneform.forms.expr.ExpressionError.Reason;
import org.oneform.forms.expr.ExpressionException;
import org.oneform.forms.expr.Value;

/**
 * The implicit conversions of the language (see the package manual). Each takes the source position
 * to blame when the conversion fails. None accepts {@link Value#EMPTY}: callers decide what empty does.
 */
public final class Conversions {

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Conversions() {}

    public static double toNumber(Value v, int at) {
        return switch (v) {
            case Value.Num n -> n.value();
            case Value.Bool b -> b.value() ? 1 : 0;
            case Value.Text t -> {
                Double d = Numbers.parse(t.value());
                if (d == null) {
                    throw error(at, Reason.NOT_A_NUMBER, "'" + t.value() + "' is not a number");
                }
                yield d;
            }
            case Value.Date d -> throw error(at, Reason.TYPE_MISMATCH, "a date is not a number");
            case Value.Empty e -> throw new IllegalArgumentException("empty");
        };
    }

    public static LocalDate toDate(Value v, int at) {
        return switch (v) {
            case Value.Date d -> d.value();
            case Value.Text t -> parseDate(t.value(), at);
            case Value.Num n -> throw error(at, Reason.TYPE_MISMATCH, "a number is not a date (use date())");
            case Value.Bool b -> throw error(at, Reason.TYPE_MISMATCH, "a boolean is not a date");
            case Value.Empty e -> throw new IllegalArgumentException("empty");
        };
    }

    /** Any value as text; empty is {@code ""}. */
    public static String toText(Value v) {
        return switch (v) {
            case Value.Text t -> t.value();
            case Value.Num n -> Numbers.format(n.value());
            case Value.Bool b -> b.value() ? "true" : "false";
            case Value.Date d -> d.value().toString();
            case Value.Empty e -> "";
        };
    }

    /** XPath truthiness: empty → false, number ≠ 0, any non-empty text and any date → true. */
    public static boolean toBoolean(Value v) {
        return switch (v) {
            case Value.Bool b -> b.value();
            case Value.Num n -> n.value() != 0 && !Double.isNaN(n.value());
            case Value.Text t -> true;
            case Value.Date d -> true;
            case Value.Empty e -> false;
        };
    }

    /** A text compared with a boolean: {@code true yes 1} / {@code false no 0}, else an error. */
    public static boolean textToBoolean(Value.Text t, int at) {
        return switch (t.value()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw error(at, Reason.NOT_A_BOOLEAN, "'" + t.value() + "' is not a boolean");
        };
    }

    public static LocalDate parseDate(String text, int at) {
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                // falls through to the error below
            }
        }
        throw error(at, Reason.NOT_A_DATE, "'" + text + "' is not a date (YYYY-MM-DD)");
    }

    public static ExpressionException error(int at, Reason reason, String description) {
        return new ExpressionException(ExpressionError.of(at, reason, description));
    }
}
