package org.oneform.forms.expr;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.oneform.forms.expr.internal.Conversions;
import org.oneform.forms.expr.internal.Evaluator;
import org.oneform.forms.expr.internal.Node;
import org.oneform.forms.expr.internal.Parsing;
import org.oneform.forms.expr.internal.Printer;
import org.oneform.forms.expr.internal.References;

/**
 * A parsed expression: immutable, thread-safe, reusable. See the package manual for the language.
 *
 * <pre>{@code
 * Expression filter = Expression.parse("age(${resident.birth_date}) >= 60");
 * filter.references();                                  // [resident.birth_date]
 * filter.test(Map.of("resident.birth_date", LocalDate.of(1960, 5, 1)), today);  // true
 * }</pre>
 */
public final class Expression {

    /**
     * Parsed expressions by source. Validation evaluates the same few hundred relevance and constraint sources
     * for every submission; parsing each anew (ANTLR) was most of the cost of intake. Expressions are immutable,
     * so sharing them is safe; sources that do not parse are not kept.
     */
    private static final Map<String, Expression> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 10_000;

    private final String source;
    private final Node tree;
    private final Set<String> references;

    private Expression(String source, Node tree) {
        this.source = source;
        this.tree = tree;
        this.references = Collections.unmodifiableSet(References.of(tree));
    }

    /**
     * Parses {@code source}.
     *
     * @throws ExpressionException with the position and reason of the first error
     */
    public static Expression parse(String source) {
        Expression parsed = PARSED.get(source);
        if (parsed == null) {
            parsed = new Expression(source, Parsing.parse(source));
            if (PARSED.size() >= MAX_CACHED) {
                PARSED.clear();
            }
            PARSED.put(source, parsed);
        }
        return parsed;
    }

    /** The text this expression was parsed from. */
    public String source() {
        return source;
    }

    /** The field ids referenced with {@code ${…}}, in order of first appearance ({@code .} is not one). */
    public Set<String> references() {
        return references;
    }

    /** Whether the expression uses {@code .}, the current field's value. */
    public boolean usesCurrent() {
        return References.usesCurrent(tree);
    }

    /**
     * Evaluates against the context.
     *
     * @throws ExpressionException on a type error, a division by zero or an invalid regular expression
     */
    public Value evaluate(EvaluationContext context) {
        return new Evaluator(context).eval(tree);
    }

    public Value evaluate(Map<String, ?> values, LocalDate today) {
        return evaluate(EvaluationContext.of(values, today));
    }

    /** Evaluates and converts to a boolean as {@code boolean()} does: what relevance, constraints and filters need. */
    public boolean test(EvaluationContext context) {
        return Conversions.toBoolean(evaluate(context));
    }

    public boolean test(Map<String, ?> values, LocalDate today) {
        return test(EvaluationContext.of(values, today));
    }

    /** The canonical source: minimal parentheses, single spaces around operators, {@code div} for {@code /}. */
    public String canonical() {
        return Printer.print(tree);
    }

    @Override
    public String toString() {
        return source;
    }
}
