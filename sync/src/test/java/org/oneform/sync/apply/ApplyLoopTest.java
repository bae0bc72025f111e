package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.feeds.Fanout;
import org.oneform.sync.feeds.FeedWriter;
import org.oneform.sync.feeds.Subscriptions;
import org.oneform.sync.registry.GoldenRecord;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReviewKind;
import org.oneform.sync.search.SearchQuery;

/**
 * The apply loop on real stores (H2 + Flyway, Eclipse Store, Lucene in a temp directory): it applies in
 * sequence order and tells the change listener, replays after a restart exactly what the registry had not
 * applied, stops on a failing step without storing any of it, and leaves projections equal to a rebuild
 * from the ledger.
 */
class ApplyLoopTest {

    private static final SubjectId ZHANG = new SubjectId("R00000001");
    private static final SubjectId WANG = new SubjectId("R00000002");

    @TempDir
    Path dir;

    @Test
    void appliesInSequenceOrderTellsTheListenerAndIndexes() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            List<Long> seqs = world.send(world.edit(ZHANG, Map.of("resident.phone", "13905719999")),
                    world.found("林晓雯", "33018719920518002", "13905710013"),
                    world.edit(WANG, Map.of("resident.name", "王芳芳")));
            assertThat(world.loop.awaitApplied(seqs.getLast(), Duration.ofSeconds(10))).isTrue();

            List<AppliedChange> changes = world.heard.stream().flatMap(List::stream).toList();
            assertThat(changes).extracting(AppliedChange::seq).containsExactlyElementsOf(seqs);
            assertThat(changes.get(0).changed()).contains("resident.phone").doesNotContain("resident.name", "resident.id_number");
            assertThat(changes.get(0).created()).isFalse();
            assertThat(changes.get(1).created()).isTrue();
            assertThat(changes).extracting(AppliedChange::type)
                    .containsExactly(ChangeType.UPDATED, ChangeType.CREATED, ChangeType.UPDATED);
            assertThat(changes.get(1).record().id().value()).isEqualTo("R00000003");
            assertThat(world.registry.find(ZHANG).orElseThrow().text("resident.phone")).isEqualTo("13905719999");

            world.index.refresh();
            assertThat(world.index.search(SearchQuery.of("林晓雯", SyncWorld.GRID)).hits())
                    .extracting(hit -> hit.id().value()).containsExactly("R00000003");
        }
    }

    @Test
    void deliveriesAreWrittenOnceWhateverTheReplaysAndCarryOnlyRequestedFields() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            var store = new DeliveryStore(world.dataSource, new DataSourceTransactionManager(world.dataSource),
                    java.time.Clock.systemUTC());
            var subscriptions = Subscriptions.of(world.requests);
            var writer = new FeedWriter(new Fanout(subscriptions, "apply-loop-test-pseudonym-key!!!".getBytes()), store);
            world.listener = changes -> {
                world.heard.add(changes);
                writer.applied(changes);
            };
            world.loop.catchUp();
            world.loop.start();
            long seq = world.send(world.edit(ZHANG, Map.of("resident.phone", "13905719998"))).getFirst();
            assertThat(world.loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
            List<DeliveryStore.LedgerRow> first = store.ledgerOf(ZHANG.value());
            assertThat(first).isNotEmpty().allSatisfy(row -> {
                java.util.Set<String> asked = new java.util.HashSet<>();
                subscriptions.of(row.department()).forEach(g -> asked.addAll(g.fields()));
                assertThat(asked).containsAll(row.fields());
            });

            // a crash between the deliveries and the registry store replays the step: the listener hears it again
            writer.applied(world.heard.getLast());
            writer.applied(world.heard.getLast());
            assertThat(store.ledgerOf(ZHANG.value())).isEqualTo(first);
            // ... and after a restart, a store that has not written anything itself still knows them
            var restarted = new DeliveryStore(world.dataSource, new DataSourceTransactionManager(world.dataSource),
                    java.time.Clock.systemUTC());
            new FeedWriter(new Fanout(subscriptions, "apply-loop-test-pseudonym-key!!!".getBytes()), restarted)
                    .applied(world.heard.getLast());
            assertThat(restarted.ledgerOf(ZHANG.value())).isEqualTo(first);
        }
    }

    @Test
    void aRestartReplaysWhatTheRegistryHadNotAppliedAndNothingTwice() throws Exception {
        List<Long> seqs;
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            // the loop is not started: these are acknowledged (in the ledger) but not applied when the process "dies"
            seqs = world.send(world.edit(ZHANG, Map.of("resident.phone", "13905711111")),
                    world.found("赵敏", "33018719950303004", "13905712222"));
            assertThat(world.registry.lastAppliedSeq()).isZero();
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            assertThat(world.loop.catchUp()).isEqualTo(2);
            assertThat(world.registry.lastAppliedSeq()).isEqualTo(seqs.getLast());
            assertThat(world.heard.stream().flatMap(List::stream).map(AppliedChange::seq)).containsExactlyElementsOf(seqs);
            assertThat(world.registry.size()).isEqualTo(3);
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            assertThat(world.loop.catchUp()).as("nothing is applied twice").isZero();
            assertThat(world.heard).isEmpty();
            assertThat(world.registry.find(ZHANG).orElseThrow().historyOf("resident.phone")).hasSize(1);
            assertThat(world.index.count()).isEqualTo(3);
        }
    }

    @Test
    void aFailingStepStopsTheLoopStoresNothingAndIsAppliedAfterTheRestart() throws Exception {
        long seq;
        try (SyncWorld world = SyncWorld.open(dir)) {
            AtomicInteger calls = new AtomicInteger();
            world.listener = changes -> {
                calls.incrementAndGet();
                throw new IllegalStateException("the feeds' database is down");
            };
            world.loop.catchUp();
            world.loop.start();
            seq = world.send(world.edit(ZHANG, Map.of("resident.phone", "13905713333"))).getFirst();
            assertThat(world.loop.awaitApplied(seq, Duration.ofSeconds(5))).isFalse();
            assertThat(world.loop.failure()).get().extracting(Throwable::getMessage).isEqualTo("the feeds' database is down");
            assertThat(world.registry.lastAppliedSeq()).isZero();
            assertThat(world.registry.find(ZHANG).orElseThrow().text("resident.phone")).isEqualTo("13905710000");
            assertThat(calls).hasValue(1);
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            assertThat(world.registry.lastAppliedSeq()).isEqualTo(seq);
            assertThat(world.registry.find(ZHANG).orElseThrow().text("resident.phone")).isEqualTo("13905713333");
            assertThat(world.heard).hasSize(1);
        }
    }

    @Test
    void theSameFieldChangedTwiceFromOneBaseIsReviewedAndTheProjectionsEqualARebuild() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            // two workers edited 张伟's phone offline from the same baseline value
            var first = world.edit(ZHANG, Map.of("resident.phone", "13905714444"));
            var second = world.edit(ZHANG, Map.of("resident.phone", "13905715555", "resident.name", "张卫"));
            List<Long> seqs = world.send(first, second);
            world.send(world.found("林晓雯", "33018719920518002", "13905710013"),
                    world.found("林晓雯", "33018719920518002", "13905710013"));
            assertThat(world.loop.awaitApplied(seqs.getLast() + 2, Duration.ofSeconds(10))).isTrue();

            GoldenRecord zhang = world.registry.find(ZHANG).orElseThrow();
            assertThat(zhang.text("resident.phone")).isEqualTo("13905714444");
            assertThat(zhang.text("resident.name")).as("a different field of the second edit applies").isEqualTo("张卫");
            assertThat(world.review.all()).singleElement().satisfies(item -> {
                assertThat(item.kind()).isEqualTo(ReviewKind.FIELD_CONFLICT);
                assertThat(item.fieldId()).isEqualTo("resident.phone");
                assertThat(item.current()).isEqualTo("13905714444");
                assertThat(item.proposed()).isEqualTo("13905715555");
            });
            assertThat(world.registry.size()).as("the second sighting of the same ID number is the same person").isEqualTo(3);

            RebuildReport report = new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns, world.roster, SyncWorld.baseline(),
                    SyncWorld.BASELINE, new IdentifierMatcher(), false, world.storage);
            assertThat(report.ledgerEntries()).isEqualTo(4);
            assertThat(report.equal()).as(report.toString()).isTrue();
        }
    }

    @Test
    void anEditNamingTheSubmissionItSupersedesGoesToTheSameRecordEvenBeforeThatOneWasApplied() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            var found = world.found("周婷", "33018719990909006", "13905718888");
            Map<String, Object> corrected = new java.util.LinkedHashMap<>(found.values());
            corrected.put("resident.phone", "13905718889");
            var edit = new org.oneform.sync.intake.Submission(java.util.UUID.randomUUID(), found.subjectType(),
                    found.formVersion(), null, found.grid(), found.id(), corrected, Map.of(), null);
            // both in one batch, both in one step: the edit must find the record the first one creates
            List<Long> seqs = world.send(found, edit);
            world.loop.start();
            assertThat(world.loop.awaitApplied(seqs.getLast(), Duration.ofSeconds(10))).isTrue();

            assertThat(world.registry.size()).isEqualTo(3);
            SubjectId created = world.registry.subjectOfSubmission(found.id().toString()).orElseThrow();
            assertThat(world.registry.subjectOfSubmission(edit.id().toString())).contains(created);
            GoldenRecord record = world.registry.find(created).orElseThrow();
            assertThat(record.text("resident.phone")).as("a correction of one's own submission needs no base")
                    .isEqualTo("13905718889");
            assertThat(world.review.all()).isEmpty();

            var unknown = new org.oneform.sync.intake.Submission(java.util.UUID.randomUUID(), found.subjectType(),
                    found.formVersion(), null, found.grid(), java.util.UUID.randomUUID(), corrected, Map.of(), null);
            assertThat(world.intake.receive(SyncWorld.WORKER, List.of(unknown)).getFirst())
                    .isInstanceOfSatisfying(org.oneform.sync.intake.ItemResult.Invalid.class,
                            invalid -> assertThat(invalid.code()).isEqualTo("unknown-superseded"));
        }
    }

    @Test
    void aWrongMergeIsUndoneBySplittingAndBothRecordsGetTheirValuesAndProvenanceBack() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            GoldenRecord wangBefore = world.registry.find(WANG).orElseThrow();
            // a worker typed 王芳's ID number for a newcomer: the deterministic match merges them
            var newcomer = world.found("汪方", wangBefore.text("resident.id_number").substring(0, 17), "13905717777");
            long merged = world.send(newcomer).getFirst();
            assertThat(world.loop.awaitApplied(merged, Duration.ofSeconds(10))).isTrue();
            assertThat(world.registry.find(WANG).orElseThrow().text("resident.name")).isEqualTo("汪方");
            assertThat(world.registry.size()).isEqualTo(2);

            long split = world.ledger.appendSplit(newcomer.id(), WANG, "supervisor1", "两人身份证号相同，实为不同人",
                    java.time.Instant.parse("2026-11-22T03:00:00Z"));
            world.loop.signal();
            assertThat(world.loop.awaitApplied(split, Duration.ofSeconds(10))).isTrue();

            GoldenRecord wang = world.registry.find(WANG).orElseThrow();
            assertThat(wang.fields()).as("王芳 is as she was, provenance included").isEqualTo(wangBefore.fields());
            GoldenRecord separate = world.registry.find(new SubjectId("R00000003")).orElseThrow();
            assertThat(separate.text("resident.name")).isEqualTo("汪方");
            assertThat(separate.text("resident.phone")).isEqualTo("13905717777");
            assertThat(separate.fields().get("resident.name").provenance().ledgerSeq()).isEqualTo(merged);
            assertThat(separate.fields().get("resident.name").provenance().source()).isEqualTo(newcomer.id().toString());
            assertThat(world.registry.subjectOfSubmission(newcomer.id().toString())).contains(separate.id());
            assertThat(world.heard.getLast()).extracting(AppliedChange::created).containsExactly(false, true);
            assertThat(world.heard.getLast()).extracting(AppliedChange::type).containsOnly(ChangeType.SPLIT);
            assertThat(world.heard.stream().flatMap(List::stream).filter(c -> c.seq() == merged))
                    .extracting(AppliedChange::type).containsExactly(ChangeType.MERGED);

            RebuildReport report = new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns, world.roster, SyncWorld.baseline(),
                    SyncWorld.BASELINE, new IdentifierMatcher(), false, world.storage);
            assertThat(report.equal()).as(report.toString()).isTrue();
        }
    }

    @Test
    void aRebuildNoticesAProjectionThatDriftedAndReplacesItOnRequest() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            long seq = world.send(world.edit(WANG, Map.of("resident.phone", "13905716666"))).getFirst();
            assertThat(world.loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
            world.loop.close();
            // a projection drifts (e.g. Eclipse Store rolled back, or a bug): 王芳 lost her change
            world.registry.putAll(List.of(SyncWorld.baseline().get(1)));

            RebuildReport drifted = new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns, world.roster, SyncWorld.baseline(),
                    SyncWorld.BASELINE, new IdentifierMatcher(), true, world.storage);
            assertThat(drifted.equal()).isFalse();
            assertThat(drifted.examples()).containsExactly(WANG);
            assertThat(world.registry.find(WANG).orElseThrow().text("resident.phone")).isEqualTo("13905716666");
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            assertThat(world.registry.find(WANG).orElseThrow().text("resident.phone")).as("the replacement was stored")
                    .isEqualTo("13905716666");
            RebuildReport again = new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns, world.roster, SyncWorld.baseline(),
                    SyncWorld.BASELINE, new IdentifierMatcher(), false, world.storage);
            assertThat(again.equal()).as(again.toString()).isTrue();
        }
    }
}
