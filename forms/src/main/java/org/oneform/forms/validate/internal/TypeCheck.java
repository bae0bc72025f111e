package org.oneform.forms.validate.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.values.IdNumber;
import org.oneform.forms.values.Parsed;
import org.oneform.forms.values.Phone;

/** Checks one raw value against its field's type and turns it into the normalised value. */
public final class TypeCheck {

    /** The outcome for one value. */
    public sealed interface Outcome {
        /** No value: {@code null}, blank text, an empty list. */
        record Empty() implements Outcome {}

        record Ok(Object value) implements Outcome {}

        record Bad(String code, Object... args) implements Outcome {}
    }

    private static final Outcome EMPTY = new Outcome.Empty();

    private TypeCheck() {
    }

    public static Outcome check(FieldDefinition field, Object raw, LocalDate today) {
        if (raw == null || raw instanceof String s && s.isBlank() || raw instanceof Collection<?> c && c.isEmpty()) {
            return EMPTY;
        }
        return switch (field.type()) {
            case TEXT, ADDRESS, PHOTO -> raw instanceof String s ? new Outcome.Ok(s.strip()) : bad("type.text");
            case NOTE -> EMPTY;
            case INTEGER -> integer(raw);
            case DECIMAL -> decimal(raw);
            case DATE -> date(raw);
            case SINGLE_CHOICE -> singleChoice(field, raw);
            case MULTIPLE_CHOICE -> multipleChoice(field, raw);
            case YES_NO -> yesNo(raw);
            case ID_NUMBER -> raw instanceof String s ? parsed(IdNumber.parse(s, today), IdNumber::value) : bad(IdNumber.CHARACTERS);
            case PHONE -> raw instanceof String s ? parsed(Phone.parse(s), Phone::value) : bad(Phone.CHARACTERS);
            case GPS -> gps(raw);
            case REPEAT_GROUP -> raw instanceof List<?> ? new Outcome.Ok(raw) : bad("repeat");
        };
    }

    private static Outcome bad(String code, Object... args) {
        return new Outcome.Bad(code, args);
    }

    private static <T> Outcome parsed(Parsed<T> parsed, java.util.function.Function<T, String> canonical) {
        return switch (parsed) {
            case Parsed.Valid<T>(T value) -> new Outcome.Ok(canonical.apply(value));
            case Parsed.Invalid<T>(String reason) -> bad(reason);
        };
    }

    private static Outcome integer(Object raw) {
        BigDecimal number = number(raw);
        if (number == null) {
            return bad("type.integer");
        }
        try {
            return new Outcome.Ok(number.longValueExact());
        } catch (ArithmeticException e) {
            return bad("type.integer");
        }
    }

    private static Outcome decimal(Object raw) {
        BigDecimal number = number(raw);
        return number == null ? bad("type.decimal") : new Outcome.Ok(number);
    }

    private static BigDecimal number(Object raw) {
        try {
            return switch (raw) {
                case BigDecimal d -> d;
                case Double d when d.isNaN() || d.isInfinite() -> null;
                case Float f when f.isNaN() || f.isInfinite() -> null;
                case Number n -> new BigDecimal(n.toString());
                case String s when s.strip().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") -> new BigDecimal(s.strip());
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Outcome date(Object raw) {
        if (raw instanceof LocalDate d) {
            return new Outcome.Ok(d);
        }
        if (raw instanceof String s && s.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return new Outcome.Ok(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                return bad("date");
            }
        }
        return bad("date");
    }

    private static Outcome singleChoice(FieldDefinition field, Object raw) {
        if (!(raw instanceof String s)) {
            return bad("choice", String.valueOf(raw));
        }
        String code = s.strip();
        return field.choice(code).isPresent() ? new Outcome.Ok(code) : bad("choice", code);
    }

    private static Outcome multipleChoice(FieldDefinition field, Object raw) {
        List<String> codes = new ArrayList<>();
        if (raw instanceof String s) {
            codes.addAll(List.of(s.strip().split("\\s+")));
        } else if (raw instanceof Collection<?> c) {
            c.forEach(item -> codes.add(String.valueOf(item).strip()));
        } else {
            return bad("choice", String.valueOf(raw));
        }
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (field.choice(code).isEmpty()) {
                return bad("choice", code);
            }
            if (!seen.add(code)) {
                return bad("choice.duplicate", code);
            }
        }
        return new Outcome.Ok(List.copyOf(codes));
    }

    private static Outcome yesNo(Object raw) {
        if (raw instanceof Boolean b) {
            return new Outcome.Ok(b ? "yes" : "no");
        }
        if (raw instanceof String s) {
            String v = s.strip().toLowerCase(Locale.ROOT);
            if (v.equals("yes") || v.equals("no")) {
                return new Outcome.Ok(v);
            }
        }
        return bad("yes-no");
    }

    /**
     * {@code "lat lon [alt [accuracy]]"} (ODK geopoint), a list of numbers, or the collector's {@code {lat, lon,
     * accuracy}} object; normalised to {@code "lat lon"}.
     */
    private static Outcome gps(Object raw) {
        List<BigDecimal> parts = new ArrayList<>();
        if (raw instanceof java.util.Map<?, ?> point) {
            if (point.get("lat") == null || point.get("lon") == null) {
                return bad("gps");
            }
            parts.add(number(point.get("lat")));
            parts.add(number(point.get("lon")));
        } else if (raw instanceof String s) {
            for (String part : s.strip().split("[\\s,]+")) {
                parts.add(number(part));
            }
        } else if (raw instanceof List<?> list) {
            list.forEach(item -> parts.add(number(item)));
        }
        if (parts.size() < 2 || parts.size() > 4 || parts.contains(null)) {
            return bad("gps");
        }
        BigDecimal lat = parts.get(0);
        BigDecimal lon = parts.get(1);
        if (lat.abs().compareTo(BigDecimal.valueOf(90)) > 0 || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            return bad("gps");
        }
        return new Outcome.Ok(lat.toPlainString() + " " + lon.toPlainString());
    }
}
