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

    private void withRegistry(java.util.function.Consumer<Registry> work) {
        EmbeddedStorageManager manager = EmbeddedStorage.start(dir);
        try {
            if (manager.root() == null) {
                manager.setRoot(new SyncRoot());
                manager.storeRoot();
            }
            work.accept(new Registry(((SyncRoot) manager.root()).registry(), manager));
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
