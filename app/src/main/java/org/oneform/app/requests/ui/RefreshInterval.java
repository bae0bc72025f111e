package org.oneform.app.requests.ui;

import java.time.Period;

/**
 * A refresh interval as the editor shows it: an amount of one unit ({@code 6} months). A period mixing units
 * is shown in the smallest unit it uses, counting a month as 30 days and a year as 12 months.
 */
record RefreshInterval(int amount, Unit unit) {

    enum Unit { DAYS, MONTHS, YEARS }

    static RefreshInterval of(Period period) {
        if (period.getDays() == 0 && period.getMonths() == 0) {
            return new RefreshInterval(period.getYears(), Unit.YEARS);
        }
        if (period.getDays() == 0) {
            return new RefreshInterval((int) period.toTotalMonths(), Unit.MONTHS);
        }
        return new RefreshInterval((int) period.toTotalMonths() * 30 + period.getDays(), Unit.DAYS);
    }

    Period toPeriod() {
        return switch (unit) {
            case DAYS -> Period.ofDays(amount);
            case MONTHS -> Period.ofMonths(amount);
            case YEARS -> Period.ofYears(amount);
        };
    }
}
