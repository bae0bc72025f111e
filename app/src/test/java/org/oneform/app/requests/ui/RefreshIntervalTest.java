package org.oneform.app.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.oneform.app.requests.ui.RefreshInterval.Unit;

/** The editor shows a period in one unit and gives back the same period. */
class RefreshIntervalTest {

    @Test
    void singleUnitPeriodsRoundTrip() {
        for (Period p : new Period[] {Period.ofDays(365), Period.ofDays(180), Period.ofMonths(6), Period.ofYears(1)}) {
            assertThat(RefreshInterval.of(p).toPeriod()).isEqualTo(p);
        }
        assertThat(RefreshInterval.of(Period.ofMonths(18))).isEqualTo(new RefreshInterval(18, Unit.MONTHS));
    }

    @Test
    void mixedPeriodsAreShownInDays() {
        assertThat(RefreshInterval.of(Period.of(1, 0, 5))).isEqualTo(new RefreshInterval(365, Unit.DAYS));
    }
}
