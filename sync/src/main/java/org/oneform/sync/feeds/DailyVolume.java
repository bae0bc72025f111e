package org.oneform.sync.feeds;

import java.time.LocalDate;

/** How many deliveries a department was given on one day (in the portal's time zone). */
public record DailyVolume(LocalDate day, long deliveries) {
}
