package org.oneform.app.intake;

import java.util.Collection;
import java.util.List;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.apply.Rebuild;
import org.oneform.sync.apply.RebuildReport;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.review.Returns;
import org.oneform.sync.review.ReviewQueue;
import org.oneform.sync.roster.RosterLog;
import org.oneform.sync.search.RegistryIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code bin/oneform rebuild [check|replace]} ({@code --oneform.rebuild=check|replace}): after start-up
 * catch-up, replays the baseline and the whole ledger into a scratch registry, compares it with the live
 * registry and review queue record by record, rebuilds the search index from the registry, prints the
 * report and exits — 0 when the projections equal the rebuild, 3 when they differ (with {@code replace},
 * the live ones are replaced by the rebuild first).
 */
@Component
@Order(20)
@ConditionalOnProperty("oneform.rebuild")
class RebuildCommand implements ApplicationRunner {

    private final IntakeLedger ledger;
    private final Registry registry;
    private final ReviewQueue review;
    private final Returns returns;
    private final RosterLog roster;
    private final RegistryIndex index;
    private final ApplyLoop loop;
    private final Persister persister;
    private final ObjectProvider<BaselineSource> baselines;
    private final Matchers matchers;
    private final ConfigurableApplicationContext context;

    RebuildCommand(IntakeLedger ledger, Registry registry, ReviewQueue review, Returns returns, RosterLog roster,
                   RegistryIndex index, ApplyLoop loop,
                   Persister persister, ObjectProvider<BaselineSource> baselines, Matchers matchers,
                   ConfigurableApplicationContext context) {
        this.ledger = ledger;
        this.registry = registry;
        this.review = review;
        this.returns = returns;
        this.roster = roster;
        this.index = index;
        this.loop = loop;
        this.persister = persister;
        this.baselines = baselines;
        this.matchers = matchers;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        String mode = String.join("", args.getOptionValues("oneform.rebuild") == null ? List.of("check")
                : args.getOptionValues("oneform.rebuild"));
        loop.close(); // the live loop must not write while the rebuild compares or replaces
        String baselineName = registry.baseline().orElse("");
        Collection<GoldenRecord> baseline = baselines.orderedStream().map(b -> b.records(baselineName))
                .flatMap(java.util.Optional::stream).findFirst().orElse(List.of());
        RebuildReport report;
        try (var matcher = matchers.scratch()) {
            report = new Rebuild(ledger).rebuild(registry, review, returns, roster, baseline, baselineName,
                    matcher, "replace".equals(mode), persister);
        }
        index.rebuild(registry.all(), registry.lastAppliedSeq());
        System.out.printf("""
                        OneForm rebuild (%s) from baseline '%s' and %d ledger entries (up to sequence %d) in %d ms
                          registry: %d records rebuilt, %d live, %d differing %s
                          review queue: %d items rebuilt, %d live, %s
                          returns: %s; roster log: %s
                          search index: rebuilt from the registry, %d documents
                          result: %s
                        """, mode, baselineName, report.ledgerEntries(), report.lastSeq(), report.took().toMillis(),
                report.records(), report.liveRecords(), report.differing(), report.examples(),
                report.reviewItems(), report.liveReviewItems(), report.reviewEqual() ? "equal" : "DIFFERENT",
                report.returnsEqual() ? "equal" : "DIFFERENT", report.rosterEqual() ? "equal" : "DIFFERENT",
                index.count(), report.equal() ? "the projections equal a rebuild from the ledger"
                        : "the projections DIFFER from a rebuild" + ("replace".equals(mode) ? " (replaced)" : ""));
        int code = report.equal() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
