package org.oneform.app.intake;

import java.time.Clock;

import javax.sql.DataSource;

import org.eclipse.serializer.persistence.types.Persister;
import org.oneform.app.storage.DataDirectory;
import org.oneform.forms.compile.FormVersions;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.apply.ChangeListener;
import org.oneform.sync.apply.IdentifierMatcher;
import org.oneform.sync.intake.Attachments;
import org.oneform.sync.intake.Intake;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.review.ReviewQueue;
import org.oneform.sync.search.RegistryIndex;
import org.springframework.beans.factory.ObjectProvider;
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

    /** The single writer of the registry; closed (after its current step) before the stores it writes. */
    @Bean(destroyMethod = "close")
    ApplyLoop applyLoop(IntakeLedger ledger, Registry registry, ReviewQueue review, RegistryIndex index,
                        ObjectProvider<ChangeListener> listeners) {
        return new ApplyLoop(ledger, registry, review, new IdentifierMatcher(), index, listeners.orderedStream().toList());
    }

    @Bean
    Intake intake(IntakeLedger ledger, FormVersions forms, Registry registry, Attachments attachments, Clock clock,
                  ApplyLoop loop) {
        return new Intake(ledger, forms, registry, attachments, clock, loop::signal);
    }

}
