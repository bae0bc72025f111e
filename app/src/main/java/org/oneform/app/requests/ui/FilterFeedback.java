package org.oneform.app.requests.ui;

import java.util.List;
import java.util.Set;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.expr.Expression;
import org.oneform.forms.expr.ExpressionError;
import org.oneform.forms.expr.ExpressionException;

/**
 * What is wrong with a population filter, in a form the editor can say in the user's language: a parse error
 * with its position and reason code, or the fields it names that are unknown or belong to another subject type.
 * The authority on whether a request is valid stays {@code FieldRequests.check}; this only explains its verdict.
 *
 * @param error        the parse error, or {@code null} when the filter parses
 * @param unknown      referenced ids not in the catalog
 * @param otherSubject referenced ids of another subject type
 */
record FilterFeedback(ExpressionError error, List<String> unknown, List<String> otherSubject) {

    static FilterFeedback of(String source, SubjectType subject, Set<String> catalogIds) {
        if (source.isBlank()) {
            return new FilterFeedback(null, List.of(), List.of());
        }
        Expression expression;
        try {
            expression = Expression.parse(source);
        } catch (ExpressionException e) {
            return new FilterFeedback(e.error(), List.of(), List.of());
        }
        List<String> unknown = expression.references().stream().filter(id -> !catalogIds.contains(id)).toList();
        List<String> other = expression.references().stream()
                .filter(id -> catalogIds.contains(id) && !id.startsWith(subject.key() + ".")).toList();
        return new FilterFeedback(null, unknown, other);
    }

    boolean ok() {
        return error == null && unknown.isEmpty() && otherSubject.isEmpty();
    }

    /** The source split around the error position (in code points): before, the offending character, after. */
    static String[] around(String source, int position) {
        int[] points = source.codePoints().toArray();
        int at = Math.min(Math.max(position, 0), points.length);
        String before = new String(points, 0, at);
        String bad = at < points.length ? new String(points, at, 1) : "";
        String after = at < points.length ? new String(points, at + 1, points.length - at - 1) : "";
        return new String[] {before, bad, after};
    }
}
