package org.oneform.forms.expr.internal;

import java.util.stream.Collectors;

/**
 * Prints a tree back to source with the fewest parentheses that keep its meaning:
 * {@code parse(print(t))} has the same shape as {@code t}. Writes {@code div} for {@code /}.
 */
public final class Printer {

    private Printer() {}

    public static String print(Node node) {
        return switch (node) {
            case Node.NumberLiteral n -> n.text();
            case Node.StringLiteral s -> s.value().contains("'") ? '"' + s.value() + '"' : "'" + s.value() + "'";
            case Node.FieldRef f -> "${" + f.id() + "}";
            case Node.Current c -> ".";
            case Node.Negate n -> "-" + operand(n.operand(), Op.UNARY_PRECEDENCE, false);
            case Node.Binary b -> operand(b.left(), b.op().precedence(), false) + " " + b.op().symbol() + " "
                    + operand(b.right(), b.op().precedence(), true);
            case Node.Call c -> c.name() + "(" + c.args().stream().map(Printer::print).collect(Collectors.joining(", ")) + ")";
        };
    }

    /** An operand of an operator with {@code precedence}; a right operand of equal precedence needs parentheses (left-associative). */
    private static String operand(Node node, int precedence, boolean right) {
        int own = switch (node) {
            case Node.Binary b -> b.op().precedence();
            case Node.Negate n -> Op.UNARY_PRECEDENCE;
            default -> Integer.MAX_VALUE;
        };
        boolean parens = own < precedence || (right && own == precedence);
        String printed = print(node);
        // "- -1" must not become "--1"; "-" followed by a negation is fine with a space too, but parenthesise for clarity
        if (node instanceof Node.Negate && precedence == Op.UNARY_PRECEDENCE) {
            parens = true;
        }
        return parens ? "(" + printed + ")" : printed;
    }
}
