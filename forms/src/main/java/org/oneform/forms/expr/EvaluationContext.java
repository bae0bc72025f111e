package org.oneform.forms.expr;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What an expression is evaluated against.
 *
 * @param values  field id → value (see {@link Value#of(Object)}); a missing id is empty
 * @param today   the date {@code today()} and {@code age()} use; injected so results are reproducible
 * @param current the value {@code .} stands for (the field a constraint belongs to); may be {@code null}
 */
public record EvaluationContext(Map<String, ?> values, LocalDate today, Object current) {

    public EvaluationContext {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(today, "today");
    }

    public static EvaluationContext of(Map<String, ?> values, LocalDate today) {
        return new EvaluationContext(values, today, null);
    }

    /** The same context where {@code .} is {@code current}. */
    public EvaluationContext withCurrent(Object current) {
        return new EvaluationContext(values, today, current);
    }

    /** The value of field {@code id}; empty when absent. */
    public Value value(String id) {
        return Value.of(values.get(id));
    }

    public Value currentValue() {
        return Value.of(current);
    }
}
