package org.oneform.forms.expr.internal;

import org.oneform.forms.expr.Value;

/** {@code if}, {@code not}, {@code boolean}, {@code coalesce}. */
final class LogicFunctions {

    private LogicFunctions() {}

    static Value ifThenElse(Evaluator e, Node.Call c) {
        return e.eval(c.args().get(Conversions.toBoolean(e.eval(c.args().get(0))) ? 1 : 2));
    }

    static Value not(Evaluator e, Node.Call c) {
        return Value.Bool.of(!Conversions.toBoolean(e.eval(c.args().get(0))));
    }

    static Value toBoolean(Evaluator e, Node.Call c) {
        return Value.Bool.of(Conversions.toBoolean(e.eval(c.args().get(0))));
    }

    /** The first non-empty argument, evaluating no further. */
    static Value coalesce(Evaluator e, Node.Call c) {
        for (Node arg : c.args()) {
            Value v = e.eval(arg);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return Value.EMPTY;
    }
}
