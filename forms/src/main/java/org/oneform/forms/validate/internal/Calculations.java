package org.oneform.forms.validate.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.expr.EvaluationContext;
import org.oneform.forms.expr.Expression;
import org.oneform.forms.expr.Value;

/** Evaluates calculated fields in dependency order (the compiler has rejected cycles). */
public final class Calculations {

    private Calculations() {
    }

    /** The fields in an order where each comes after the calculated fields it references. */
    public static List<FieldDefinition> order(List<FieldDefinition> calculated) {
        Map<String, FieldDefinition> byId = new LinkedHashMap<>();
        calculated.forEach(f -> byId.put(f.id(), f));
        List<FieldDefinition> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        byId.values().forEach(f -> visit(f, byId, done, ordered, new HashSet<>()));
        return ordered;
    }

    private static void visit(FieldDefinition field, Map<String, FieldDefinition> byId, Set<String> done,
                              List<FieldDefinition> ordered, Set<String> path) {
        if (done.contains(field.id()) || !path.add(field.id())) {
            return;
        }
        for (String reference : Expression.parse(field.calculation()).references()) {
            FieldDefinition dependency = byId.get(reference);
            if (dependency != null) {
                visit(dependency, byId, done, ordered, path);
            }
        }
        done.add(field.id());
        ordered.add(field);
    }

    /** The calculation's result as a field value: {@code Long} for whole integers, {@code BigDecimal}, text, date, or null. */
    public static Object evaluate(FieldDefinition field, Map<String, Object> values, LocalDate today) {
        Value value = Expression.parse(field.calculation()).evaluate(EvaluationContext.of(values, today));
        return switch (value) {
            case Value.Empty e -> null;
            case Value.Num(double d) when field.type() == FieldType.INTEGER && d == Math.rint(d) -> (long) d;
            case Value.Num(double d) -> BigDecimal.valueOf(d);
            case Value.Text(String s) -> s;
            case Value.Bool(boolean b) -> field.type() == FieldType.YES_NO ? (b ? "yes" : "no") : String.valueOf(b);
            case Value.Date(LocalDate d) -> d;
        };
    }
}
