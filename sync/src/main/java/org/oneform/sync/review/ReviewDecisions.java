package org.oneform.sync.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.registry.SubjectId;
import org.springframework.dao.DuplicateKeyException;

/**
 * Supervisors' decisions on review items. A decision is a ledger entry ({@code EntryKind.REVIEW_DECISION}) whose id
 * is derived from the item id ({@link #entryId}), so the ledger's unique id makes "nothing decided twice" hold even
 * when two supervisors (or two nodes) decide the same item at once; the apply loop marks the item decided in the
 * queue and, for {@link ReviewDecision#CHOOSE_PROPOSED}, sets the field; for {@link ReviewDecision#MERGE} the entry
 * names the record that stays (the item's other subject) and the apply loop folds the record the item's submission
 * made into it (docs/decisions/0028-merging-a-reviewed-duplicate.md). A rebuild replays it the same.
 * See {@code docs/decisions/0011-review-decisions-in-the-ledger.md}.
 */
public final class ReviewDecisions {

    private final ReviewQueue queue;
    private final IntakeLedger ledger;
    private final Clock clock;
    private final Runnable onAppended;
    private final ReentrantLock deciding = new ReentrantLock();

    /** @param onAppended told after a decision was committed (the apply loop's wake-up) */
    public ReviewDecisions(ReviewQueue queue, IntakeLedger ledger, Clock clock, Runnable onAppended) {
        this.queue = queue;
        this.ledger = ledger;
        this.clock = clock;
        this.onAppended = onAppended;
    }

    /** In a {@link ReviewDecision#MERGE} entry's values: the id of the record folded into the entry's subject. */
    public static final String ABSORBED = "absorbed";

    /** The ledger id of the decision on an item: the same for everyone who decides it. */
    public static UUID entryId(String itemId) {
        return UUID.nameUUIDFromBytes(("review:" + itemId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decides an item. Checked against the ledger, not the queue, so a decision written but not yet applied
     * already counts. Returns the decision's ledger sequence, after the commit.
     *
     * @param comment the supervisor's note (may be empty), at most {@link Returns#MAX_COMMENT} characters
     * @throws ReviewProblem when the item is unknown or already decided (naming who and when), the decision does
     *                       not fit its kind, or the comment is too long or no supervisor is named
     */
    public long decide(String itemId, ReviewDecision decision, String comment, String by) {
        String text = comment == null ? "" : comment.strip();
        if (by == null || by.isBlank() || text.length() > Returns.MAX_COMMENT) {
            throw new ReviewProblem(ReviewProblem.Kind.INVALID_COMMENT,
                    "a decision names the supervisor and has a comment of at most " + Returns.MAX_COMMENT + " characters");
        }
        ReviewItem item = queue.find(itemId).orElseThrow(() -> new ReviewProblem(ReviewProblem.Kind.UNKNOWN_ITEM,
                "no review item " + itemId));
        if (!decision.decides(item.kind())) {
            throw new ReviewProblem(ReviewProblem.Kind.WRONG_DECISION, decision + " does not decide a " + item.kind());
        }
        if (decision == ReviewDecision.MERGE && (item.otherSubject() == null || item.otherSubject().equals(item.subjectId()))) {
            throw new ReviewProblem(ReviewProblem.Kind.WRONG_DECISION, "review item " + itemId + " names no second record");
        }
        UUID id = entryId(itemId);
        deciding.lock();
        try {
            refuseIfDecided(itemId, id);
            Map<String, String> values = switch (decision) {
                case CHOOSE_PROPOSED -> Map.of(item.fieldId(), item.proposed());
                case MERGE -> Map.of(ABSORBED, item.subjectId().value());
                default -> Map.of();
            };
            // a merge names the record that stays as its subject, the one that goes under ABSORBED
            SubjectId subject = decision == ReviewDecision.MERGE ? item.otherSubject() : item.subjectId();
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            long seq;
            try {
                seq = ledger.appendReviewDecision(id, itemId, decision.name(), item.submissionId(), subject,
                        item.grid(), values, text, by.strip(), at);
            } catch (DuplicateKeyException raced) { // another node wrote it between our check and our insert
                refuseIfDecided(itemId, id);
                throw raced;
            }
            onAppended.run();
            return seq;
        } finally {
            deciding.unlock();
        }
    }

    /** The decision the ledger holds for an item (applied or not yet), if any. */
    public Optional<LedgerEntry> decision(String itemId) {
        return ledger.entry(entryId(itemId));
    }

    private void refuseIfDecided(String itemId, UUID id) {
        Optional<LedgerEntry> earlier = ledger.entry(id);
        if (earlier.isPresent()) {
            LedgerEntry e = earlier.get();
            throw new ReviewProblem(ReviewProblem.Kind.ALREADY_DECIDED, "review item " + itemId + " was decided ("
                    + e.decision() + ") by " + e.username() + " at " + e.receivedAt(), e.username(), e.receivedAt());
        }
    }
}
