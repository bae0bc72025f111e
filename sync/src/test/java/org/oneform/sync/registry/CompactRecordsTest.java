package org.oneform.sync.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.internal.RecordCodec;
import org.oneform.sync.registry.internal.SubmissionShelfCodec;

/**
 * Golden records are persisted as one compact byte array each (decision 0042): what is decoded equals what was
 * encoded, whatever the record holds, and a store written by the classes before (records as object graphs) opens
 * with today's classes, is moved into the compact layout once, and holds exactly what it held.
 */
class CompactRecordsTest {

    private static final Path LEGACY = Path.of("src/test/resources/legacy-stores/registry-graph-2026-12-03");

    @TempDir
    Path dir;

    @Test
    void aStoreWrittenAsObjectGraphsOpensAndHoldsWhatItHeld() throws IOException {
        copy(LEGACY, dir);
        Map<SubjectId, GoldenRecord> expected = LegacyRegistryFixture.records().stream()
                .collect(Collectors.toMap(GoldenRecord::id, Function.identity()));

        long legacyBytes = 0;
        for (int start = 1; start <= 2; start++) { // the first start moves the records, the second reads the new layout
            EmbeddedStorageManager manager = EmbeddedStorage.start(dir);
            try {
                if (start == 1) {
                    legacyBytes = manager.createStorageStatistics().totalDataLength();
                }
                Registry registry = new Registry(((SyncRoot) manager.root()).registry(), manager);
                assertThat(registry.size()).isEqualTo(expected.size());
                assertThat(registry.all()).allSatisfy(record -> assertThat(record).isEqualTo(expected.get(record.id())));
                assertThat(registry.inGrid(LegacyRegistryFixture.GRID_2, SubjectType.RESIDENT)).hasSize(366);
                assertThat(registry.lastAppliedSeq()).isEqualTo(LegacyRegistryFixture.LAST_APPLIED_SEQ);
                assertThat(registry.baseline()).contains(LegacyRegistryFixture.BASELINE);
                LegacyRegistryFixture.submissions().forEach((submission, subject) ->
                        assertThat(registry.subjectOfSubmission(submission)).contains(subject));
                assertThat(registry.data().shelves).as("the object graphs are gone").isEmpty();
                assertThat(registry.data().submissionShelves).isEmpty();
                assertThat(registry.data().records.values().stream().mapToInt(Map::size).sum()).isEqualTo(expected.size());
                if (start == 2) {
                    // the counters came through: the next resident follows the fixture's last one
                    assertThat(registry.newId(SubjectType.RESIDENT)).isEqualTo(new SubjectId("R00001101"));
                }
            } finally {
                manager.shutdown();
            }
        }
        // nothing refers to the old graphs any more: in a process that has not loaded them, the collector drops them
        EmbeddedStorageManager manager = EmbeddedStorage.start(dir);
        try {
            manager.issueFullGarbageCollection();
            manager.issueFullFileCheck();
            long after = manager.createStorageStatistics().totalDataLength();
            assertThat(after).as("data after collecting the old graphs, of %,d bytes as written", legacyBytes)
                    .isLessThan(legacyBytes / 2);
            assertThat(new Registry(((SyncRoot) manager.root()).registry(), manager).size()).isEqualTo(expected.size());
        } finally {
            manager.shutdown();
        }
    }

    @Test
    void decodingGivesBackTheRecordThatWasEncoded() {
        var codec = new RecordCodec();
        Random random = new Random(20261203);
        for (int i = 0; i < 2_000; i++) {
            GoldenRecord record = randomRecord(random, i);
            GoldenRecord decoded = codec.decode(record.id(), codec.encode(record));
            assertThat(decoded).isEqualTo(record);
            assertThat(decoded.fields().keySet()).containsExactlyElementsOf(record.fields().keySet());
            record.history().forEach((field, values) -> assertThat(decoded.historyOf(field)).containsExactlyElementsOf(values));
        }
    }

    @Test
    void decodedRecordsShareFieldIdsWorkerNamesAndGrids() {
        var codec = new RecordCodec();
        List<GoldenRecord> records = LegacyRegistryFixture.records(); // the first two: one grid, different workers' strings
        GoldenRecord a = codec.decode(records.get(0).id(), codec.encode(records.get(0)));
        GoldenRecord b = codec.decode(records.get(1).id(), codec.encode(records.get(1)));
        assertThat(a).isEqualTo(records.get(0));
        assertThat(a.grid()).isSameAs(b.grid());
        assertThat(a.fields().keySet().iterator().next()).isSameAs(b.fields().keySet().iterator().next());
        GoldenRecord c = codec.decode(records.get(4).id(), codec.encode(records.get(4))); // collected by worker01, as record 0
        assertThat(a.fields().get("resident.name").provenance().collectedBy())
                .isSameAs(c.fields().get("resident.name").provenance().collectedBy());
    }

    @Test
    void aSubmissionShelfKeepsEveryPairInOrderAndALaterPairWins() {
        Map<String, SubjectId> first = new LinkedHashMap<>();
        first.put("sub-1", new SubjectId("R00000001"));
        first.put("提交-2", new SubjectId("H00000002"));
        byte[] shelf = SubmissionShelfCodec.append(null, first);
        byte[] appended = SubmissionShelfCodec.append(shelf, Map.of("sub-1", new SubjectId("R00000009")));
        assertThat(shelf).as("appending makes a new array; the stored one is not changed in place").hasSize(shelf.length)
                .isNotSameAs(appended);
        Map<String, String> read = new LinkedHashMap<>();
        SubmissionShelfCodec.forEach(appended, read::put);
        assertThat(read).containsExactly(Map.entry("sub-1", "R00000009"), Map.entry("提交-2", "H00000002"));
        Map<String, String> before = new LinkedHashMap<>();
        SubmissionShelfCodec.forEach(shelf, before::put);
        assertThat(before).containsEntry("sub-1", "R00000001").hasSize(2);
    }

    /** Records with what real ones hold and the edges: empty and long values, any characters, history, old times. */
    private static GoldenRecord randomRecord(Random random, int i) {
        String[] workers = {"worker01", "worker02", "system"};
        List<Provenance> provenances = new ArrayList<>();
        for (int p = 0; p < 1 + random.nextInt(4); p++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L), random.nextInt(1_000_000_000));
            provenances.add(new Provenance(p == 0 && random.nextBoolean() ? "baseline:demo" : "sub-" + random.nextLong(),
                    new String(workers[random.nextInt(workers.length)].toCharArray()), at, random.nextLong(0, Long.MAX_VALUE),
                    random.nextInt(0, 500)));
        }
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put(new String("resident.name".toCharArray()), new FieldValue(text(random), provenances.getFirst()));
        for (int f = 0; f < random.nextInt(12); f++) {
            Provenance p = provenances.get(random.nextInt(provenances.size()));
            fields.put("resident.f" + random.nextInt(40), new FieldValue(text(random), p, random.nextLong(-1, 1L << 40)));
        }
        Map<String, List<FieldValue>> history = new LinkedHashMap<>();
        for (String field : fields.keySet()) {
            if (random.nextInt(4) == 0) {
                List<FieldValue> earlier = new ArrayList<>();
                for (int h = 0; h < 1 + random.nextInt(GoldenRecord.HISTORY_PER_FIELD); h++) {
                    earlier.add(new FieldValue(text(random), provenances.get(random.nextInt(provenances.size()))));
                }
                history.put(field, earlier);
            }
        }
        AreaId grid = new AreaId("330187.001.00" + (1 + random.nextInt(3)) + ".0" + (1 + random.nextInt(9)));
        return new GoldenRecord(new SubjectId("R%08d".formatted(i)), SubjectType.RESIDENT, grid, fields, history);
    }

    private static String text(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "清河家园3栋2单元1502室";
            case 2 -> "多行\n文本 \"引号\", 逗号 😀 " + "长".repeat(random.nextInt(3_000));
            case 3 -> Long.toString(random.nextLong());
            case 4 -> random.ints(random.nextInt(30), 0, 0x10FFFF).filter(Character::isValidCodePoint)
                    .filter(c -> c < 0xD800 || c > 0xDFFF)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            default -> "张伟";
        };
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
