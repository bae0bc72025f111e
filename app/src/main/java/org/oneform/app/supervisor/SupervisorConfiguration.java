package org.oneform.app.supervisor;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.area.Areas;
import org.oneform.sync.cycle.Completions;
import org.oneform.sync.cycle.Cycles;
import org.oneform.sync.cycle.ReturnedSubmissions;
import org.oneform.sync.cycle.VisitLog;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.review.ReviewQueue;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Collection cycles and completion, wired once. See {@code docs/decisions/0010-collection-cycles-computed-expectation.md}. */
@Configuration(proxyBeanMethods = false)
class SupervisorConfiguration {

    @Bean
    Cycles cycles(SyncRoot root, Persister persister, Areas areas, Registry registry, Clock clock) {
        var cycles = new Cycles(root.cycles(), persister, areas, registry, clock);
        persister.store(root); // the root may have just got its cycle data (a store from before cycles existed)
        return cycles;
    }

    /** Also a change listener: the apply loop tells it every step (it collects {@code ChangeListener} beans). */
    @Bean
    @DependsOnDatabaseInitialization
    VisitLog visitLog(DataSource dataSource) {
        return new VisitLog(dataSource);
    }

    @Bean
    Completions completions(Registry registry, Areas areas, VisitLog visits, ReviewQueue review,
                            ReturnedSubmissions returned, Clock clock) {
        return new Completions(registry, areas, visits, review, returned, clock);
    }

    /**
     * MERGE: bind to the review feature's {@code org.oneform.sync.review.Returns} (returned items per grid) when
     * its branch is merged; until then no submission can be returned, so none is.
     */
    @Bean
    ReturnedSubmissions returnedSubmissions() {
        return scope -> Set.of();
    }

    /**
     * MERGE: bind to the reports of the collector's {@code device-status} endpoint when its branch is merged; until
     * then no device reports its outbox and the dashboard shows "—".
     */
    @Bean
    DeviceOutbox deviceOutbox() {
        return username -> Optional.empty();
    }
}
