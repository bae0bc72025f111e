package org.oneform.forms.expr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value of the expression language: a number, a text, a boolean, a date, or {@link Empty}.
 * The empty string is {@link Empty}: a {@link Text} is never empty.
 */
public sealed interface Value {

    /** The one empty value: a missing field, {@code null}, {@code ''}, an empty multiple choice. */
    enum Empty implements Value {
        EMPTY
    }

    /** A number: IEEE 754 double, the same in Java and on the tablet. */
    record Num(double value) implements Value {}

    /** A non-empty text. */
    record Text(String value) implements Value {
        public Text {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("an empty text is Value.EMPTY");
            }
        }
    }

    record Bool(boolean value) implements Value {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean value) {
            return value ? TRUE : FALSE;
        }
    }

    record Date(LocalDate value) implements Value {
        public Date {
            Objects.requireNonNull(value);
        }
    }

    Empty EMPTY = Empty.EMPTY;

    static Value text(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Text(value);
    }

    /**
     * Converts a field value as the application holds it: {@code null} → empty, {@link String},
     * {@link java.lang.Number}, {@link Boolean}, {@link LocalDate}, a {@link Collection} of choice codes
     * (a multiple choice; joined with single spaces), or a {@link Value}.
     *
     * @throws IllegalArgumentException for any other type
     */
    static Value of(Object value) {
        return switch (value) {
            case null -> EMPTY;
            case Value v -> v;
            case String s -> text(s);
            case BigDecimal d -> new Num(d.doubleValue());
            case java.lang.Number n -> new Num(n.doubleValue());
            case Boolean b -> Bool.of(b);
            case LocalDate d -> new Date(d);
            case Collection<?> c -> text(c.stream().map(String::valueOf).collect(Collectors.joining(" ")));
            default -> throw new IllegalArgumentException("not an expression value: " + value.getClass().getName());
        };
    }

    default boolean isEmpty() {
        return this == EMPTY;
    }
}
