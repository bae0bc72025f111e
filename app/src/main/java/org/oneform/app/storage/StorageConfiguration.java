package org.oneform.app.storage;

import org.eclipse.serializer.persistence.types.Persister;
import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import java.time.Clock;
import java.time.ZoneId;

import org.oneform.forms.FormsRoot;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.roster.RosterLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires Eclipse Store once for the whole process, in a bean whose {@code shutdown} runs on exit, and
 * hands each module its own root. See {@code docs/decisions/0002-one-storage-two-roots.md}.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean(destroyMethod = "release")
    DataDirectory dataDirectory(Environment env) {
        return DataDirectoryGuard.take(env);
    }

    @Bean
    SecretKeys secretKeys(DataDirectory dataDirectory) {
        return new SecretKeys(dataDirectory.keys());
    }

    @Bean(destroyMethod = "shutdown")
    EmbeddedStorageManager storageManager(DataDirectory dataDirectory) {
        long started = System.nanoTime();
        EmbeddedStorageManager manager = EmbeddedStorage.start(dataDirectory.store());
        if (manager.root() instanceof OneFormRoot root && (Registry.holdsObjectGraphs(root.sync().registry())
                || RosterLog.holdsOldLayout(root.sync().roster()))) {
            manager = moveRegistryIntoCompactRecords(manager, dataDirectory);
        }
        if (manager.root() == null) {
            manager.setRoot(new OneFormRoot());
            manager.storeRoot();
            log.info("created a new Eclipse Store storage in {}", dataDirectory.store());
        } else {
            log.info("opened the Eclipse Store storage in {} in {} ms", dataDirectory.store(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return manager;
    }

    /**
     * Moves a registry written as object graphs into compact records and the roster log into compact shelves, then
     * reopens the storage and collects the old graphs: in the process that loaded them Eclipse Store keeps them (its
     * collector spares what the JVM holds), and left to the background housekeeping (a few ms a second) every start
     * would register them again (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md).
     */
    private static EmbeddedStorageManager moveRegistryIntoCompactRecords(EmbeddedStorageManager manager, DataDirectory dir) {
        long started = System.nanoTime();
        SyncRoot sync = ((OneFormRoot) manager.root()).sync();
        new Registry(sync.registry(), manager);
        RosterLog roster = new RosterLog(sync.roster());
        manager.store(sync);
        manager.storeAll(roster.changedOnOpen().toArray());
        manager.shutdown();
        EmbeddedStorageManager reopened = EmbeddedStorage.start(dir.store());
        reopened.issueFullGarbageCollection();
        reopened.issueFullFileCheck();
        log.info("moved the registry into compact records and collected its old object graphs in {} ms",
                (System.nanoTime() - started) / 1_000_000);
        return reopened;
    }

    @Bean
    FormsRoot formsRoot(EmbeddedStorageManager manager) {
        return ((OneFormRoot) manager.root()).forms();
    }

    @Bean
    SyncRoot syncRoot(EmbeddedStorageManager manager) {
        return ((OneFormRoot) manager.root()).sync();
    }

    @Bean
    DepartmentDirectory departmentDirectory(FormsRoot root, Persister persister) {
        return new DepartmentDirectory(root, persister);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    Catalog catalog(FormsRoot root, Persister persister) {
        return new Catalog(root, persister);
    }

    @Bean
    FieldRequests fieldRequests(FormsRoot root, Persister persister, Catalog catalog, Clock clock) {
        return new FieldRequests(root, persister, catalog, clock);
    }

    /** Publishes a new version of a subject's form whenever an approval or withdrawal changes it. */
    @Bean
    FormVersions formVersions(FormsRoot root, Persister persister, Catalog catalog, FieldRequests requests, Clock clock) {
        return new FormVersions(root, persister, catalog, requests, clock);
    }

    @Bean
    Areas areas(SyncRoot root, Persister persister) {
        return new Areas(root.areas(), persister);
    }

    @Bean
    Registry registry(SyncRoot root, Persister persister) {
        return new Registry(root.registry(), persister);
    }
}
