package org.oneform.forms.expr.internal;

import java.time.LocalDate;
import org.oneform.forms.expr.ExpressionError.Reason;
import org.oneform.forms.expr.Value;

/** {@code today}, {@code date}, {@code age}. */
final class DateFunctions {

    private DateFunctions() {}

    static Value today(Evaluator e, Node.Call c) {
        return new Value.Date(e.context().today());
    }

    /** A date from a date, a {@code YYYY-MM-DD} text, or a number of days since 1970-01-01. */
    static Value date(Evaluator e, Node.Call c) {
        Node arg = c.args().get(0);
        Value v = e.eval(arg);
        return switch (v) {
            case Value.Empty empty -> empty;
            case Value.Num n -> Evaluator.plusDays(LocalDate.EPOCH, n.value(), arg.start());
            case Value.Bool b -> throw Conversions.error(arg.start(), Reason.TYPE_MISMATCH, "a boolean is not a date");
            default -> new Value.Date(Conversions.toDate(v, arg.start()));
        };
    }

    /** Whole years from the date to today; empty when the date is empty. */
    static Value age(Evaluator e, Node.Call c) {
        Node arg = c.args().get(0);
        Value v = e.eval(arg);
        if (v.isEmpty()) {
            return v;
        }
        return new Value.Num(Dates.age(Conversions.toDate(v, arg.start()), e.context().today()));
    }
}
