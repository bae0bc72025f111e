package org.oneform.sync.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/** The roster log on a real Eclipse Store: what the apply loop stores survives a restart, in small pieces. */
class RosterLogPersistenceTest {

    private static final AreaId GRID_1 = new AreaId("330187.001.001.01");
    private static final AreaId GRID_2 = new AreaId("330187.001.001.02");

    @TempDir
    Path dir;

    @Test
    void changesAndMovesSurviveARestartAndAChangeStoresNoMapOfTheGridsSize() {
        withLog((log, manager) -> {
            for (int i = 1; i <= 5_000; i++) {
                manager.storeAll(log.changed(i, new SubjectId("R%08d".formatted(i)), null, GRID_1).toArray());
            }
        });
        withLog((log, manager) -> {
            Set<Object> dirty = log.changed(5_001, new SubjectId("R00000007"), GRID_1, GRID_2);
            assertThat(dirty).filteredOn(o -> o instanceof Map<?, ?>)
                    .allSatisfy(map -> assertThat(((Map<?, ?>) map).size()).isLessThanOrEqualTo(SubjectId.SHELF));
            manager.storeAll(dirty.toArray());
        });
        withLog((log, manager) -> {
            assertThat(log.changedAfter(GRID_1, 4_990)).hasSize(10);
            assertThat(log.changedAfter(GRID_1, 0)).hasSize(4_999).doesNotContainKey(new SubjectId("R00000007"));
            assertThat(log.changedAfter(GRID_2, 0)).containsOnlyKeys(new SubjectId("R00000007"));
            assertThat(log.leftAfter(GRID_1, 5_000)).containsEntry(new SubjectId("R00000007"), 5_001L);
            assertThat(log.lastChange(GRID_1, new SubjectId("R00004321"))).isEqualTo(4_321);
        });
    }

    private void withLog(java.util.function.BiConsumer<RosterLog, EmbeddedStorageManager> work) {
        EmbeddedStorageManager manager = EmbeddedStorage.start(dir);
        try {
            if (manager.root() == null) {
                manager.setRoot(new SyncRoot());
                manager.storeRoot();
            }
            SyncRoot root = (SyncRoot) manager.root();
            RosterLog log = new RosterLog(root.roster());
            manager.store(root);
            work.accept(log, manager);
        } finally {
            manager.shutdown();
        }
    }
}
