package org.oneform.sync.feeds;

import java.util.ArrayList;
import java.util.List;

import org.oneform.sync.apply.AppliedChange;
import org.oneform.sync.apply.ChangeListener;

/**
 * The apply loop's listener that fans each applied step out to the departments: deliveries are written
 * before the registry stores the step, idempotently by delivery id, so a crash in between loses none and
 * the replay adds none twice. It runs on the apply loop's thread (docs/decisions/0037-department-fan-out-thread.md).
 */
public final class FeedWriter implements ChangeListener {

    private final Fanout fanout;
    private final DeliveryStore store;

    public FeedWriter(Fanout fanout, DeliveryStore store) {
        this.fanout = fanout;
        this.store = store;
    }

    @Override
    public void applied(List<AppliedChange> changes) {
        List<Delivery> deliveries = new ArrayList<>();
        changes.forEach(change -> deliveries.addAll(fanout.deliveries(change)));
        store.write(deliveries);
    }
}
