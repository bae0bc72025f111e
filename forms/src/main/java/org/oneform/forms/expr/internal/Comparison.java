package org.oneform.forms.expr.internal;

import org.oneform.forms.expr.ExpressionError.Reason;
import org.oneform.forms.expr.Value;

/** {@code = != < <= > >=}; the rules are in the package manual, in this order. */
final class Comparison {

    private Comparison() {}

    static boolean compare(Node.Binary b, Value l, Value r) {
        Op op = b.op();
        boolean equality = op == Op.EQ || op == Op.NE;
        if (l.isEmpty() || r.isEmpty()) {
            boolean same = l.isEmpty() && r.isEmpty();
            return op == Op.EQ ? same : op == Op.NE && !same;
        }
        int ls = b.left().start();
        int rs = b.right().start();
        if (l instanceof Value.Bool || r instanceof Value.Bool) {
            if (!equality) {
                throw Conversions.error(b.position(), Reason.TYPE_MISMATCH, "booleans have no order");
            }
            return (asBoolean(l, ls) == asBoolean(r, rs)) == (op == Op.EQ);
        }
        int c;
        if (l instanceof Value.Date || r instanceof Value.Date) {
            c = Conversions.toDate(l, ls).compareTo(Conversions.toDate(r, rs));
        } else if (l instanceof Value.Num || r instanceof Value.Num) {
            c = numeric(Conversions.toNumber(l, ls), Conversions.toNumber(r, rs));
        } else {
            String x = ((Value.Text) l).value();
            String y = ((Value.Text) r).value();
            Double nx = equality ? null : Numbers.parse(x);
            Double ny = equality ? null : Numbers.parse(y);
            c = nx != null && ny != null ? numeric(nx, ny) : Integer.signum(x.compareTo(y));
        }
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException(op.name());
        };
    }

    /** Like {@code <}/{@code >} on doubles: {@code 0 = -0}, unlike {@link Double#compare}. */
    private static int numeric(double x, double y) {
        return x < y ? -1 : x > y ? 1 : 0;
    }

    private static boolean asBoolean(Value v, int at) {
        return switch (v) {
            case Value.Bool b -> b.value();
            case Value.Num n -> n.value() != 0;
            case Value.Text t -> Conversions.textToBoolean(t, at);
            case Value.Date d -> throw Conversions.error(at, Reason.TYPE_MISMATCH, "a date is not a boolean");
            case Value.Empty e -> false;
        };
    }
}
