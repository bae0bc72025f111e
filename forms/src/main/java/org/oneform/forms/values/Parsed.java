package org.oneform.forms.values;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing raw input into a value type: either the canonical value or a stable reason
 * code (a message key such as {@code id.checksum}) that says why the input is not one.
 *
 * <pre>{@code
 * switch (IdNumber.parse(raw)) {
 *     case Parsed.Valid(IdNumber id) -> use(id);
 *     case Parsed.Invalid(String reason) -> report(reason);
 * }
 * }</pre>
 *
 * @param <T> the value type
 */
public sealed interface Parsed<T> {

    /** The input is a valid value; {@code value} is canonical. */
    record Valid<T>(T value) implements Parsed<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The input is not a valid value, for the reason given as a message key. */
    record Invalid<T>(String reasonCode) implements Parsed<T> {
        public Invalid {
            Objects.requireNonNull(reasonCode, "reasonCode");
        }
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The value when valid, otherwise empty. */
    default Optional<T> toOptional() {
        return this instanceof Valid<T>(T value) ? Optional.of(value) : Optional.empty();
    }

    /** The reason code when invalid, otherwise empty. */
    default Optional<String> reason() {
        return this instanceof Invalid<T>(String code) ? Optional.of(code) : Optional.empty();
    }

    /** The value, or an {@link IllegalArgumentException} whose message is the reason code. */
    default T orElseThrow() {
        return switch (this) {
            case Valid<T>(T value) -> value;
            case Invalid<T>(String code) -> throw new IllegalArgumentException(code);
        };
    }
}
