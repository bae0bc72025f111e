package org.oneform.forms.expr.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.oneform.forms.expr.EvaluationContext;
import org.oneform.forms.expr.ExpressionError.Reason;
import org.oneform.forms.expr.Value;

/** Evaluates a {@link Node} tree against one {@link EvaluationContext}. Not thread-safe; cheap to create. */
public final class Evaluator {

    private final EvaluationContext context;

    public Evaluator(EvaluationContext context) {
        this.context = context;
    }

    public EvaluationContext context() {
        return context;
    }

    public Value eval(Node node) {
        return switch (node) {
            case Node.NumberLiteral n -> new Value.Num(n.value());
            case Node.StringLiteral s -> Value.text(s.value());
            case Node.FieldRef f -> context.value(f.id());
            case Node.Current c -> context.currentValue();
            case Node.Negate n -> negate(n);
            case Node.Binary b -> binary(b);
            case Node.Call c -> Functions.lookup(c.name()).orElseThrow().impl().apply(this, c);
        };
    }

    private Value negate(Node.Negate n) {
        Value v = eval(n.operand());
        return v.isEmpty() ? Value.EMPTY : new Value.Num(-Conversions.toNumber(v, n.operand().start()));
    }

    private Value binary(Node.Binary b) {
        return switch (b.op()) {
            case OR -> Value.Bool.of(Conversions.toBoolean(eval(b.left())) || Conversions.toBoolean(eval(b.right())));
            case AND -> Value.Bool.of(Conversions.toBoolean(eval(b.left())) && Conversions.toBoolean(eval(b.right())));
            case EQ, NE, LT, LE, GT, GE -> Value.Bool.of(Comparison.compare(b, eval(b.left()), eval(b.right())));
            case PLUS, MINUS, TIMES, DIV, MOD -> arithmetic(b, eval(b.left()), eval(b.right()));
        };
    }

    private static Value arithmetic(Node.Binary b, Value l, Value r) {
        if (l.isEmpty() || r.isEmpty()) {
            return Value.EMPTY;
        }
        int ls = b.left().start();
        int rs = b.right().start();
        if (l instanceof Value.Date ld && (b.op() == Op.PLUS || b.op() == Op.MINUS)) {
            if (r instanceof Value.Date rd && b.op() == Op.MINUS) {
                return new Value.Num(ld.value().toEpochDay() - rd.value().toEpochDay());
            }
            double days = Conversions.toNumber(r, rs);
            return plusDays(ld.value(), b.op() == Op.PLUS ? days : -days, b.position());
        }
        if (r instanceof Value.Date rd && b.op() == Op.PLUS) {
            return plusDays(rd.value(), Conversions.toNumber(l, ls), b.position());
        }
        double x = Conversions.toNumber(l, ls);
        double y = Conversions.toNumber(r, rs);
        if ((b.op() == Op.DIV || b.op() == Op.MOD) && y == 0) {
            throw Conversions.error(b.position(), Reason.DIVISION_BY_ZERO, "division by zero");
        }
        return new Value.Num(switch (b.op()) {
            case PLUS -> x + y;
            case MINUS -> x - y;
            case TIMES -> x * y;
            case DIV -> x / y;
            case MOD -> x % y;
            default -> throw new IllegalStateException(b.op().name());
        });
    }

    /** {@code date ± days}; days are truncated toward zero; the result must lie in years 0000–9999. */
    static Value plusDays(LocalDate date, double days, int at) {
        double whole = days < 0 ? Math.ceil(days) : Math.floor(days);
        try {
            if (Math.abs(whole) <= 4_000_000) {
                return Dates.checked(date.plusDays((long) whole), at);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw Dates.outOfRange(at);
    }
}
