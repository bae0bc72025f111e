package org.oneform.app.intake;

import java.time.Clock;
import java.util.Base64;

import javax.sql.DataSource;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.app.storage.DataDirectory;
import org.oneform.app.storage.SecretKeys;
import org.oneform.forms.compile.FormVersions;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.apply.ChangeListener;
import org.oneform.sync.apply.DedupMatcher;
import org.oneform.sync.dedup.DedupConfig;
import org.oneform.sync.intake.Attachments;
import org.oneform.sync.intake.Intake;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.review.Returns;
import org.oneform.sync.review.ReviewQueue;
import org.oneform.sync.roster.RosterLog;
import org.oneform.sync.search.RegistryIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The intake side of sync, wired once. See {@code docs/decisions/0005-intake-ledger-and-apply-loop.md}. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    @DependsOnDatabaseInitialization
    IntakeLedger intakeLedger(DataSource dataSource, PlatformTransactionManager transactions) {
        return new IntakeLedger(dataSource, transactions);
    }

    @Bean
    @DependsOnDatabaseInitialization
    Attachments attachments(DataSource dataSource, DataDirectory dataDirectory, Clock clock) {
        return new Attachments(dataSource, dataDirectory.attachments(), clock);
    }

    @Bean
    ReviewQueue reviewQueue(SyncRoot root, Persister persister) {
        var queue = new ReviewQueue(root.review());
        persister.store(root); // the root may have just got its review data (a store from before it existed)
        return queue;
    }

    /**
     * Dedup as DESIGN.md §7 has it; ID number and phone blocking terms are hashed under a key of the data
     * directory (or the setting), never indexed in the clear.
     */
    @Bean
    Matchers matchers(SecretKeys keys, @Value("${oneform.dedup.term-key:}") String configuredKey) {
        String hashKey = Base64.getEncoder().encodeToString(keys.key("dedup-terms", configuredKey));
        DedupConfig config = new DedupConfig(DedupConfig.DEFAULTS.upper(), DedupConfig.DEFAULTS.lower(),
                DedupConfig.DEFAULTS.candidates(), hashKey, DedupConfig.DEFAULTS.population());
        return new Matchers() {
            @Override
            public org.oneform.sync.apply.SubjectMatcher live(RegistryIndex index) {
                return new DedupMatcher(config, index);
            }

            @Override
            public DedupMatcher scratch() {
                return DedupMatcher.scratch(config);
            }
        };
    }

    /** Returns to grid workers: ledger entries, projected by the apply loop (docs/decisions/0012-collector-download.md). */
    @Bean
    Returns returns(SyncRoot root, Persister persister, IntakeLedger ledger, Clock clock, ObjectProvider<ApplyLoop> loop) {
        var returns = new Returns(root.returns(), ledger, clock, () -> loop.getObject().signal());
        persister.store(root); // the root may have just got its returns data (a store from before they existed)
        return returns;
    }

    /** Which subjects of each grid changed or left when: what a collector's download reads. */
    @Bean
    RosterLog rosterLog(SyncRoot root, Persister persister) {
        var roster = new RosterLog(root.roster());
        persister.store(root);
        if (!roster.changedOnOpen().isEmpty()) { // moved from the layout before compact shelves, or compacted
            persister.storeAll(roster.changedOnOpen().toArray());
        }
        return roster;
    }

    /** The single writer of the registry; closed (after its current step) before the stores it writes. */
    @Bean(destroyMethod = "close")
    ApplyLoop applyLoop(IntakeLedger ledger, Registry registry, ReviewQueue review, Returns returns, RosterLog roster,
                        RegistryIndex index, Matchers matchers, ObjectProvider<ChangeListener> listeners) {
        return new ApplyLoop(ledger, registry, review, returns, roster, matchers.live(index), index,
                listeners.orderedStream().toList());
    }

    @Bean
    Intake intake(IntakeLedger ledger, FormVersions forms, Registry registry, Attachments attachments, Clock clock,
                  ApplyLoop loop) {
        return new Intake(ledger, forms, registry, attachments, clock, loop::signal);
    }

}
