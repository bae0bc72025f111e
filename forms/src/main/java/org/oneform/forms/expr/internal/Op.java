package org.oneform.forms.expr.internal;

/** Binary operators, with the symbol the printer writes and their precedence (higher binds tighter). */
public enum Op {
    OR("or", 1),
    AND("and", 2),
    EQ("=", 3),
    NE("!=", 3),
    LT("<", 4),
    LE("<=", 4),
    GT(">", 4),
    GE(">=", 4),
    PLUS("+", 5),
    MINUS("-", 5),
    TIMES("*", 6),
    DIV("div", 6),
    MOD("mod", 6);

    /** The precedence of unary minus, above every binary operator. */
    public static final int UNARY_PRECEDENCE = 7;

    private final String symbol;
    private final int precedence;

    Op(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }

    /** The operator a source token stands for ({@code /} is {@code div}). */
    public static Op ofToken(String text) {
        return switch (text) {
            case "/" -> DIV;
            case "or" -> OR;
            case "and" -> AND;
            case "mod" -> MOD;
            case "div" -> DIV;
            case "*" -> TIMES;
            default -> {
                for (Op op : values()) {
                    if (op.symbol.equals(text)) {
                        yield op;
                    }
                }
                throw new IllegalArgumentException("not an operator: " + text);
            }
        };
    }
}
