package org.oneform.sync.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.roster.internal.RosterShelfCodec;

/**
 * The roster log on a real Eclipse Store: what the apply loop stores survives a restart, in small pieces. Its shelves
 * are appended byte arrays (decision 0042): a roster in the layout before (a map of entries per shelf) is moved once
 * and reads the same; removals, moves and many changes of one subject survive a restart; a shelf grown with
 * superseded records is compacted and still reads the same.
 */
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

    @Test
    void aRosterInTheOldLayoutIsMovedOnceAndReadsTheSame() {
        withLog((log, manager) -> {
            // the layout before compact shelves, as a store of 2026-12-03 holds it
            RosterLogData data = ((SyncRoot) manager.root()).roster();
            var shelf = new HashMap<SubjectId, RosterEntry>();
            for (int i = 1; i <= 300; i++) {
                shelf.put(new SubjectId("R%08d".formatted(i)), new RosterEntry(i % 2 == 0 ? GRID_1 : GRID_2, 1_000 + i));
            }
            data.shelves.put("R0", shelf);
            data.entries = null;
            data.left.computeIfAbsent(GRID_1, g -> new HashMap<>()).put(new SubjectId("R00000003"), 999L);
            manager.storeAll(data, data.shelves, shelf, data.left, data.left.get(GRID_1));
        });
        for (int start = 1; start <= 2; start++) {
            int opening = start;
            withLog((log, manager) -> {
                assertThat(log.changedOnOpen()).as("what the opening %d moved", opening).hasSize(opening == 1 ? 2 : 0);
                assertThat(log.changedAfter(GRID_1, 0)).hasSize(150).containsEntry(new SubjectId("R00000002"), 1_002L);
                assertThat(log.changedAfter(GRID_2, 1_290)).containsOnlyKeys(new SubjectId("R00000291"),
                        new SubjectId("R00000293"), new SubjectId("R00000295"), new SubjectId("R00000297"), new SubjectId("R00000299"));
                assertThat(log.leftAfter(GRID_1, 0)).containsEntry(new SubjectId("R00000003"), 999L);
                assertThat(((SyncRoot) manager.root()).roster().shelves).isEmpty();
            });
        }
    }

    @Test
    void removalsMovesAndManyChangesSurviveARestartAndAGrownShelfIsCompacted() {
        SubjectId often = new SubjectId("R00000001");
        withLog((log, manager) -> {
            for (int i = 1; i <= 20; i++) {
                manager.storeAll(log.changed(i, new SubjectId("R%08d".formatted(i)), null, GRID_1).toArray());
            }
            for (long seq = 100; seq < 1_100; seq++) { // one subject changed a thousand times: the shelf is compacted
                manager.storeAll(log.changed(seq, often, GRID_1, GRID_1).toArray());
            }
            manager.storeAll(log.changed(2_000, new SubjectId("R00000002"), GRID_1, GRID_2).toArray());
            manager.storeAll(log.removed(2_001, new SubjectId("R00000003"), GRID_1).toArray());
            byte[] shelf = ((SyncRoot) manager.root()).roster().entries.get(often.shelf());
            assertThat(RosterShelfCodec.records(shelf)).as("records on the shelf after 1,022 appends").isLessThan(600);
        });
        withLog((log, manager) -> {
            assertThat(log.lastChange(GRID_1, often)).isEqualTo(1_099);
            assertThat(log.changedAfter(GRID_1, 0)).hasSize(18).doesNotContainKeys(new SubjectId("R00000002"), new SubjectId("R00000003"));
            assertThat(log.changedAfter(GRID_2, 0)).containsOnlyKeys(new SubjectId("R00000002"));
            assertThat(log.leftAfter(GRID_1, 1_999)).containsOnlyKeys(new SubjectId("R00000002"), new SubjectId("R00000003"));
            assertThat(log.lastChange(GRID_1, new SubjectId("R00000020"))).isEqualTo(20);
        });
    }

    @Test
    void compactingKeepsTheLatestRecordOfEachSubjectStillOnTheShelf() {
        byte[] shelf = null;
        shelf = RosterShelfCodec.append(shelf, "R00000001", GRID_1.value(), 1);
        shelf = RosterShelfCodec.append(shelf, "R00000002", GRID_1.value(), 2);
        shelf = RosterShelfCodec.append(shelf, "R00000001", GRID_2.value(), 3);
        shelf = RosterShelfCodec.append(shelf, "R00000002", "", 4);
        Map<String, RosterShelfCodec.Entry> read = RosterShelfCodec.read(shelf);
        assertThat(read).containsEntry("R00000001", new RosterShelfCodec.Entry(GRID_2.value(), 3))
                .containsEntry("R00000002", new RosterShelfCodec.Entry("", 4));
        assertThat(RosterShelfCodec.records(shelf)).isEqualTo(4);
        byte[] compact = RosterShelfCodec.compact(read);
        assertThat(RosterShelfCodec.records(compact)).isEqualTo(1);
        assertThat(RosterShelfCodec.read(compact)).containsExactly(Map.entry("R00000001", new RosterShelfCodec.Entry(GRID_2.value(), 3)));
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
            manager.storeAll(log.changedOnOpen().toArray()); // as the app does: a move from the old layout, compactions
            work.accept(log, manager);
        } finally {
            manager.shutdown();
        }
    }
}
