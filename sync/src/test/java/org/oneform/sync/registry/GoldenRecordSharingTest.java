package org.oneform.sync.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * Records share one instance of each field id and worker name, whatever strings they were made from: one
 * string (and one Eclipse Store entity) per value instead of one per record (docs/benchmarks.md, "Apply loop:
 * fan-out and memory").
 */
class GoldenRecordSharingTest {

    private static final AreaId GRID = new AreaId("330187.001.001.01");

    @Test
    void fieldIdsAndWorkerNamesAreSharedAcrossRecords() {
        GoldenRecord a = record("R00000001", copy("resident.name"), copy("worker01"));
        GoldenRecord b = record("R00000002", copy("resident.name"), copy("worker01"));

        String keyA = a.fields().keySet().iterator().next();
        String keyB = b.fields().keySet().iterator().next();
        assertThat(keyA).isEqualTo("resident.name").isSameAs(keyB);
        assertThat(a.historyOf("resident.name")).isNotEmpty();
        assertThat(a.history().keySet().iterator().next()).isSameAs(keyA);
        assertThat(a.fields().get(keyA).provenance().collectedBy()).isSameAs(b.fields().get(keyB).provenance().collectedBy());
        assertThat(a).as("sharing changes no value").isEqualTo(record("R00000001", "resident.name", "worker01"));
    }

    private static GoldenRecord record(String id, String field, String worker) {
        var provenance = new Provenance("s-" + id, worker, Instant.parse("2026-12-03T00:00:00Z"), 1, 1);
        return new GoldenRecord(new SubjectId(id), SubjectType.RESIDENT, GRID, Map.of(field, new FieldValue("张伟", provenance)),
                Map.of(copy(field), List.of(new FieldValue("章伟", provenance))));
    }

    /** An equal string that is not the literal's instance, as JSON parsing makes them. */
    private static String copy(String s) {
        return new String(s.toCharArray());
    }
}
