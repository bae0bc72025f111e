package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.feeds.DeliveryChange;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.feeds.Fanout;
import org.oneform.sync.feeds.FeedWriter;
import org.oneform.sync.feeds.Subscriptions;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReviewDecision;
import org.oneform.sync.review.ReviewDecisions;
import org.oneform.sync.review.ReviewItem;
import org.oneform.sync.review.ReviewKind;
import org.oneform.sync.review.ReviewProblem;
import org.oneform.sync.search.SearchQuery;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A supervisor merges a possible duplicate (docs/decisions/0028-merging-a-reviewed-duplicate.md): the existing record
 * absorbs the new one field by field (the later ledger sequence stands, the other goes to history), the new one leaves
 * the registry, the search index, dedup and the grid's roster; departments get the survivor as MERGED and the absorbed
 * record as REMOVED; a split of the submission undoes it and gives the absorbed record back under its id; a restart
 * and a rebuild come out the same.
 */
class MergeDecisionTest {

    private static final SubjectId ZHANG = new SubjectId("R00000001");
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-23T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final byte[] KEY = "merge-decision-test-pseudonymkey".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void mergingAPossibleDuplicateFoldsItIntoTheExistingRecordAndASplitGivesItBack() throws Exception {
        GoldenRecord zhangBefore;
        SubjectId newcomer;
        try (SyncWorld world = SyncWorld.open(dir, new SameName())) {
            var store = new DeliveryStore(world.dataSource, new DataSourceTransactionManager(world.dataSource), Clock.systemUTC());
            world.listener = new FeedWriter(new Fanout(Subscriptions.of(world.requests), KEY), store)::applied;
            world.loop.catchUp();
            world.loop.start();
            zhangBefore = world.registry.find(ZHANG).orElseThrow();

            // 张伟 met again with another ID number and phone: dedup is not sure, so a new record waits for review
            Submission sighting = world.found("张伟", "33018719800101003", "13905719999");
            applied(world, world.send(sighting).getFirst());
            ReviewItem pair = world.review.open(SyncWorld.GRID).stream()
                    .filter(i -> i.kind() == ReviewKind.POSSIBLE_DUPLICATE).findFirst().orElseThrow();
            newcomer = pair.subjectId();
            assertThat(pair.otherSubject()).isEqualTo(ZHANG);
            assertThat(world.registry.size()).isEqualTo(3);
            GoldenRecord absorbed = world.registry.find(newcomer).orElseThrow();
            long rosterBefore = world.ledger.lastSeq();

            var decisions = new ReviewDecisions(world.review, world.ledger, LATER, world.loop::signal);
            long seq = decisions.decide(pair.id(), ReviewDecision.MERGE, "同一人，身份证号已核实", "supervisor1");
            applied(world, seq);

            // one golden record: the sighting's values are newer than the baseline's, which go to history
            assertThat(world.registry.find(newcomer)).isEmpty();
            assertThat(world.registry.size()).isEqualTo(2);
            GoldenRecord zhang = world.registry.find(ZHANG).orElseThrow();
            assertThat(zhang.text("resident.phone")).isEqualTo("13905719999");
            assertThat(zhang.text("resident.id_number")).isEqualTo(absorbed.text("resident.id_number"));
            assertThat(zhang.fields().get("resident.phone").provenance().source()).isEqualTo(sighting.id().toString());
            assertThat(zhang.historyOf("resident.phone")).extracting(v -> v.value()).containsExactly("13905710000");
            assertThat(zhang.historyOf("resident.id_number")).extracting(v -> v.value())
                    .containsExactly(zhangBefore.text("resident.id_number"));
            assertThat(world.registry.subjectOfSubmission(sighting.id().toString())).contains(ZHANG);
            assertThat(world.registry.inGrid(SyncWorld.GRID, SubjectType.RESIDENT)).extracting(GoldenRecord::id)
                    .doesNotContain(newcomer);
            // the search index and dedup no longer know it
            world.index.refresh();
            assertThat(world.index.count()).isEqualTo(world.registry.size());
            assertThat(world.index.search(SearchQuery.of(newcomer.value(), SyncWorld.GRID)).hits())
                    .extracting(h -> h.id()).doesNotContain(newcomer);
            assertThat(world.index.search(SearchQuery.of("13905719999", SyncWorld.GRID)).hits())
                    .extracting(h -> h.id()).containsExactly(ZHANG);
            // devices drop it
            assertThat(world.roster.leftAfter(SyncWorld.GRID, rosterBefore)).containsKey(newcomer);
            // the item is decided, once
            assertThat(world.review.find(pair.id()).orElseThrow().resolution().decision()).isEqualTo(ReviewDecision.MERGE);
            assertThatThrownBy(() -> decisions.decide(pair.id(), ReviewDecision.NOT_SAME_PERSON, "", "supervisor2"))
                    .isInstanceOfSatisfying(ReviewProblem.class,
                            p -> assertThat(p.kind()).isEqualTo(ReviewProblem.Kind.ALREADY_DECIDED));
            // departments: the survivor MERGED, the absorbed record REMOVED, both from the decision
            assertThat(store.ledgerOf(ZHANG.value())).extracting(DeliveryStore.LedgerRow::change).contains(DeliveryChange.MERGED);
            List<DeliveryStore.LedgerRow> toldOfNewcomer = store.ledgerOf(newcomer.value()); // latest first
            assertThat(toldOfNewcomer).extracting(DeliveryStore.LedgerRow::change)
                    .contains(DeliveryChange.CREATED, DeliveryChange.REMOVED);
            assertThat(toldOfNewcomer.getFirst().change()).isEqualTo(DeliveryChange.REMOVED);
            assertThat(toldOfNewcomer.getFirst().fields()).isEmpty();

            // the merge is undone by the split of the sighting: both records as they were
            long split = world.ledger.appendSplit(sighting.id(), ZHANG, "supervisor1", "合并有误", LATER.instant());
            world.loop.signal();
            applied(world, split);
            assertThat(world.registry.find(ZHANG)).contains(zhangBefore);
            assertThat(world.registry.find(newcomer)).as("back under its own id").isPresent()
                    .get().extracting(GoldenRecord::fields).isEqualTo(absorbed.fields());
            assertThat(world.registry.subjectOfSubmission(sighting.id().toString())).contains(newcomer);
            world.index.refresh();
            assertThat(world.index.count()).isEqualTo(3);
            assertThat(store.ledgerOf(newcomer.value())).extracting(DeliveryStore.LedgerRow::change).contains(DeliveryChange.SPLIT);
        }
        try (SyncWorld world = SyncWorld.open(dir, new SameName())) {
            assertThat(world.loop.catchUp()).isZero();
            assertThat(world.registry.find(ZHANG)).contains(zhangBefore);
            assertThat(world.registry.find(newcomer)).isPresent();
            RebuildReport report = new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns,
                    world.roster, SyncWorld.baseline(), SyncWorld.BASELINE, new SameName(), false, world.storage);
            assertThat(report.equal()).as(report.toString()).isTrue();
        }
    }

    @Test
    void aMergeOnAnItemWithoutASecondRecordOrOfAnotherKindIsRefused() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir, new SameName())) {
            world.loop.catchUp();
            world.loop.start();
            var first = world.edit(ZHANG, Map.of("resident.phone", "13905714444"));
            var second = world.edit(ZHANG, Map.of("resident.phone", "13905715555"));
            applied(world, world.send(first, second).getLast());
            ReviewItem conflict = world.review.open(SyncWorld.GRID).getFirst();
            var decisions = new ReviewDecisions(world.review, world.ledger, LATER, world.loop::signal);
            assertThatThrownBy(() -> decisions.decide(conflict.id(), ReviewDecision.MERGE, "", "supervisor1"))
                    .isInstanceOfSatisfying(ReviewProblem.class,
                            p -> assertThat(p.kind()).isEqualTo(ReviewProblem.Kind.WRONG_DECISION));
            assertThat(world.review.open(SyncWorld.GRID)).contains(conflict);
        }
    }

    private static void applied(SyncWorld world, long seq) throws InterruptedException {
        assertThat(world.loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
    }

    /**
     * Identifiers first; then a resident with the name of a record that has another ID number is only possibly the
     * same — the grey zone real dedup reaches with scores.
     */
    static final class SameName implements SubjectMatcher {

        private final IdentifierMatcher identifiers = new IdentifierMatcher();
        private final Map<SubjectId, String> names = new HashMap<>();

        @Override
        public Match match(SubjectType type, Map<String, String> values) {
            Match exact = identifiers.match(type, values);
            if (!(exact instanceof Match.None) || type != SubjectType.RESIDENT) {
                return exact;
            }
            return names.entrySet().stream().filter(e -> e.getValue().equals(values.get("resident.name")))
                    .map(Map.Entry::getKey).sorted((a, b) -> a.value().compareTo(b.value())).findFirst()
                    .<Match>map(id -> new Match.Possible(id, 0.8)).orElse(new Match.None());
        }

        @Override
        public void put(GoldenRecord record) {
            identifiers.put(record);
            record.value("resident.name").ifPresent(name -> names.put(record.id(), name));
        }

        @Override
        public void remove(SubjectId id) {
            identifiers.remove(id);
            names.remove(id);
        }
    }
}
