package org.oneform.app.intake;

import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.intake.IntakeLedger;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** DOWN when the apply loop stopped on a failure; details say how far the registry lags the ledger. */
@Component("applyLoopHealthIndicator")
class ApplyLoopHealth implements HealthIndicator {

    private final ApplyLoop loop;
    private final IntakeLedger ledger;

    ApplyLoopHealth(ApplyLoop loop, IntakeLedger ledger) {
        this.loop = loop;
        this.ledger = ledger;
    }

    @Override
    public Health health() {
        long received = ledger.lastSeq();
        long applied = loop.appliedSeq();
        Health.Builder health = loop.failure().map(f -> Health.down().withDetail("error", f.toString()))
                .orElseGet(Health::up);
        return health.withDetail("ledgerSeq", received).withDetail("appliedSeq", applied)
                .withDetail("behind", received - applied)
                // false for a while after a start with a large registry: entries wait until dedup holds its records
                .withDetail("dedupLoaded", loop.matcherLoaded()).build();
    }
}
