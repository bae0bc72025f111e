package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.sync.intake.EntryKind;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReviewDecision;
import org.oneform.sync.review.ReviewDecisions;
import org.oneform.sync.review.ReviewItem;
import org.oneform.sync.review.ReviewKind;
import org.oneform.sync.review.ReviewProblem;

/**
 * Review decisions are ledger entries applied by the apply loop: the item is marked decided (and stays readable),
 * choosing a conflict's proposed value sets the field with the decision's provenance, nothing is decided twice —
 * not even by supervisors racing — and a restart and a rebuild come out the same.
 */
class ReviewDecisionsTest {

    private static final SubjectId ZHANG = new SubjectId("R00000001");
    private static final SubjectId WANG = new SubjectId("R00000002");
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-23T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void choosingTheProposedValueSetsItOnceAndASecondDecisionIsRefusedNamingWhoDecided() throws Exception {
        String itemId;
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            ReviewItem conflict = conflict(world);
            itemId = conflict.id();
            var decisions = decisions(world);

            assertProblem(() -> decisions.decide(itemId, ReviewDecision.ACKNOWLEDGED, "", "supervisor1"),
                    ReviewProblem.Kind.WRONG_DECISION);
            assertProblem(() -> decisions.decide("999-0", ReviewDecision.KEEP_CURRENT, "", "supervisor1"),
                    ReviewProblem.Kind.UNKNOWN_ITEM);
            assertProblem(() -> decisions.decide(itemId, ReviewDecision.KEEP_CURRENT, "x".repeat(1001), "supervisor1"),
                    ReviewProblem.Kind.INVALID_COMMENT);

            long seq = decisions.decide(itemId, ReviewDecision.CHOOSE_PROPOSED, " 电话已核实 ", "supervisor1");
            applied(world, seq);

            GoldenRecord zhang = world.registry.find(ZHANG).orElseThrow();
            FieldValue phone = zhang.fields().get("resident.phone");
            assertThat(phone.value()).isEqualTo("13905715555");
            assertThat(phone.provenance().source()).isEqualTo(ReviewDecisions.entryId(itemId).toString());
            assertThat(phone.provenance().collectedBy()).isEqualTo("supervisor1");
            assertThat(phone.valueSeq()).isEqualTo(seq);
            assertThat(zhang.historyOf("resident.phone").getFirst().value()).as("the value that stood goes to history")
                    .isEqualTo("13905714444");
            assertThat(world.review.open(SyncWorld.GRID)).isEmpty();
            assertThat(world.review.decided(SyncWorld.GRID)).singleElement().satisfies(item -> {
                assertThat(item.id()).isEqualTo(itemId);
                assertThat(item.resolution().decision()).isEqualTo(ReviewDecision.CHOOSE_PROPOSED);
                assertThat(item.resolution().by()).isEqualTo("supervisor1");
                assertThat(item.resolution().comment()).isEqualTo("电话已核实");
                assertThat(item.resolution().seq()).isEqualTo(seq);
            });
            assertThat(world.index.count()).isEqualTo(world.registry.size());

            assertThatThrownBy(() -> decisions.decide(itemId, ReviewDecision.KEEP_CURRENT, "", "supervisor2"))
                    .isInstanceOfSatisfying(ReviewProblem.class, p -> {
                        assertThat(p.kind()).isEqualTo(ReviewProblem.Kind.ALREADY_DECIDED);
                        assertThat(p.decidedBy()).isEqualTo("supervisor1");
                        assertThat(p.decidedAt()).isEqualTo(LATER.instant());
                    });
            assertThat(world.registry.find(ZHANG).orElseThrow().text("resident.phone")).isEqualTo("13905715555");
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            assertThat(world.loop.catchUp()).isZero();
            assertThat(world.review.find(itemId)).get().extracting(ReviewItem::open).isEqualTo(false);
            RebuildReport report = rebuild(world);
            assertThat(report.reviewItems()).isEqualTo(1);
            assertThat(report.equal()).as(report.toString()).isTrue();
        }
    }

    @Test
    void keepingTheCurrentValueChangesNoRecordAndAWarningIsAcknowledged() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            ReviewItem conflict = conflict(world);
            GoldenRecord before = world.registry.find(ZHANG).orElseThrow();
            var newcomer = world.found("赵敏", "33018719950303004", "13905712222");
            applied(world, world.send(newcomer).getFirst());
            // a split naming the wrong record does not apply: a warning
            long split = world.ledger.appendSplit(newcomer.id(), WANG, "supervisor1", "误操作", LATER.instant());
            world.loop.signal();
            applied(world, split);
            ReviewItem warning = world.review.open(SyncWorld.GRID).stream()
                    .filter(i -> i.kind() == ReviewKind.VALIDATION_WARNING).findFirst().orElseThrow();

            var decisions = decisions(world);
            decisions.decide(conflict.id(), ReviewDecision.KEEP_CURRENT, "", "supervisor1");
            long ack = decisions.decide(warning.id(), ReviewDecision.ACKNOWLEDGED, "已知悉", "supervisor2");
            applied(world, ack);

            assertThat(world.registry.find(ZHANG).orElseThrow()).isEqualTo(before);
            assertThat(world.review.open(SyncWorld.GRID)).isEmpty();
            assertThat(world.review.decided(SyncWorld.GRID)).extracting(i -> i.resolution().decision())
                    .containsExactly(ReviewDecision.ACKNOWLEDGED, ReviewDecision.KEEP_CURRENT);
            RebuildReport report = rebuild(world);
            assertThat(report.equal()).as(report.toString()).isTrue();
        }
    }

    @Test
    void choosingAValueIsTheSupervisorsDecisionNotAVisit() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            var log = new org.oneform.sync.cycle.VisitLog(world.dataSource);
            world.listener = log;
            world.loop.catchUp();
            world.loop.start();
            ReviewItem conflict = conflict(world);
            long seq = decisions(world).decide(conflict.id(), ReviewDecision.CHOOSE_PROPOSED, "", "supervisor1");
            applied(world, seq);

            assertThat(world.registry.find(ZHANG).orElseThrow().fields().get("resident.phone").value())
                    .isEqualTo("13905715555");
            var visits = log.within(new org.oneform.sync.area.AreaId("330187"), Instant.EPOCH,
                    Instant.parse("2100-01-01T00:00:00Z"));
            assertThat(visits).as("the workers' submissions are visits").isNotEmpty()
                    .extracting(org.oneform.sync.cycle.Visit::worker).doesNotContain("supervisor1");
            assertThat(visits).extracting(org.oneform.sync.cycle.Visit::seq).doesNotContain(seq);
        }
    }

    @Test
    void supervisorsRacingToDecideTheSameItemDecideItOnce() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            ReviewItem conflict = conflict(world);
            int racers = 6;
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                // one service each: as if every supervisor were served by another node, no shared lock
                var decisions = decisions(world);
                String by = "supervisor" + i;
                ReviewDecision decision = i % 2 == 0 ? ReviewDecision.CHOOSE_PROPOSED : ReviewDecision.KEEP_CURRENT;
                results.add(pool.submit(() -> {
                    go.await();
                    return decisions.decide(conflict.id(), decision, "", by);
                }));
            }
            go.countDown();
            int won = 0;
            int refused = 0;
            long seq = 0;
            for (Future<Long> result : results) {
                try {
                    seq = result.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(ReviewProblem.class,
                            p -> assertThat(p.kind()).isEqualTo(ReviewProblem.Kind.ALREADY_DECIDED));
                    refused++;
                }
            }
            pool.shutdown();
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(racers - 1);
            applied(world, seq);
            assertThat(world.ledger.after(0, 100)).filteredOn(e -> e.kind() == EntryKind.REVIEW_DECISION).hasSize(1);
            assertThat(world.review.decided(SyncWorld.GRID)).hasSize(1);
        }
    }

    /** Two workers edited 张伟's phone from the same base: the second is held back for review. */
    private static ReviewItem conflict(SyncWorld world) throws InterruptedException {
        var first = world.edit(ZHANG, Map.of("resident.phone", "13905714444"));
        var second = world.edit(ZHANG, Map.of("resident.phone", "13905715555"));
        applied(world, world.send(first, second).getLast());
        return world.review.open(SyncWorld.GRID).stream().filter(i -> i.kind() == ReviewKind.FIELD_CONFLICT)
                .findFirst().orElseThrow();
    }

    private static ReviewDecisions decisions(SyncWorld world) {
        return new ReviewDecisions(world.review, world.ledger, LATER, world.loop::signal);
    }

    private static RebuildReport rebuild(SyncWorld world) {
        return new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns, world.roster,
                SyncWorld.baseline(), SyncWorld.BASELINE, new IdentifierMatcher(), false, world.storage);
    }

    private static void applied(SyncWorld world, long seq) throws InterruptedException {
        assertThat(world.loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ReviewProblem.Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReviewProblem.class, p -> assertThat(p.kind()).isEqualTo(kind));
    }
}
