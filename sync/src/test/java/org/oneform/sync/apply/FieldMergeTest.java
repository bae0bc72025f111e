package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.SubjectId;

/**
 * The per-field three-way merge, as properties over random records and random pairs of offline edits made
 * from the same base (seeded: a failure names its repetition and can be replayed).
 */
class FieldMergeTest {

    private static final List<String> FIELDS = List.of("resident.name", "resident.phone", "resident.address",
            "resident.marital_status", "resident.employment", "resident.health_insurance");
    private static final AreaId GRID = new AreaId("330187.001.001.01");

    @RepeatedTest(300)
    void editsOfDifferentFieldsFromOneBaseBothApplyInEitherOrder(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        GoldenRecord base = randomRecord(random);
        List<String> shuffled = new ArrayList<>(FIELDS);
        java.util.Collections.shuffle(shuffled, random);
        int split = 1 + random.nextInt(FIELDS.size() - 1);
        Map<String, String> a = changes(random, base, shuffled.subList(0, split));
        Map<String, String> b = changes(random, base, shuffled.subList(split, shuffled.size()));

        GoldenRecord ab = apply(apply(base, a, 101), b, 102);
        GoldenRecord ba = apply(apply(base, b, 101), a, 102);

        for (String field : FIELDS) {
            String expected = a.getOrDefault(field, b.getOrDefault(field, base.text(field)));
            assertThat(ab.text(field)).as(field).isEqualTo(expected);
            assertThat(ba.text(field)).as(field).isEqualTo(expected);
        }
    }

    @RepeatedTest(300)
    void theSameFieldChangedTwiceFromOneBaseKeepsTheFirstAndRaisesExactlyOneConflict(RepetitionInfo repetition) {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        GoldenRecord base = randomRecord(random);
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        String first = base.text(field) + "-a" + random.nextInt(1000);
        String second = base.text(field) + "-b" + random.nextInt(1000);

        GoldenRecord afterFirst = apply(base, Map.of(field, first), 201);
        MergeResult secondMerge = FieldMerge.merge(afterFirst, Map.of(field, second), basesOf(base),
                provenance(202), null);

        assertThat(secondMerge.record().text(field)).isEqualTo(first);
        assertThat(secondMerge.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.fieldId()).isEqualTo(field);
            assertThat(c.current().value()).isEqualTo(first);
            assertThat(c.proposed()).isEqualTo(second);
        });
        assertThat(secondMerge.changed()).isEmpty();
    }

    @RepeatedTest(200)
    void nothingIsLostAChangedValueMovesToHistoryAndUntouchedFieldsStay(RepetitionInfo repetition) {
        Random random = new Random(5000 + repetition.getCurrentRepetition());
        GoldenRecord base = randomRecord(random);
        List<String> edited = FIELDS.subList(0, 1 + random.nextInt(FIELDS.size()));
        Map<String, String> change = changes(random, base, edited);

        MergeResult merged = FieldMerge.merge(base, change, basesOf(base), provenance(301), null);

        for (String field : FIELDS) {
            if (merged.changed().contains(field)) {
                assertThat(merged.record().historyOf(field).getFirst()).isEqualTo(base.fields().get(field));
                assertThat(merged.record().fields().get(field).provenance().ledgerSeq()).isEqualTo(301);
            } else if (!merged.confirmed().contains(field)) {
                assertThat(merged.record().fields().get(field)).isEqualTo(base.fields().get(field));
            }
        }
        assertThat(merged.conflicts()).isEmpty();
    }

    @Test
    void aSameValueConfirmsTheFieldSoItIsFreshAgainAndKeepsItsVersion() {
        GoldenRecord base = record(Map.of("resident.phone", new FieldValue("13905710001", provenance(5))));
        MergeResult merged = FieldMerge.merge(base, Map.of("resident.phone", "13905710001"), Map.of(), provenance(9), null);
        assertThat(merged.confirmed()).containsExactly("resident.phone");
        assertThat(merged.changed()).isEmpty();
        assertThat(merged.record().fields().get("resident.phone").provenance().ledgerSeq()).isEqualTo(9);
        assertThat(merged.record().fields().get("resident.phone").valueSeq()).as("the version stays").isEqualTo(5);
        assertThat(merged.record().historyOf("resident.phone")).as("the earlier provenance, for a split")
                .containsExactly(base.fields().get("resident.phone"));

        MergeResult basedOnTheVersion = FieldMerge.merge(merged.record(), Map.of("resident.phone", "13905710002"),
                Map.of("resident.phone", 5L), provenance(10), null);
        assertThat(basedOnTheVersion.changed()).as("a confirmation is no change to conflict with")
                .containsExactly("resident.phone");
    }

    @Test
    void withoutABaseOnlyABaselineValueIsReplaced() {
        GoldenRecord base = record(Map.of(
                "resident.phone", new FieldValue("13905710001", provenance(0)),
                "resident.address", new FieldValue("春晖苑3栋501室", provenance(7))));
        MergeResult merged = FieldMerge.merge(base, Map.of("resident.phone", "13905710002", "resident.address", "春晖苑4栋"),
                Map.of(), provenance(9), null);
        assertThat(merged.changed()).containsExactly("resident.phone");
        assertThat(merged.conflicts()).extracting(FieldConflict::fieldId).containsExactly("resident.address");
        assertThat(merged.conflicts().getFirst().baseSeq()).isEqualTo(-1);
    }

    @Test
    void anEditOfOnesOwnEarlierSubmissionReplacesItsValueWhateverTheBase() {
        UUID earlier = UUID.randomUUID();
        var own = new Provenance(earlier.toString(), "worker01", Instant.parse("2026-11-22T08:00:00Z"), 40, 3);
        GoldenRecord base = record(Map.of("resident.phone", new FieldValue("13905710001", own)));
        MergeResult merged = FieldMerge.merge(base, Map.of("resident.phone", "13905710009"), Map.of("resident.phone", 0L),
                provenance(41), earlier);
        assertThat(merged.record().text("resident.phone")).isEqualTo("13905710009");
        assertThat(merged.conflicts()).isEmpty();
    }

    private static GoldenRecord apply(GoldenRecord record, Map<String, String> change, long seq) {
        MergeResult merged = FieldMerge.merge(record, change, basesOf(record), provenance(seq), null);
        return merged.record();
    }

    /** What a worker who loaded {@code record} as prefill reports as the base of every field. */
    private static Map<String, Long> basesOf(GoldenRecord record) {
        Map<String, Long> bases = new HashMap<>();
        record.fields().forEach((field, value) -> bases.put(field, value.valueSeq()));
        return bases;
    }

    private static Map<String, String> changes(Random random, GoldenRecord base, List<String> fields) {
        Map<String, String> change = new LinkedHashMap<>();
        fields.forEach(f -> change.put(f, base.text(f) + "~" + random.nextInt(1_000_000)));
        return change;
    }

    private static GoldenRecord randomRecord(Random random) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, new FieldValue("v" + random.nextInt(100), provenance(random.nextInt(50)))));
        return record(fields);
    }

    private static GoldenRecord record(Map<String, FieldValue> fields) {
        return new GoldenRecord(new SubjectId("R00000001"), SubjectType.RESIDENT, GRID, fields);
    }

    private static Provenance provenance(long seq) {
        return new Provenance(seq == 0 ? "baseline:test" : "sub-" + seq, "worker01",
                Instant.parse("2026-11-22T08:00:00Z").plusSeconds(seq), seq, seq == 0 ? 0 : 3);
    }
}
