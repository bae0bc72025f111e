package org.oneform.forms.expr.internal;

import java.util.List;

/**
 * The syntax tree of an expression. {@link #position()} is where a node's own token starts (for a
 * {@link Binary}, its operator); {@link #start()} is where its source text starts.
 */
public sealed interface Node {

    int position();

    default int start() {
        return position();
    }

    /** A number literal; {@code text} is kept so the printer writes what was parsed. */
    record NumberLiteral(double value, String text, int position) implements Node {}

    /** A quoted literal; {@code value} is without the quotes (there are no escapes). */
    record StringLiteral(String value, int position) implements Node {}

    /** {@code ${id}}. */
    record FieldRef(String id, int position) implements Node {}

    /** {@code .}, the current field's value. */
    record Current(int position) implements Node {}

    /** Unary minus. */
    record Negate(Node operand, int position) implements Node {}

    record Binary(Op op, Node left, Node right, int position) implements Node {
        @Override
        public int start() {
            return left.start();
        }
    }

    record Call(String name, List<Node> args, int position) implements Node {
        public Call {
            args = List.copyOf(args);
        }
    }
}
