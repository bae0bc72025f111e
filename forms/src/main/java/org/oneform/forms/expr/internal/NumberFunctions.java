package org.oneform.forms.expr.internal;

import org.oneform.forms.expr.ExpressionError.Reason;
import org.oneform.forms.expr.Value;

/** {@code number}, {@code int}, {@code round}: empty in, empty out. */
final class NumberFunctions {

    private NumberFunctions() {}

    static Value number(Evaluator e, Node.Call c) {
        Node arg = c.args().get(0);
        Value v = e.eval(arg);
        return v.isEmpty() ? v : new Value.Num(Conversions.toNumber(v, arg.start()));
    }

    static Value toInt(Evaluator e, Node.Call c) {
        Value v = number(e, c);
        if (v instanceof Value.Num n) {
            double x = n.value();
            return new Value.Num(x < 0 ? Math.ceil(x) : Math.floor(x));
        }
        return v;
    }

    /** {@code round(x)} or {@code round(x, digits)} with whole digits in −15…15; half away from zero. */
    static Value round(Evaluator e, Node.Call c) {
        Value v = number(e, c);
        int digits = 0;
        if (c.args().size() == 2) {
            Node arg = c.args().get(1);
            Value d = e.eval(arg);
            double n = d.isEmpty() ? Double.NaN : Conversions.toNumber(d, arg.start());
            if (!(n == Math.rint(n) && Math.abs(n) <= 15)) {
                throw Conversions.error(arg.start(), Reason.INVALID_ARGUMENT,
                        "round() digits must be a whole number from -15 to 15");
            }
            digits = (int) n;
        }
        return v instanceof Value.Num n ? new Value.Num(Numbers.round(n.value(), digits)) : v;
    }
}
