package org.oneform.sync.feeds;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One delivery as its department sees it in the portal: exactly what its feed carried (the pseudonym, never
 * the golden record id), plus when it was delivered.
 *
 * @param feedSeq     its place in the department's feed
 * @param deliveryId  the stable delivery id
 * @param subject     the department's pseudonym of the subject
 * @param change      the change type
 * @param fields      the delivered field values, unmasked (screens and exports mask them)
 * @param changed     which of them the change changed
 * @param provenance  where the delivery came from: {@code apply} (a collected change) or {@code backfill}
 * @param at          when the ledger received the change
 * @param deliveredAt when the delivery was written
 */
public record DeliveredRecord(long feedSeq, String deliveryId, String subject, DeliveryChange change,
                              Map<String, String> fields, List<String> changed, String provenance, Instant at,
                              Instant deliveredAt) {

    public DeliveredRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        changed = List.copyOf(changed);
    }
}
