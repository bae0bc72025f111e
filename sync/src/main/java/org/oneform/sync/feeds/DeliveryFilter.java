package org.oneform.sync.feeds;

import java.time.Instant;

/**
 * Which of a department's deliveries to browse or export.
 *
 * @param field only deliveries that carried this field id; null or blank for all
 * @param from  only deliveries received at or after this instant; null for no lower bound
 * @param until only deliveries received before this instant; null for no upper bound
 */
public record DeliveryFilter(String field, Instant from, Instant until) {

    /** Every delivery. */
    public static final DeliveryFilter ALL = new DeliveryFilter(null, null, null);

    public DeliveryFilter {
        field = field == null || field.isBlank() ? null : field.strip();
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("the end of the period lies before its start");
        }
    }

    /** A one-line description for the audit log, e.g. {@code field=resident.phone from=… until=…}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (field != null) {
            text.append("field=").append(field);
        }
        if (from != null) {
            text.append(text.isEmpty() ? "" : " ").append("from=").append(from);
        }
        if (until != null) {
            text.append(text.isEmpty() ? "" : " ").append("until=").append(until);
        }
        return text.isEmpty() ? "all" : text.toString();
    }
}
