package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.ItemResult;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.intake.Uploader;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReturnProblem;
import org.oneform.sync.review.ReturnedSubmission;

/**
 * Returns and the roster log are projections of the ledger kept by the apply loop: a return is a ledger entry
 * that lists the submission until a later one supersedes it; the roster log says which subjects of a grid
 * changed or left after a sequence. Both survive a restart and equal a rebuild from the ledger.
 */
class ReturnsAndRosterTest {

    private static final SubjectId ZHANG = new SubjectId("R00000001");
    private static final SubjectId WANG = new SubjectId("R00000002");
    private static final AreaId OTHER = new AreaId("330187.001.001.02");

    @TempDir
    Path dir;

    @Test
    void aReturnIsListedUntilAResubmissionSupersedesItAndNothingIsReturnedTwice() throws Exception {
        UUID first;
        UUID resubmission;
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            Submission edit = world.edit(ZHANG, Map.of("resident.phone", "13905711111"));
            first = edit.id();
            applied(world, world.send(edit).getFirst());

            long returnSeq = world.returns.returnSubmission(first, "  电话号码不对，请核实 ", "supervisor1");
            applied(world, returnSeq);
            assertThat(world.returns.open(SyncWorld.GRID)).singleElement().satisfies(r -> {
                assertThat(r.submissionId()).isEqualTo(first);
                assertThat(r.subjectId()).isEqualTo(ZHANG);
                assertThat(r.comment()).isEqualTo("电话号码不对，请核实");
                assertThat(r.by()).isEqualTo("supervisor1");
                assertThat(r.seq()).isEqualTo(returnSeq);
                assertThat(r.open()).isTrue();
            });
            assertThat(world.returns.open(new AreaId("330187.001.001"))).hasSize(1);
            assertThat(world.returns.open(OTHER)).isEmpty();
            assertThat(world.registry.lastAppliedSeq()).isEqualTo(returnSeq);

            assertProblem(() -> world.returns.returnSubmission(first, "again", "supervisor2"), ReturnProblem.Kind.ALREADY_RETURNED);
            assertProblem(() -> world.returns.returnSubmission(UUID.randomUUID(), "who?", "supervisor1"),
                    ReturnProblem.Kind.UNKNOWN_SUBMISSION);
            assertProblem(() -> world.returns.returnSubmission(first, "   ", "supervisor1"), ReturnProblem.Kind.INVALID_COMMENT);
            assertProblem(() -> world.returns.returnSubmission(first, "x".repeat(1001), "supervisor1"),
                    ReturnProblem.Kind.INVALID_COMMENT);

            Submission again = world.edit(ZHANG, Map.of("resident.phone", "13905712222"));
            Submission superseding = new Submission(again.id(), again.subjectType(), again.formVersion(), again.subjectId(),
                    again.grid(), first, again.values(), again.baseSeqs(), null);
            resubmission = superseding.id();
            long resubmitted = world.send(superseding).getFirst();
            applied(world, resubmitted);
            assertThat(world.returns.open(SyncWorld.GRID)).isEmpty();
            assertThat(world.returns.changedAfter(SyncWorld.GRID, returnSeq)).singleElement().satisfies(r -> {
                assertThat(r.open()).isFalse();
                assertThat(r.resolvedBy()).isEqualTo(resubmission);
                assertThat(r.resolvedSeq()).isEqualTo(resubmitted);
            });
            assertThat(world.returns.changedAfter(SyncWorld.GRID, resubmitted)).isEmpty();
            assertProblem(() -> world.returns.returnSubmission(first, "too late", "supervisor1"),
                    ReturnProblem.Kind.ALREADY_SUPERSEDED);
            assertThat(world.registry.find(ZHANG).orElseThrow().text("resident.phone")).isEqualTo("13905712222");
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            assertThat(world.returns.find(first)).get().extracting(ReturnedSubmission::resolvedBy).isEqualTo(resubmission);
            RebuildReport report = rebuild(world);
            assertThat(report.returnsEqual()).as(report.toString()).isTrue();
            assertThat(report.equal()).as(report.toString()).isTrue();
        }
    }

    @Test
    void aWithdrawnReturnIsResolvedWithoutAResubmissionAndMayBeReturnedAgain() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            Submission edit = world.edit(WANG, Map.of("resident.phone", "13905716666"));
            applied(world, world.send(edit).getFirst());
            assertProblem(() -> world.returns.withdraw(edit.id(), "", "supervisor1"), ReturnProblem.Kind.NOT_RETURNED);

            long returned = world.returns.returnSubmission(edit.id(), "照片不清楚", "supervisor1");
            long withdrawn = world.returns.withdraw(edit.id(), "看错了", "supervisor1");
            applied(world, withdrawn);
            assertThat(world.returns.open(SyncWorld.GRID)).isEmpty();
            assertThat(world.returns.changedAfter(SyncWorld.GRID, returned)).singleElement().satisfies(r -> {
                assertThat(r.withdrawn()).isTrue();
                assertThat(r.resolvedSeq()).isEqualTo(withdrawn);
                assertThat(r.resolvedBy()).isNull();
            });
            assertProblem(() -> world.returns.withdraw(edit.id(), "", "supervisor1"), ReturnProblem.Kind.NOT_RETURNED);

            long again = world.returns.returnSubmission(edit.id(), "还是请核实电话", "supervisor2");
            applied(world, again);
            assertThat(world.returns.open(SyncWorld.GRID)).singleElement().satisfies(r -> {
                assertThat(r.comment()).isEqualTo("还是请核实电话");
                assertThat(r.by()).isEqualTo("supervisor2");
                assertThat(r.seq()).isEqualTo(again);
            });
            assertThat(world.returns.all()).hasSize(1);
            RebuildReport report = rebuild(world);
            assertThat(report.equal()).as(report.toString()).isTrue();
        }
    }

    @Test
    void theRosterLogSaysWhatChangedInAGridAndWhatLeftIt() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            long edited = world.send(world.edit(ZHANG, Map.of("resident.phone", "13905713333"))).getFirst();
            applied(world, edited);
            assertThat(world.roster.changedAfter(SyncWorld.GRID, 0)).containsExactly(Map.entry(ZHANG, edited));
            assertThat(world.roster.changedAfter(SyncWorld.GRID, edited)).isEmpty();
            assertThat(world.roster.lastChange(SyncWorld.GRID, WANG)).as("a baseline record never changed").isZero();

            var both = new Uploader("worker01", "tablet-1", Set.of(SyncWorld.GRID, OTHER));
            Submission edit = world.edit(WANG, Map.of("resident.phone", "13905714444"));
            Submission moved = new Submission(edit.id(), edit.subjectType(), edit.formVersion(), edit.subjectId(), OTHER,
                    null, edit.values(), edit.baseSeqs(), null);
            List<ItemResult> results = world.intake.receive(both, List.of(moved));
            long move = ((ItemResult.Accepted) results.getFirst()).seq();
            applied(world, move);

            assertThat(world.roster.leftAfter(SyncWorld.GRID, edited)).containsExactly(Map.entry(WANG, move));
            assertThat(world.roster.changedAfter(SyncWorld.GRID, edited)).isEmpty();
            assertThat(world.roster.changedAfter(OTHER, 0)).containsExactly(Map.entry(WANG, move));
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            assertThat(world.roster.leftAfter(SyncWorld.GRID, 0)).containsKey(WANG);
            RebuildReport report = rebuild(world);
            assertThat(report.rosterEqual()).as(report.toString()).isTrue();
            assertThat(report.equal()).as(report.toString()).isTrue();
        }
    }

    private static RebuildReport rebuild(SyncWorld world) {
        return new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns, world.roster,
                SyncWorld.baseline(), SyncWorld.BASELINE, new IdentifierMatcher(), false, world.storage);
    }

    private static void applied(SyncWorld world, long seq) throws InterruptedException {
        assertThat(world.loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ReturnProblem.Kind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReturnProblem.class, p -> assertThat(p.kind()).isEqualTo(kind));
    }
}
