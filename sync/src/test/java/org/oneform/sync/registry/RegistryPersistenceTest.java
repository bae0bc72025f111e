package org.oneform.sync.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.area.AreaId;

/**
 * The registry on a real Eclipse Store in a temp directory: what {@link Registry} stores is there
 * after a restart, including replacements and moves between grids. Guards the Eclipse Store habit
 * "store the changed collection, never rely on lazy storing" (DESIGN.md §5).
 */
class RegistryPersistenceTest {

    private static final AreaId GRID_1 = new AreaId("330187.001.001.01");
    private static final AreaId GRID_2 = new AreaId("330187.001.001.02");

    @TempDir
    Path dir;

    @Test
    void recordsReplacementsAndMovesSurviveARestart() {
        withRegistry(registry -> {
            registry.putAll(List.of(resident("R1", GRID_1, "张伟"), resident("R2", GRID_1, "王芳"), household("H1", GRID_1)));
            registry.markBaseline("test");
        });
        withRegistry(registry -> {
            registry.putAll(List.of(resident("R1", GRID_1, "张卫"), resident("R2", GRID_2, "王芳")));
        });
        withRegistry(registry -> {
            assertThat(registry.size()).isEqualTo(3);
            assertThat(registry.baseline()).contains("test");
            assertThat(registry.find(new SubjectId("R1")).orElseThrow().text("resident.name")).isEqualTo("张卫");
            assertThat(registry.inGrid(GRID_1, SubjectType.RESIDENT)).extracting(r -> r.id().value()).containsExactly("R1");
            assertThat(registry.inGrid(GRID_2, SubjectType.RESIDENT)).extracting(r -> r.id().value()).containsExactly("R2");
            assertThat(registry.counts(new AreaId("330187.001"))).containsEntry(SubjectType.RESIDENT, 2)
                    .containsEntry(SubjectType.HOUSEHOLD, 1).containsEntry(SubjectType.PLACE, 0);
            FieldValue name = registry.find(new SubjectId("R1")).orElseThrow().fields().get("resident.name");
            assertThat(name.provenance().source()).isEqualTo("sub-1");
        });
    }

    @Test
    void submissionsOfAStepSurviveARestartAndAStepStoresOnlyTheShelvesItTouched() {
        List<GoldenRecord> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 5_000; i++) {
            many.add(resident("R%08d".formatted(i), i % 2 == 0 ? GRID_1 : GRID_2, "居民" + i));
        }
        withRegistry(registry -> registry.putAll(many));
        List<Object> stored = new java.util.ArrayList<>();
        withRegistry(registry -> {
            Registry counting = new Registry(registry.data(), new RecordingPersister(manager(registry), stored));
            counting.apply(1, List.of(resident("R00005001", GRID_1, "新居民"), resident("R00000007", GRID_1, "改过名")),
                    Map.of("sub-a", new SubjectId("R00005001"), "sub-b", new SubjectId("R00000007")), List.of());
            counting.apply(2, List.of(resident("R00005002", GRID_2, "又一个")), Map.of("sub-c", new SubjectId("R00005002")), List.of());
        });
        // the step stored two record shelves, one submission shelf and the counters: no map of the registry's size
        assertThat(stored).filteredOn(o -> o instanceof Map<?, ?>)
                .allSatisfy(map -> assertThat(((Map<?, ?>) map).size()).isLessThanOrEqualTo(Registry.SHELF));
        withRegistry(registry -> {
            assertThat(registry.size()).isEqualTo(5_002);
            assertThat(registry.subjectOfSubmission("sub-c")).contains(new SubjectId("R00005002"));
            assertThat(registry.find(new SubjectId("R00005002"))).isPresent();
            // 2,500 even numbers, the new R00005001, and R00000007 moved here from grid 2
            assertThat(registry.inGrid(GRID_1, SubjectType.RESIDENT)).hasSize(2_502);
            assertThat(registry.inGrid(GRID_2, SubjectType.RESIDENT)).hasSize(2_500);
            assertThat(registry.find(new SubjectId("R00000007")).orElseThrow().text("resident.name")).isEqualTo("改过名");
        });
    }

    @Test
    void aStoreWrittenBeforeShelvesIsMovedOntoThemOnOpen() {
        withRegistry(registry -> {
            // the layout before shelves: whole maps per grid (what stores of 2026-11 hold)
            RegistryData data = registry.data();
            var grid = new java.util.HashMap<SubjectId, GoldenRecord>();
            grid.put(new SubjectId("R00000001"), resident("R00000001", GRID_1, "张伟"));
            data.grids.put(GRID_1, grid);
            var subs = new java.util.HashMap<String, SubjectId>();
            subs.put("sub-old", new SubjectId("R00000001"));
            data.submissions.put(GRID_1, subs);
            data.shelves = null;
            data.submissionShelves = null;
            data.lastAppliedSeq = 9;
        }, true);
        withRegistry(registry -> {
            assertThat(registry.find(new SubjectId("R00000001")).orElseThrow().text("resident.name")).isEqualTo("张伟");
            assertThat(registry.subjectOfSubmission("sub-old")).contains(new SubjectId("R00000001"));
            assertThat(registry.data().grids).isEmpty();
            assertThat(registry.lastAppliedSeq()).isEqualTo(9);
        });
        withRegistry(registry -> assertThat(registry.inGrid(GRID_1, SubjectType.RESIDENT)).hasSize(1));
    }

    private EmbeddedStorageManager current;

    private EmbeddedStorageManager manager(Registry registry) {
        return current;
    }

    private void withRegistry(java.util.function.Consumer<Registry> work) {
        withRegistry(work, false);
    }

    private void withRegistry(java.util.function.Consumer<Registry> work, boolean storeDataAfter) {
        EmbeddedStorageManager manager = EmbeddedStorage.start(dir);
        try {
            if (manager.root() == null) {
                manager.setRoot(new SyncRoot());
                manager.storeRoot();
            }
            Registry registry = new Registry(((SyncRoot) manager.root()).registry(), manager);
            current = manager;
            work.accept(registry);
            if (storeDataAfter) {
                RegistryData data = registry.data();
                manager.storeAll(data.grids, data.submissions, data);
                data.grids.values().forEach(manager::store);
                data.submissions.values().forEach(manager::store);
            }
        } finally {
            manager.shutdown();
        }
    }

    private static GoldenRecord resident(String id, AreaId grid, String name) {
        return new GoldenRecord(new SubjectId(id), SubjectType.RESIDENT, grid,
                Map.of("resident.name", value(name), "resident.gender", value("male")));
    }

    private static GoldenRecord household(String id, AreaId grid) {
        return new GoldenRecord(new SubjectId(id), SubjectType.HOUSEHOLD, grid, Map.of("household.address", value("清河家园3栋2单元1502室")));
    }

    private static FieldValue value(String v) {
        return new FieldValue(v, new Provenance("sub-1", "worker01", Instant.parse("2026-11-22T08:00:00Z"), 7, 3));
    }
}
