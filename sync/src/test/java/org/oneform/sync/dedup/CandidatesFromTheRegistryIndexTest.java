package org.oneform.sync.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneform.sync.dedup.People.person;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.dedup.Decision.Kind;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.search.RegistryIndex;

/**
 * The engine with its candidates from a real registry search index (docs/decisions/0025): records not yet
 * written are candidates from memory, written ones from the index (after one refresh), a removed record
 * never comes back from the index's stale document, and the index's candidate query only returns
 * residents sharing terms, within a scope when asked.
 */
class CandidatesFromTheRegistryIndexTest {

    private static final AreaId GRID = new AreaId("330110.001.001.01");
    private static final AreaId OTHER_GRID = new AreaId("330110.002.001.01");
    private static final Provenance SOURCE = new Provenance("test", "system", Instant.EPOCH, 0, 0);

    @TempDir
    Path dir;
    private RegistryIndex index;
    private DedupEngine engine;
    private final List<GoldenRecord> unwritten = new ArrayList<>();

    @BeforeEach
    void open() {
        index = RegistryIndex.open(dir, "a test key, not a secret at all".getBytes(), Duration.ofHours(1));
        engine = new DedupEngine(DedupConfig.DEFAULTS, new RegistryCandidates(index));
        index.useBlockingTerms(record -> record.type() == SubjectType.RESIDENT
                ? engine.blockingTerms(ResidentFields.person(record)) : List.of());
    }

    @AfterEach
    void close() {
        engine.close();
        index.close();
    }

    @Test
    void aRecordNotYetWrittenIsACandidateAndSoIsOneWrittenToTheIndex() {
        add(person("r1", "林晓雯", "女", "1992-05-18", "", "13905710013", "清河家园3栋501室"), GRID);
        assertThat(engine.decide(person("r2", "林晓雯", "女", "1992-05-18", "", "13905710013", "")).cluster())
                .as("from memory, before the index has it").contains(new ClusterId("r1"));

        write();
        assertThat(index.count()).as("not refreshed yet").isZero();
        Decision d = engine.decide(person("r2", "林晓雯", "女", "1992-05-18", "", "13905710013", ""));
        assertThat(d.kind()).isEqualTo(Kind.MERGE);
        assertThat(d.cluster()).as("from the index, refreshed before the probe").contains(new ClusterId("r1"));
        assertThat(index.count()).isEqualTo(1);
    }

    @Test
    void aRemovedRecordIsNoCandidateEvenWhileTheIndexStillHoldsIt() {
        add(person("r1", "林晓雯", "女", "1992-05-18", "", "13905710013", "清河家园3栋501室"), GRID);
        write();
        engine.remove(new RecordId("r1"));

        assertThat(engine.decide(person("r2", "林晓雯", "女", "1992-05-18", "", "13905710013", "")).kind()).isEqualTo(Kind.NEW);
        assertThat(index.candidates(SubjectType.RESIDENT, terms("林晓雯"), 10, null))
                .as("the index still has the document; the engine skips it").isNotEmpty();
    }

    @Test
    void theCandidateQueryFindsResidentsSharingTermsBestFirstWithinAScope() {
        add(person("r1", "林晓雯", "女", "1992-05-18", "", "13905710013", "清河家园3栋501室"), GRID);
        add(person("r2", "林晓雯", "女", "1992-05-18", "", "", ""), OTHER_GRID);
        add(person("r3", "王芳", "女", "1985-02-02", "", "13900000000", ""), GRID);
        write();
        index.refresh();

        Map<String, Float> probe = terms("林晓雯");
        assertThat(index.candidates(SubjectType.RESIDENT, probe, 10, null)).extracting(SubjectId::value)
                .as("sharing name, birth date and phone ranks above sharing name and birth date")
                .containsExactly("r1", "r2");
        assertThat(index.candidates(SubjectType.RESIDENT, probe, 10, new AreaId("330110.002"))).extracting(SubjectId::value)
                .containsExactly("r2");
        assertThat(index.candidates(SubjectType.RESIDENT, probe, 1, null)).extracting(SubjectId::value).containsExactly("r1");
        assertThat(index.candidates(SubjectType.PLACE, probe, 10, null)).isEmpty();
        assertThat(index.candidates(SubjectType.RESIDENT, Map.of(), 10, null)).isEmpty();
    }

    /** The probe's terms, all boosted alike: 林晓雯 born 1992-05-18 with phone 13905710013. */
    private Map<String, Float> terms(String name) {
        Map<String, Float> terms = new LinkedHashMap<>();
        engine.blockingTerms(person("probe", name, "女", "1992-05-18", "", "13905710013", "")).forEach(t -> terms.put(t, 1f));
        return terms;
    }

    private void add(PersonRecord p, AreaId grid) {
        engine.add(p, new ClusterId(p.id().value()));
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        ResidentFields.values(p).forEach((f, v) -> fields.put(f, new FieldValue(v, SOURCE)));
        unwritten.add(new GoldenRecord(new SubjectId(p.id().value()), SubjectType.RESIDENT, grid, fields));
    }

    /** As the apply loop does after a step: the records go to the index, and the engine is told. */
    private void write() {
        index.index(unwritten);
        unwritten.clear();
        engine.written();
    }
}
