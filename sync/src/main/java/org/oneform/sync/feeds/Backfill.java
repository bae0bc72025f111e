package org.oneform.sync.feeds;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.oneform.sync.feeds.internal.Filters;
import org.oneform.sync.feeds.internal.Pseudonyms;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;

/**
 * Sends a department the fields of one of its approved requests for the records the registry already holds
 * (the apply loop only delivers changes from the approval on). For every golden record of the request's
 * subject type inside its population filter (evaluated today) that holds at least one of its fields, one
 * {@link DeliveryChange#UPDATED} delivery with source {@link Delivery#BACKFILL} carrying exactly the request's
 * fields. Its id is derived from request × department × subject, so running the backfill again never
 * duplicates a delivery. A subject the apply loop delivered to the department after the registry was read is
 * skipped: that delivery already carries the newer values. See docs/decisions/0008-feed-backfill-and-exports.md.
 */
public final class Backfill {

    /** Progress of a running backfill. */
    @FunctionalInterface
    public interface Progress {
        void at(long done, long total);
    }

    /**
     * What a backfill did.
     *
     * @param considered the records of the request's subject type
     * @param matched    those inside its filter holding one of its fields
     * @param written    deliveries newly written (0 when it ran before)
     */
    public record Result(long considered, long matched, long written) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 500;

    private final Subscriptions subscriptions;
    private final Registry registry;
    private final DeliveryStore store;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final Filters filters = new Filters();

    public Backfill(Subscriptions subscriptions, Registry registry, DeliveryStore store, byte[] pseudonymKey, Clock clock) {
        this.subscriptions = subscriptions;
        this.registry = registry;
        this.store = store;
        this.pseudonyms = new Pseudonyms(pseudonymKey);
        this.clock = clock;
    }

    /** Runs the backfill of one grant, reporting progress every batch. */
    public Result run(Grant grant, Progress progress) {
        long readAt = registry.lastAppliedSeq();
        List<GoldenRecord> records = registry.allInIdOrder().stream().filter(r -> r.type() == grant.subjectType()).toList();
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, CHINA);
        String source = "backfill:" + grant.request().value();
        UUID submission = UUID.nameUUIDFromBytes(source.getBytes(StandardCharsets.UTF_8));
        long matched = 0;
        long written = 0;
        List<Delivery> batch = new ArrayList<>();
        progress.at(0, records.size());
        for (int i = 0; i < records.size(); i++) {
            GoldenRecord record = records.get(i);
            Map<String, String> values = new LinkedHashMap<>();
            record.fields().forEach((f, v) -> values.put(f, v.value()));
            if (filters.holds(grant.filter(), values, day)) {
                Map<String, String> fields = new LinkedHashMap<>();
                Map<String, Instant> collectedAt = new LinkedHashMap<>();
                for (String field : grant.fields()) {
                    var value = record.fields().get(field);
                    if (value != null) {
                        fields.put(field, value.value());
                        collectedAt.put(field, value.provenance().collectedAt());
                    }
                }
                if (!fields.isEmpty()) {
                    matched++;
                    // sequence 0 in the id, not readAt: a backfill run again must make the same ids
                    batch.add(new Delivery(Pseudonyms.deliveryId(0, source, grant.department(), record.id()), grant.department(),
                            readAt, submission, record.id(), pseudonyms.of(grant.department(), record.id()),
                            DeliveryChange.UPDATED, fields, fields.keySet(), collectedAt, List.of(grant.purpose()), now,
                            Delivery.BACKFILL));
                }
            }
            if (batch.size() >= BATCH || i == records.size() - 1) {
                written += store.writeUnlessNewer(batch, readAt);
                batch.clear();
                progress.at(i + 1, records.size());
            }
        }
        return new Result(records.size(), matched, written);
    }
}
