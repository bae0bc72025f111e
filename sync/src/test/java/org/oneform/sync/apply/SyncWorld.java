package org.oneform.sync.apply;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.store.storage.embedded.types.EmbeddedStorage;
import org.eclipse.store.storage.embedded.types.EmbeddedStorageManager;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.DemoCatalog;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.DemoRequests;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.values.IdNumber;
import org.oneform.sync.SyncRoot;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.Attachments;
import org.oneform.sync.intake.Intake;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.intake.ItemResult;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.intake.Uploader;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReviewQueue;
import org.oneform.sync.search.RegistryIndex;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The sync module's stores for real, in one temp directory: an H2 file with sync's Flyway migrations,
 * Eclipse Store with the forms and sync roots (demo catalog and requests, published forms), a Lucene
 * index. {@link #open} after {@link #close} is a restart on the same files.
 */
final class SyncWorld implements AutoCloseable {

    static final AreaId GRID = new AreaId("330187.001.001.01");
    static final String BASELINE = "test-baseline";
    static final Uploader WORKER = new Uploader("worker01", "tablet-1", java.util.Set.of(GRID));
    private static final byte[] KEY = "sync-world-test-key-32-bytes!!!!".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** Root of the test's Eclipse Store (the app has its own holder of the two module roots). */
    static final class Root {
        final FormsRoot forms = new FormsRoot();
        final SyncRoot sync = new SyncRoot();
    }

    final EmbeddedStorageManager storage;
    final IntakeLedger ledger;
    final Intake intake;
    final Registry registry;
    final ReviewQueue review;
    final org.oneform.sync.review.Returns returns;
    final org.oneform.sync.roster.RosterLog roster;
    final RegistryIndex index;
    final ApplyLoop loop;
    final FormVersions forms;
    final org.oneform.forms.request.FieldRequests requests;
    final javax.sql.DataSource dataSource;
    final List<List<AppliedChange>> heard = new ArrayList<>();
    ChangeListener listener = heard::add;

    private SyncWorld(Path dir, java.util.function.Function<RegistryIndex, SubjectMatcher> matcher) {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("h2/test") + ";WRITE_DELAY=0;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/sync").load().migrate();
        storage = EmbeddedStorage.start(dir.resolve("store"));
        boolean fresh = storage.root() == null;
        if (fresh) {
            storage.setRoot(new Root());
            storage.storeRoot();
        }
        Root root = (Root) storage.root();
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        var catalog = new Catalog(root.forms, storage);
        requests = new FieldRequests(root.forms, storage, catalog, clock);
        dataSource = h2;
        forms = new FormVersions(root.forms, storage, catalog, requests, clock);
        registry = new Registry(root.sync.registry(), storage);
        if (fresh) {
            catalog.addAll(DemoCatalog.fields());
            DemoRequests.seed(requests, Actor.admin("admin"));
            forms.publishAllIfChanged();
            registry.putAll(baseline());
            registry.markBaseline(BASELINE);
        }
        review = new ReviewQueue(root.sync.review());
        storage.store(root.sync);
        ledger = new IntakeLedger(h2, new DataSourceTransactionManager(h2));
        index = RegistryIndex.open(dir.resolve("lucene"), KEY);
        returns = new org.oneform.sync.review.Returns(root.sync.returns(), ledger, clock, this::wakeLoop);
        roster = new org.oneform.sync.roster.RosterLog(root.sync.roster());
        loop = new ApplyLoop(ledger, registry, review, returns, roster, matcher.apply(index), index,
                List.of(changes -> listener.applied(changes)));
        intake = new Intake(ledger, forms, registry, new Attachments(h2, dir.resolve("attachments"), clock), clock,
                loop::signal);
    }

    private void wakeLoop() {
        loop.signal();
    }

    static SyncWorld open(Path dir) {
        return new SyncWorld(dir, index -> new IdentifierMatcher());
    }

    /** A world whose apply loop matches with {@code matcher} (e.g. one that finds possible duplicates). */
    static SyncWorld open(Path dir, SubjectMatcher matcher) {
        return new SyncWorld(dir, index -> matcher);
    }

    /** With the full dedup of the application ({@link DedupMatcher}, candidates from the world's search index). */
    static SyncWorld openWithDedup(Path dir) {
        return new SyncWorld(dir, index -> new DedupMatcher(org.oneform.sync.dedup.DedupConfig.DEFAULTS, index));
    }

    /** Two baseline residents in {@link #GRID}. */
    static List<GoldenRecord> baseline() {
        var provenance = new Provenance("baseline:" + BASELINE, "system", Instant.parse("2026-01-01T00:00:00Z"), 0, 0);
        return List.of(resident("R00000001", "张伟", "330187198001010012", provenance),
                resident("R00000002", "王芳", "330187198502020024", provenance));
    }

    private static GoldenRecord resident(String id, String name, String idStem, Provenance provenance) {
        String idNumber = idStem.substring(0, 17) + IdNumber.checkDigit(idStem.substring(0, 17));
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("resident.name", new FieldValue(name, provenance));
        fields.put("resident.gender", new FieldValue("male", provenance));
        fields.put("resident.birth_date", new FieldValue(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12)
                + "-" + idNumber.substring(12, 14), provenance));
        fields.put("resident.id_number", new FieldValue(idNumber, provenance));
        fields.put("resident.phone", new FieldValue("13905710000", provenance));
        return new GoldenRecord(new SubjectId(id), SubjectType.RESIDENT, GRID, fields);
    }

    int residentVersion() {
        return forms.current(SubjectType.RESIDENT).orElseThrow().number();
    }

    /** An edit of a resident's fields from what the worker saw (its current values, with their bases). */
    Submission edit(SubjectId subject, Map<String, String> changes) {
        GoldenRecord record = registry.find(subject).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Long> bases = new LinkedHashMap<>();
        record.fields().forEach((field, value) -> {
            values.put(field, value.value());
            bases.put(field, value.valueSeq());
        });
        values.putAll(changes);
        return new Submission(UUID.randomUUID(), SubjectType.RESIDENT, residentVersion(), subject, GRID, null,
                complete(values), bases, null);
    }

    /** A resident met in the field, not named: dedup decides. */
    Submission found(String name, String idStem17, String phone) {
        String idNumber = idStem17 + IdNumber.checkDigit(idStem17);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("resident.name", name);
        values.put("resident.gender", "female");
        values.put("resident.birth_date", LocalDate.parse(idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12)
                + "-" + idNumber.substring(12, 14)).toString());
        values.put("resident.id_number", idNumber);
        values.put("resident.phone", phone);
        return new Submission(UUID.randomUUID(), SubjectType.RESIDENT, residentVersion(), null, GRID, null,
                complete(values), Map.of(), null);
    }

    /**
     * Fills what the current resident form requires and the values lack (the baseline here is thinner than
     * the demo city's), by type, until it validates.
     */
    Map<String, Object> complete(Map<String, Object> values) {
        var form = forms.current(SubjectType.RESIDENT).orElseThrow();
        Map<String, Object> filled = new LinkedHashMap<>(values);
        for (int round = 0; round < 5; round++) {
            var result = org.oneform.forms.validate.FormValidator.validate(form, filled, LocalDate.of(2026, 11, 22));
            if (result.isValid()) {
                return filled;
            }
            for (var error : result.errors()) {
                if (!error.code().equals("required") || !error.path().equals(error.fieldId())) {
                    throw new AssertionError("cannot complete the test form: " + result.errors());
                }
                var definition = form.field(error.fieldId()).orElseThrow().definition();
                filled.put(error.fieldId(), switch (definition.type()) {
                    case SINGLE_CHOICE -> definition.choices().getFirst().code();
                    case MULTIPLE_CHOICE -> List.of(definition.choices().getFirst().code());
                    case YES_NO -> "no";
                    case INTEGER -> 1;
                    case DECIMAL -> 1.5;
                    case DATE -> "2000-01-01";
                    default -> "测试值";
                });
            }
        }
        throw new AssertionError("the test form did not validate after filling required fields");
    }

    /** Sends and asserts every item was accepted; returns the sequences. */
    List<Long> send(Submission... submissions) {
        List<Long> seqs = new ArrayList<>();
        for (ItemResult result : intake.receive(WORKER, List.of(submissions))) {
            if (!(result instanceof ItemResult.Accepted accepted)) {
                throw new AssertionError("not accepted: " + result);
            }
            seqs.add(accepted.seq());
        }
        return seqs;
    }

    @Override
    public void close() throws Exception {
        loop.close();
        index.close();
        storage.shutdown();
    }
}
