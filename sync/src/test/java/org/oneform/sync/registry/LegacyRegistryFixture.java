package org.oneform.sync.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * The registry content of the store in {@code src/test/resources/legacy-stores/registry-graph-2026-12-03}: a store
 * written by the classes of commit 5db3f23, which persisted every {@link GoldenRecord} as a graph of records, maps,
 * values and provenances on {@code RegistryData.shelves} (decision 0042 replaced that with one compact blob per
 * record). {@code CompactRecordsTest} opens a copy of that store with today's classes and expects exactly these
 * records, submissions, counters and sequence.
 */
final class LegacyRegistryFixture {

    static final AreaId GRID_1 = new AreaId("330187.001.001.01");
    static final AreaId GRID_2 = new AreaId("330187.001.001.02");
    static final long LAST_APPLIED_SEQ = 1_203;
    static final String BASELINE = "legacy-fixture:seed=20261203";

    private LegacyRegistryFixture() {
    }

    /** 1,100 residents on two shelves, two households and a place; some with history and edits. */
    static List<GoldenRecord> records() {
        List<GoldenRecord> records = new ArrayList<>();
        Instant t0 = Instant.parse("2026-11-22T08:00:00.123456789Z");
        for (int i = 1; i <= 1_100; i++) {
            var first = new Provenance("sub-" + i, "worker0" + (i % 4), t0.plusSeconds(i), i, 3);
            Map<String, FieldValue> fields = new LinkedHashMap<>();
            fields.put("resident.name", new FieldValue("居民" + i, first));
            fields.put("resident.gender", new FieldValue(i % 2 == 0 ? "male" : "female", first));
            fields.put("resident.birth_date", new FieldValue("19%02d-0%d-1%d".formatted(i % 100, 1 + i % 9, i % 10), first));
            fields.put("resident.phone", new FieldValue("1390000%04d".formatted(i), first));
            Map<String, List<FieldValue>> history = new LinkedHashMap<>();
            if (i % 7 == 0) {
                var edit = new Provenance("edit-" + i, "worker01", t0.plusSeconds(10_000 + i), 2_000 + i, 4);
                history.put("resident.name", List.of(fields.get("resident.name")));
                fields.put("resident.name", new FieldValue("改名" + i, edit));
                fields.put("resident.phone", fields.get("resident.phone").confirmedBy(edit));
            }
            if (i % 11 == 0) {
                fields.put("resident.note", new FieldValue("多行\n备注 \"引号\" , 逗号 " + "长".repeat(i % 50), first, 0));
            }
            records.add(new GoldenRecord(new SubjectId("R%08d".formatted(i)), SubjectType.RESIDENT,
                    i % 3 == 0 ? GRID_2 : GRID_1, fields, history));
        }
        var baseline = new Provenance("baseline:legacy-fixture", "system", Instant.parse("2026-11-01T00:00:00Z"), 0, 0);
        records.add(new GoldenRecord(new SubjectId("H00000001"), SubjectType.HOUSEHOLD, GRID_1,
                Map.of("household.address", new FieldValue("清河家园3栋2单元1502室", baseline))));
        records.add(new GoldenRecord(new SubjectId("H00000002"), SubjectType.HOUSEHOLD, GRID_2,
                Map.of("household.address", new FieldValue("清河家园5幢501", baseline))));
        records.add(new GoldenRecord(new SubjectId("P00000001"), SubjectType.PLACE, GRID_2,
                Map.of("place.name", new FieldValue("清河社区卫生服务站", baseline),
                        "place.location", new FieldValue("30.2741 120.1551", baseline))));
        return records;
    }

    /** Submission id → subject: one per resident. */
    static Map<String, SubjectId> submissions() {
        Map<String, SubjectId> submissions = new LinkedHashMap<>();
        for (int i = 1; i <= 1_100; i++) {
            submissions.put("sub-" + i, new SubjectId("R%08d".formatted(i)));
        }
        return submissions;
    }
}
