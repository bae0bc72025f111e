package org.oneform.forms.compile.internal;

import java.time.LocalDate;
import java.time.Period;

/** Comparing refresh intervals. */
public final class Periods {

    /** Periods mix months and days; they are compared by where they lead from this date. */
    private static final LocalDate REFERENCE = LocalDate.of(2001, 1, 1);

    private Periods() {
    }

    /** The shorter of two periods ({@code a} when they are equally long); {@code null} counts as longest. */
    public static Period shorter(Period a, Period b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return REFERENCE.plus(b).isBefore(REFERENCE.plus(a)) ? b : a;
    }
}
