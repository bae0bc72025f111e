package org.oneform.forms.expr.internal;

import java.time.LocalDate;
import org.oneform.forms.expr.ExpressionException;
import org.oneform.forms.expr.ExpressionError.Reason;
import org.oneform.forms.expr.Value;

/** Date rules shared by operators and functions. */
final class Dates {

    private Dates() {}

    /** The date, if its year is within 0000–9999 (the years both evaluators print and parse). */
    static Value.Date checked(LocalDate date, int at) {
        if (date.getYear() < 0 || date.getYear() > 9999) {
            throw outOfRange(at);
        }
        return new Value.Date(date);
    }

    static ExpressionException outOfRange(int at) {
        return Conversions.error(at, Reason.INVALID_ARGUMENT, "date out of range (years 0000–9999)");
    }

    /** Whole birthdays from {@code birth} to {@code today}; negative (floored) when birth is later. */
    static int age(LocalDate birth, LocalDate today) {
        int years = today.getYear() - birth.getYear();
        boolean beforeBirthday = today.getMonthValue() < birth.getMonthValue()
                || (today.getMonthValue() == birth.getMonthValue() && today.getDayOfMonth() < birth.getDayOfMonth());
        return beforeBirthday ? years - 1 : years;
    }
}
