package org.oneform.sync.feeds.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.oneform.forms.expr.Expression;
import org.oneform.forms.expr.ExpressionException;

/**
 * Population filters, parsed once. A filter that cannot be parsed or evaluated holds for nobody:
 * minimisation wins over delivery.
 */
public final class Filters {

    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();
    private final Map<String, Boolean> broken = new ConcurrentHashMap<>();

    /** Whether a subject with these values is inside the filter on that day; an empty filter holds for everyone. */
    public boolean holds(String filter, Map<String, String> values, LocalDate day) {
        if (filter.isEmpty()) {
            return true;
        }
        if (broken.containsKey(filter)) {
            return false;
        }
        Expression expression;
        try {
            expression = parsed.computeIfAbsent(filter, Expression::parse);
        } catch (ExpressionException | IllegalArgumentException e) {
            broken.put(filter, Boolean.TRUE);
            return false;
        }
        try {
            return expression.test(values, day);
        } catch (ExpressionException | IllegalArgumentException e) {
            return false; // e.g. no birth date to compute an age from: not shown to be inside
        }
    }
}
