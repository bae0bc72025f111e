package org.oneform.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.Registry;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded default lays out one data directory and the demo city lands in it. */
class EmbeddedDefaultIT extends OneFormIntegrationTest {

    @Autowired
    DataDirectory dataDirectory;
    @Autowired
    Areas areas;
    @Autowired
    Registry registry;
    @Autowired
    DepartmentDirectory departments;
    @Autowired
    org.oneform.forms.catalog.Catalog catalog;
    @Autowired
    org.oneform.forms.compile.FormVersions forms;

    @Test
    void h2EclipseStoreAndTheLockLiveInTheDataDirectory() throws Exception {
        assertThat(dataDirectory.root()).isEqualTo(dataDir().toAbsolutePath().normalize());
        assertThat(dataDirectory.isLocked()).isTrue();
        assertThat(dataDir().resolve("h2/oneform.mv.db")).exists();
        try (var files = Files.list(dataDir().resolve("store"))) {
            assertThat(files).isNotEmpty();
        }
    }

    @Test
    void theDemoCityIsSeeded() {
        assertThat(areas.ofLevel(AreaLevel.STREET)).hasSize(3);
        assertThat(areas.ofLevel(AreaLevel.COMMUNITY)).hasSizeGreaterThanOrEqualTo(9);
        assertThat(areas.ofLevel(AreaLevel.GRID)).hasSizeGreaterThanOrEqualTo(36);
        var counts = registry.counts(areas.ofLevel(AreaLevel.DISTRICT).getFirst().id());
        assertThat(counts.get(SubjectType.HOUSEHOLD)).isBetween(4_500, 5_500);
        assertThat(counts.get(SubjectType.RESIDENT)).isBetween(11_000, 13_000);
        assertThat(counts.get(SubjectType.PLACE)).isBetween(700, 900);
        assertThat(departments.all()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(registry.baseline()).hasValueSatisfying(b -> assertThat(b).startsWith("demo-city"));
    }

    @Test
    void theDemoCatalogAndRequestsCompileIntoOneFormPerSubject() {
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(120);
        for (SubjectType type : SubjectType.values()) {
            var current = forms.current(type).orElseThrow();
            assertThat(current.fields()).as("fields of the %s form", type).isNotEmpty();
            assertThat(forms.history(type)).last().isEqualTo(current);
        }
    }
}
