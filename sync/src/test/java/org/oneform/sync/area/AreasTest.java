package org.oneform.sync.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.sync.SyncRoot;

class AreasTest {

    @TempDir
    Path dir;

    private final AreaId district = new AreaId("330187");
    private final AreaId street = district.child("001");
    private final AreaId community = street.child("002");
    private final AreaId grid = community.child("03");

    @Test
    void buildsTheTreeAndAnswersScopeQueriesAfterARestart() {
        EmbeddedStorageManager first = EmbeddedStorage.start(dir);
        open(first).saveAll(List.of(
                new Area(district, AreaLevel.DISTRICT, "一张表示范区", null),
                new Area(street, AreaLevel.STREET, "清河街道", district),
                new Area(new AreaId("330187.002"), AreaLevel.STREET, "望江街道", district),
                new Area(community, AreaLevel.COMMUNITY, "清河二社区", street),
                new Area(grid, AreaLevel.GRID, "第3网格", community)));
        first.shutdown();
        EmbeddedStorageManager second = EmbeddedStorage.start(dir);
        Areas areas = open(second);
        assertThat(areas.children(district)).extracting(Area::name).containsExactly("清河街道", "望江街道");
        assertThat(areas.within(street, AreaLevel.GRID)).extracting(Area::id).containsExactly(grid);
        assertThat(areas.within(new AreaId("330187.002"), AreaLevel.GRID)).isEmpty();
        assertThat(areas.path(grid)).extracting(Area::name).containsExactly("一张表示范区", "清河街道", "清河二社区", "第3网格");
        assertThat(grid.isWithin(street)).isTrue();
        assertThat(new AreaId("330187.0011").isWithin(new AreaId("330187.001"))).isFalse();
        second.shutdown();
    }

    @Test
    void rejectsOrphansAndInconsistentLevels() {
        EmbeddedStorageManager manager = EmbeddedStorage.start(dir);
        Areas areas = open(manager);
        assertThatThrownBy(() -> areas.saveAll(List.of(new Area(street, AreaLevel.STREET, "清河街道", district))))
                .hasMessageContaining("unknown");
        assertThatThrownBy(() -> new Area(street, AreaLevel.GRID, "x", district)).hasMessageContaining("depth");
        assertThatThrownBy(() -> new Area(street, AreaLevel.STREET, "x", new AreaId("330188"))).hasMessageContaining("parent");
        assertThatThrownBy(() -> new AreaId("33 01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(areas.isEmpty()).isTrue();
        manager.shutdown();
    }

    private static Areas open(EmbeddedStorageManager manager) {
        if (manager.root() == null) {
            manager.setRoot(new SyncRoot());
            manager.storeRoot();
        }
        return new Areas(((SyncRoot) manager.root()).areas(), manager);
    }
}
