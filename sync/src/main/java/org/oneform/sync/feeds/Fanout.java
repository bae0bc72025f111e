package org.oneform.sync.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.apply.AppliedChange;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.feeds.internal.Filters;
import org.oneform.sync.feeds.internal.Pseudonyms;
import org.oneform.sync.registry.GoldenRecord;

/**
 * Decides who gets what of an applied change. For each department with grants for the record's type,
 * the grants whose population filter holds for the record after the change (on the day the ledger
 * received it) are "in"; those that held before are "were in":
 * <ul>
 * <li>in, and the subject is new to the department (created, split, or it was not in before): every
 *     subscribed field — {@link DeliveryChange#CREATED} (or {@code SPLIT});</li>
 * <li>in, and a subscribed field changed (or the change is a merge): the subscribed fields, naming the
 *     changed ones;</li>
 * <li>not in, but was in: {@link DeliveryChange#REMOVED}, with no fields — also for a record a supervisor merged
 *     into another ({@code ABSORBED}), whose survivor comes as {@code MERGED} in the same ledger entry;</li>
 * <li>anything else: nothing.</li>
 * </ul>
 * A delivery carries only fields some "in" grant of that department requested. Pure and thread-safe.
 */
public final class Fanout {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Subscriptions subscriptions;
    private final Pseudonyms pseudonyms;
    private final Filters filters = new Filters();

    public Fanout(Subscriptions subscriptions, byte[] pseudonymKey) {
        this.subscriptions = subscriptions;
        this.pseudonyms = new Pseudonyms(pseudonymKey);
    }

    public List<Delivery> deliveries(AppliedChange change) {
        GoldenRecord record = change.record();
        LocalDate day = LocalDate.ofInstant(change.at(), CHINA);
        Map<String, String> now = values(record);
        Map<String, String> before = change.previous() == null ? null : values(change.previous());
        List<Delivery> deliveries = new ArrayList<>();
        subscriptions.forType(record.type()).forEach((department, grants) -> {
            List<Grant> in = grants.stream().filter(g -> filters.holds(g.filter(), now, day)).toList();
            boolean wasIn = before != null && grants.stream().anyMatch(g -> filters.holds(g.filter(), before, day));
            if (in.isEmpty() || change.type() == ChangeType.ABSORBED) { // absorbed: merged into another record
                if (wasIn) {
                    deliveries.add(delivery(change, department, DeliveryChange.REMOVED, Map.of(), Set.of(), List.of()));
                }
                return;
            }
            Set<String> subscribed = new LinkedHashSet<>();
            in.forEach(g -> subscribed.addAll(g.fields()));
            Map<String, String> fields = new LinkedHashMap<>();
            subscribed.forEach(f -> record.value(f).ifPresent(v -> fields.put(f, v)));
            Set<String> changed = new LinkedHashSet<>(change.changed());
            changed.retainAll(subscribed);
            DeliveryChange kind = switch (change.type()) {
                case CREATED -> DeliveryChange.CREATED;
                case SPLIT -> DeliveryChange.SPLIT;
                case MERGED -> wasIn ? DeliveryChange.MERGED : DeliveryChange.CREATED;
                case UPDATED -> wasIn ? DeliveryChange.UPDATED : DeliveryChange.CREATED;
                case ABSORBED -> DeliveryChange.REMOVED; // handled above
            };
            boolean newToThem = kind == DeliveryChange.CREATED || kind == DeliveryChange.SPLIT;
            if (newToThem || !changed.isEmpty() || kind == DeliveryChange.MERGED && !fields.isEmpty()) {
                deliveries.add(delivery(change, department, kind, fields, newToThem ? fields.keySet() : changed,
                        in.stream().map(Grant::purpose).distinct().toList()));
            }
        });
        return deliveries;
    }

    private Delivery delivery(AppliedChange change, DepartmentCode department, DeliveryChange kind,
                              Map<String, String> fields, Set<String> changed, List<String> purposes) {
        Map<String, Instant> collectedAt = new LinkedHashMap<>();
        fields.keySet().forEach(f -> collectedAt.put(f, change.record().fields().get(f).provenance().collectedAt()));
        var subject = change.record().id();
        return new Delivery(Pseudonyms.deliveryId(change.seq(), change.submissionId().toString(), department, subject), department,
                change.seq(), change.submissionId(), subject, pseudonyms.of(department, subject), kind, fields, changed,
                collectedAt, purposes, change.at());
    }

    private static Map<String, String> values(GoldenRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        record.fields().forEach((field, value) -> values.put(field, value.value()));
        return values;
    }

}
