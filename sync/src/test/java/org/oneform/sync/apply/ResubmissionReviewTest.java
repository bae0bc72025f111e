package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReviewDecision;
import org.oneform.sync.review.ReviewDecisions;
import org.oneform.sync.review.ReviewItem;
import org.oneform.sync.review.ReviewKind;
import org.oneform.sync.review.ReviewProblem;

/**
 * A returned submission's resubmission closes the return and waits in review, linked to it, until a supervisor
 * approves it (once) — an explicit decision in the ledger, replayed the same by a rebuild. A submission whose return
 * was withdrawn needs no approval.
 */
class ResubmissionReviewTest {

    private static final SubjectId ZHANG = new SubjectId("R00000001");
    private static final SubjectId WANG = new SubjectId("R00000002");
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-23T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void theResubmissionOfAReturnedSubmissionWaitsForApprovalLinkedToTheReturn() throws Exception {
        String itemId;
        try (SyncWorld world = SyncWorld.open(dir)) {
            world.loop.catchUp();
            world.loop.start();
            Submission edit = world.edit(ZHANG, Map.of("resident.phone", "13905711111"));
            applied(world, world.send(edit).getFirst());
            applied(world, world.returns.returnSubmission(edit.id(), "电话号码不对，请核实", "supervisor1"));
            assertThat(world.review.open(SyncWorld.GRID)).as("a return alone raises nothing").isEmpty();

            Submission fixed = resubmit(world, edit.id(), ZHANG, "13905712222");
            long seq = world.send(fixed).getFirst();
            applied(world, seq);

            ReviewItem item = world.review.open(SyncWorld.GRID).stream().filter(i -> i.kind() == ReviewKind.RESUBMISSION)
                    .findFirst().orElseThrow();
            itemId = item.id();
            assertThat(item.submissionId()).isEqualTo(fixed.id());
            assertThat(item.subjectId()).isEqualTo(ZHANG);
            assertThat(item.seq()).isEqualTo(seq);
            assertThat(world.ledger.entry(item.submissionId()).orElseThrow().supersedes()).as("linked to what was returned")
                    .isEqualTo(edit.id());
            assertThat(world.returns.find(edit.id()).orElseThrow().resolvedBy()).isEqualTo(fixed.id());

            var decisions = new ReviewDecisions(world.review, world.ledger, LATER, world.loop::signal);
            assertThatThrownBy(() -> decisions.decide(item.id(), ReviewDecision.ACKNOWLEDGED, "", "supervisor1"))
                    .isInstanceOfSatisfying(ReviewProblem.class,
                            p -> assertThat(p.kind()).isEqualTo(ReviewProblem.Kind.WRONG_DECISION));
            applied(world, decisions.decide(item.id(), ReviewDecision.APPROVED, "已核实", "supervisor1"));
            assertThat(world.review.open(SyncWorld.GRID)).isEmpty();
            assertThat(world.review.find(itemId).orElseThrow().resolution()).satisfies(r -> {
                assertThat(r.decision()).isEqualTo(ReviewDecision.APPROVED);
                assertThat(r.by()).isEqualTo("supervisor1");
            });
            assertThatThrownBy(() -> decisions.decide(item.id(), ReviewDecision.APPROVED, "", "supervisor2"))
                    .isInstanceOfSatisfying(ReviewProblem.class, p -> {
                        assertThat(p.kind()).isEqualTo(ReviewProblem.Kind.ALREADY_DECIDED);
                        assertThat(p.decidedBy()).isEqualTo("supervisor1");
                    });
            assertThat(world.registry.find(ZHANG).orElseThrow().text("resident.phone")).isEqualTo("13905712222");

            // a withdrawn return: the later submission needs no approval
            Submission other = world.edit(WANG, Map.of("resident.phone", "13905713333"));
            applied(world, world.send(other).getFirst());
            applied(world, world.returns.returnSubmission(other.id(), "请补拍照片", "supervisor1"));
            applied(world, world.returns.withdraw(other.id(), "已自行核实", "supervisor1"));
            applied(world, world.send(resubmit(world, other.id(), WANG, "13905714444")).getFirst());
            assertThat(world.review.open(SyncWorld.GRID)).isEmpty();
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            assertThat(world.loop.catchUp()).isZero();
            assertThat(world.review.find(itemId).orElseThrow().open()).isFalse();
            RebuildReport report = new Rebuild(world.ledger).rebuild(world.registry, world.review, world.returns,
                    world.roster, SyncWorld.baseline(), SyncWorld.BASELINE, new IdentifierMatcher(), false, world.storage);
            assertThat(report.equal()).as(report.toString()).isTrue();
        }
    }

    private static Submission resubmit(SyncWorld world, UUID returned, SubjectId subject, String phone) {
        Submission again = world.edit(subject, Map.of("resident.phone", phone));
        return new Submission(again.id(), again.subjectType(), again.formVersion(), again.subjectId(), again.grid(),
                returned, again.values(), again.baseSeqs(), null);
    }

    private static void applied(SyncWorld world, long seq) throws InterruptedException {
        assertThat(world.loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
    }
}
