package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.dedup.DedupConfig;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.registry.SubjectId;

/**
 * The application's dedup ({@link DedupMatcher}) in the apply loop on real stores, its candidates coming from
 * the loop's search index (docs/decisions/0025-dedup-candidates-from-the-registry-index.md): a person sent
 * twice is one record whether the two submissions fall into one step (the first is not in the index yet) or
 * into two (the second finds the first in the index), also after a restart; a split changes what later
 * submissions match; and a rebuild with a scratch matcher (its own temporary index) decides the same. The newcomers carry no ID number, so only the scored candidates can match them.
 */
class DedupThroughTheApplyLoopTest {

    private static final SubjectId NEW = new SubjectId("R00000003");

    @TempDir
    Path dir;

    @Test
    void theSamePersonSentTwiceInOneStepIsOneRecord() throws Exception {
        try (SyncWorld world = SyncWorld.openWithDedup(dir)) {
            world.loop.catchUp();
            List<Long> seqs = world.send(newcomer(world, null), newcomer(world, null)); // both before the loop reads: one step
            world.loop.start();
            assertThat(world.loop.awaitApplied(seqs.getLast(), Duration.ofSeconds(10))).isTrue();

            assertThat(world.heard).hasSize(1);
            assertThat(world.heard.getFirst()).extracting(AppliedChange::type).containsExactly(ChangeType.CREATED, ChangeType.MERGED);
            assertThat(world.heard.getFirst()).extracting(c -> c.record().id()).containsOnly(NEW);
            assertThat(world.registry.size()).isEqualTo(3);

            try (DedupMatcher scratch = DedupMatcher.scratch(DedupConfig.DEFAULTS)) {
                RebuildReport report = new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns,
                        world.roster, SyncWorld.baseline(), SyncWorld.BASELINE, scratch, false, world.storage);
                assertThat(report.equal()).as(report.toString()).isTrue();
            }
        }
    }

    @Test
    void theSamePersonSentAgainLaterIsFoundInTheSearchIndexAlsoAfterARestart() throws Exception {
        try (SyncWorld world = SyncWorld.openWithDedup(dir)) {
            world.loop.catchUp();
            world.loop.start();
            long first = world.send(newcomer(world, null)).getFirst();
            assertThat(world.loop.awaitApplied(first, Duration.ofSeconds(10))).isTrue();
            long second = world.send(newcomer(world, null)).getFirst();
            assertThat(world.loop.awaitApplied(second, Duration.ofSeconds(10))).isTrue();

            assertThat(world.heard).hasSize(2);
            assertThat(world.heard.get(1).getFirst().type()).isEqualTo(ChangeType.MERGED);
            assertThat(world.heard.get(1).getFirst().record().id()).isEqualTo(NEW);
            assertThat(world.registry.size()).isEqualTo(3);
        }
        try (SyncWorld world = SyncWorld.openWithDedup(dir)) {
            world.loop.catchUp();
            world.loop.start();
            long third = world.send(newcomer(world, null)).getFirst();
            assertThat(world.loop.awaitApplied(third, Duration.ofSeconds(10))).isTrue();

            assertThat(world.heard.getLast().getFirst().type()).as("matched against the registry loaded at start-up")
                    .isEqualTo(ChangeType.MERGED);
            assertThat(world.heard.getLast().getFirst().record().id()).isEqualTo(NEW);
            assertThat(world.registry.size()).isEqualTo(3);
        }
    }

    /** docs/decisions/0039-start-up-with-a-million-residents.md: readiness does not wait for dedup, replay does. */
    @Test
    void aStartWithNothingToReplayLeavesDedupToTheLoopsThreadAndAReplayLoadsItFirst() throws Exception {
        try (SyncWorld world = SyncWorld.openWithDedup(dir)) {
            world.loop.catchUp();
            world.loop.start();
            long first = world.send(newcomer(world, null)).getFirst();
            assertThat(world.loop.awaitApplied(first, Duration.ofSeconds(10))).isTrue();
        }
        Submission second;
        try (SyncWorld world = SyncWorld.openWithDedup(dir)) {
            assertThat(world.loop.catchUp()).isZero();
            assertThat(world.loop.matcherLoaded()).as("nothing to replay: caught up without loading dedup").isFalse();
            second = newcomer(world, null);
            world.send(second); // acknowledged, never applied: the loop was not started
        }
        try (SyncWorld world = SyncWorld.openWithDedup(dir)) {
            assertThat(world.loop.catchUp()).isEqualTo(1);
            assertThat(world.loop.matcherLoaded()).as("a replay loads dedup before its first step").isTrue();
            assertThat(world.registry.subjectOfSubmission(second.id().toString())).as("matched, not a new record")
                    .contains(NEW);
            assertThat(world.registry.size()).isEqualTo(3);
        }
        try (SyncWorld world = SyncWorld.openWithDedup(dir)) {
            assertThat(world.loop.catchUp()).isZero();
            world.loop.start();
            long third = world.send(newcomer(world, null)).getFirst();
            assertThat(world.loop.awaitApplied(third, Duration.ofSeconds(10))).isTrue();
            assertThat(world.loop.matcherLoaded()).as("the loop's thread loaded it before its first step").isTrue();
            assertThat(world.heard.getLast().getFirst().type()).isEqualTo(ChangeType.MERGED);
            assertThat(world.heard.getLast().getFirst().record().id()).isEqualTo(NEW);
            assertThat(world.registry.size()).isEqualTo(3);
        }
    }

    @Test
    void afterASplitTheSplitOffSubmissionsValuesMatchTheSeparateRecordNotTheRestoredOne() throws Exception {
        try (SyncWorld world = SyncWorld.openWithDedup(dir)) {
            world.loop.catchUp();
            world.loop.start();
            long first = world.send(newcomer(world, null)).getFirst();
            var withAddress = newcomer(world, "杭州市余杭区清河家园3栋501室");
            long merged = world.send(withAddress).getFirst();
            assertThat(world.loop.awaitApplied(merged, Duration.ofSeconds(10))).isTrue();
            assertThat(world.registry.find(NEW).orElseThrow().text("resident.hukou_address")).isNotEmpty();
            assertThat(first).isLessThan(merged);

            long split = world.ledger.appendSplit(withAddress.id(), NEW, "supervisor1", "不是同一人",
                    Instant.parse("2026-11-22T03:00:00Z"));
            world.loop.signal();
            assertThat(world.loop.awaitApplied(split, Duration.ofSeconds(10))).isTrue();
            SubjectId separate = world.registry.subjectOfSubmission(withAddress.id().toString()).orElseThrow();
            assertThat(separate).isNotEqualTo(NEW);
            assertThat(world.registry.find(NEW).orElseThrow().text("resident.hukou_address")).isEmpty();

            long again = world.send(newcomer(world, "杭州市余杭区清河家园3幢501")).getFirst();
            assertThat(world.loop.awaitApplied(again, Duration.ofSeconds(10))).isTrue();
            assertThat(world.heard.getLast().getFirst().type()).isEqualTo(ChangeType.MERGED);
            assertThat(world.heard.getLast().getFirst().record().id())
                    .as("the split-off record holds the address now; the restored one no longer does").isEqualTo(separate);

            try (DedupMatcher scratch = DedupMatcher.scratch(DedupConfig.DEFAULTS)) {
                RebuildReport report = new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns,
                        world.roster, SyncWorld.baseline(), SyncWorld.BASELINE, scratch, false, world.storage);
                assertThat(report.equal()).as("a rebuild with its own scratch index decides the same: " + report).isTrue();
            }
        }
    }

    /** 林晓雯 as a worker found her, without an ID number; optionally with a household registration address. */
    private static Submission newcomer(SyncWorld world, String address) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("resident.name", "林晓雯");
        values.put("resident.gender", "female");
        values.put("resident.birth_date", "1992-05-18");
        values.put("resident.phone", "13905710013");
        if (address != null) {
            values.put("resident.hukou_address", address);
        }
        return new Submission(UUID.randomUUID(), SubjectType.RESIDENT, world.residentVersion(), null, SyncWorld.GRID, null,
                world.complete(values), Map.of(), null);
    }
}
