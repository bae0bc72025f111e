package org.oneform.forms.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.compile.FormField;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.expr.EvaluationContext;
import org.oneform.forms.expr.Expression;
import org.oneform.forms.expr.ExpressionException;
import org.oneform.forms.validate.internal.Calculations;
import org.oneform.forms.validate.internal.Messages;
import org.oneform.forms.validate.internal.TypeCheck;
import org.oneform.forms.validate.internal.TypeCheck.Outcome;

/**
 * Validates a filled form against the exact form version it was filled in. Stateless and thread-safe.
 *
 * <p>Values are keyed by field id: strings, numbers, booleans, {@code LocalDate}s, lists of choice codes, and for
 * a repeat group a list of maps (child id → value). In order:
 * <ol>
 * <li>ids the version does not have are errors ({@code unknown-field});</li>
 * <li>every value is type-checked and normalised (ID numbers by {@code IdNumber}, phones by {@code Phone},
 *     choice membership, dates {@code YYYY-MM-DD}, integers, decimals, yes/no, GPS points);</li>
 * <li>calculations are recomputed (a value sent for a calculated field is replaced);</li>
 * <li>relevance is evaluated on the normalised values, with irrelevant fields counted as empty, until stable;
 *     irrelevant fields are ignored entirely (their errors too) and left out of the result;</li>
 * <li>a relevant empty field whose {@code required} holds is {@code required}; a relevant value must meet its
 *     constraint ({@code .} is the value).</li>
 * </ol>
 * Expressions that fail to evaluate count as relevant and required (the safe side); a failing constraint is
 * an error {@code constraint.error}.
 */
public final class FormValidator {

    private FormValidator() {
    }

    public static ValidationResult validate(FormVersion form, Map<String, ?> values, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<FormField>> children = new HashMap<>();
        form.fields().stream().filter(FormField::isChild)
                .forEach(f -> children.computeIfAbsent(f.parent(), k -> new ArrayList<>()).add(f));
        Map<String, Object> result = new Pass(form.topLevel(), children, today, errors)
                .run(values, Map.of(), "");
        return new ValidationResult(errors, result);
    }

    /** One level: the top-level fields, or the child fields of one row of a repeat group. */
    private record Pass(List<FormField> fields, Map<String, List<FormField>> children, LocalDate today,
                        List<FieldError> errors) {

        Map<String, Object> run(Map<String, ?> raw, Map<String, Object> outer, String prefix) {
            Set<String> known = new HashSet<>();
            fields.forEach(f -> known.add(f.id()));
            raw.keySet().stream().filter(id -> !known.contains(id)).sorted()
                    .forEach(id -> errors.add(Messages.unknownField(id, prefix + id)));

            Map<String, Object> normalised = new LinkedHashMap<>(outer);
            Map<String, Outcome.Bad> bad = new HashMap<>();
            for (FormField field : fields) {
                if (field.definition().isCalculated()) {
                    continue;
                }
                switch (TypeCheck.check(field.definition(), raw.get(field.id()), today)) {
                    case Outcome.Ok ok -> normalised.put(field.id(), ok.value());
                    case Outcome.Bad b -> bad.put(field.id(), b);
                    case Outcome.Empty e -> normalised.remove(field.id());
                }
            }
            calculate(normalised, prefix);
            Map<String, Object> relevant = relevantValues(normalised);

            Map<String, Object> out = new LinkedHashMap<>();
            for (FormField field : fields) {
                FieldDefinition definition = field.definition();
                String path = prefix + field.id();
                if (!relevant.containsKey(field.id()) && !isRelevant(field, relevant)
                        || !definition.type().holdsValue()) {
                    continue;
                }
                if (bad.containsKey(field.id())) {
                    Outcome.Bad b = bad.get(field.id());
                    errors.add(Messages.error(definition, path, b.code(), b.args()));
                    continue;
                }
                Object value = relevant.get(field.id());
                if (value == null) {
                    if (!definition.required().isEmpty() && holds(definition.required(), relevant, null, true)) {
                        errors.add(Messages.error(definition, path, "required"));
                    }
                    continue;
                }
                if (definition.type() == FieldType.REPEAT_GROUP) {
                    value = rows(field, (List<?>) value, relevant, path);
                }
                if (constraintHolds(definition, relevant, value, path)) {
                    out.put(field.id(), value);
                }
            }
            return out;
        }

        private void calculate(Map<String, Object> normalised, String prefix) {
            List<FieldDefinition> calculated = fields.stream().map(FormField::definition)
                    .filter(FieldDefinition::isCalculated).toList();
            for (FieldDefinition field : Calculations.order(calculated)) {
                try {
                    Object value = Calculations.evaluate(field, normalised, today);
                    if (value == null) {
                        normalised.remove(field.id());
                    } else {
                        normalised.put(field.id(), value);
                    }
                } catch (ExpressionException e) {
                    normalised.remove(field.id());
                    errors.add(Messages.error(field, prefix + field.id(), "calculation.error", e.error().message()));
                }
            }
        }

        /** The values of relevant fields (outer values stay), evaluating relevance until it is stable. */
        private Map<String, Object> relevantValues(Map<String, Object> normalised) {
            Map<String, Object> current = new LinkedHashMap<>(normalised);
            for (int round = 0; round < fields.size() + 1; round++) {
                Map<String, Object> next = new LinkedHashMap<>(normalised);
                for (FormField field : fields) {
                    if (!isRelevant(field, current)) {
                        next.remove(field.id());
                    }
                }
                if (next.equals(current)) {
                    break;
                }
                current = next;
            }
            return current;
        }

        private boolean isRelevant(FormField field, Map<String, Object> values) {
            return field.relevance().isEmpty() || holds(field.relevance(), values, null, true);
        }

        private boolean holds(String expression, Map<String, Object> values, Object current, boolean onError) {
            try {
                return Expression.parse(expression).test(new EvaluationContext(values, today, current));
            } catch (ExpressionException e) {
                return onError;
            }
        }

        private boolean constraintHolds(FieldDefinition definition, Map<String, Object> values, Object value, String path) {
            if (definition.constraint().isEmpty() || definition.type() == FieldType.REPEAT_GROUP) {
                return true;
            }
            try {
                if (Expression.parse(definition.constraint()).test(new EvaluationContext(values, today, value))) {
                    return true;
                }
                errors.add(Messages.error(definition, path, "constraint", definition.constraint()));
            } catch (ExpressionException e) {
                errors.add(Messages.error(definition, path, "constraint.error", e.error().message()));
            }
            return false;
        }

        private List<Map<String, Object>> rows(FormField group, List<?> rows, Map<String, Object> outer, String path) {
            Pass rowPass = new Pass(children.getOrDefault(group.id(), List.of()), children, today, errors);
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof Map<?, ?> row) {
                    Map<String, Object> typed = new LinkedHashMap<>();
                    row.forEach((k, v) -> typed.put(String.valueOf(k), v));
                    out.add(rowPass.run(typed, outer, path + "[" + i + "]."));
                } else {
                    errors.add(Messages.error(group.definition(), path + "[" + i + "]", "repeat"));
                }
            }
            return out;
        }
    }
}
