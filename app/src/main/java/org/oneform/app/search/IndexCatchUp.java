package org.oneform.app.search;

import org.oneform.sync.registry.Registry;
import org.oneform.sync.search.RegistryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the index in step with the registry before the application reports ready (after the demo
 * city is seeded). The index is derived data: when it was never committed, is ahead of the registry
 * (Eclipse Store rolled back), or holds a different number of records, it is rebuilt from the
 * registry. Replaying individual ledger sequences arrives with the apply loop.
 */
@Component
@Order(10)
class IndexCatchUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);

    private final Registry registry;
    private final RegistryIndex index;

    IndexCatchUp(Registry registry, RegistryIndex index) {
        this.registry = registry;
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        long indexed = index.lastCommittedSeq();
        long applied = registry.lastAppliedSeq();
        if (indexed == RegistryIndex.NEVER_COMMITTED || indexed != applied || index.count() != registry.size()) {
            long started = System.nanoTime();
            index.rebuild(registry.all(), applied);
            log.info("search index rebuilt: {} records up to ledger sequence {} in {} ms (it was at {})",
                    index.count(), applied, (System.nanoTime() - started) / 1_000_000, indexed);
        } else {
            log.info("search index up to date: {} records at ledger sequence {}", index.count(), indexed);
        }
    }
}
