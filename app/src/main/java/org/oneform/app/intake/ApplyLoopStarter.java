package org.oneform.app.intake;

import org.oneform.sync.apply.ApplyLoop;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before the application reports ready (after the demo city is seeded): the index catches up with the
 * registry and the registry with the ledger; then the apply loop's thread starts.
 */
@Component
@Order(10)
class ApplyLoopStarter implements ApplicationRunner {

    private final ApplyLoop loop;

    ApplyLoopStarter(ApplyLoop loop) {
        this.loop = loop;
    }

    @Override
    public void run(ApplicationArguments args) {
        loop.catchUp();
        loop.start();
    }
}
