package org.oneform.app.supervisor;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.app.collect.DeviceReport;
import org.oneform.app.collect.DeviceReports;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.area.Areas;
import org.oneform.sync.cycle.Completions;
import org.oneform.sync.cycle.Cycles;
import org.oneform.sync.cycle.ReturnedSubmissions;
import org.oneform.sync.cycle.VisitLog;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.review.ReturnedSubmission;
import org.oneform.sync.review.Returns;
import org.oneform.sync.review.ReviewDecisions;
import org.oneform.sync.review.ReviewQueue;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.intake.IntakeLedger;
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

    /** Supervisors' decisions on review items: ledger entries, one per item (docs/decisions/0011-review-decisions-in-the-ledger.md). */
    @Bean
    ReviewDecisions reviewDecisions(ReviewQueue review, IntakeLedger ledger, Clock clock,
                                    org.springframework.beans.factory.ObjectProvider<ApplyLoop> loop) {
        return new ReviewDecisions(review, ledger, clock, () -> loop.getObject().signal());
    }

    /** Completion counts a subject as returned while a supervisor's return of its submission stands open. */
    @Bean
    ReturnedSubmissions returnedSubmissions(Returns returns) {
        return scope -> returns.open(scope).stream().map(ReturnedSubmission::subjectId).collect(Collectors.toSet());
    }

    /**
     * What the worker's devices last reported through the collector's {@code device-status} endpoint: the
     * submissions waiting on all of the worker's devices (each device's latest report), as of the newest report.
     */
    @Bean
    DeviceOutbox deviceOutbox(DeviceReports reports) {
        return username -> {
            List<DeviceReport> latest = reports.ofWorker(username);
            return latest.stream().map(DeviceReport::receivedAt).max(Comparator.naturalOrder())
                    .map(at -> new DeviceOutbox.Report(latest.stream().mapToInt(DeviceReport::pendingOutbox).sum(), at));
        };
    }
}
