package org.oneform.app.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.privacy.Masking;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.Choice;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.intake.EntryKind;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.ReturnProblem;
import org.oneform.sync.review.ReturnedSubmission;
import org.oneform.sync.review.Returns;
import org.oneform.sync.review.ReviewDecision;
import org.oneform.sync.review.ReviewDecisions;
import org.oneform.sync.review.ReviewItem;
import org.oneform.sync.review.ReviewKind;
import org.oneform.sync.review.ReviewQueue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The review screen's server side: the open review items of the supervisor's street (an admin's: everywhere), with
 * ID numbers and phones masked here; deciding an item ({@link ReviewDecisions}) and returning its submission to the
 * worker ({@link Returns}). Area scope is enforced from the signed-in account whatever the screen sends, and every
 * decision and return is audited. Waits (briefly) until the apply loop applied it, so the list the screen reloads
 * already shows it. See {@code docs/decisions/0011-review-decisions-in-the-ledger.md}.
 */
@Service
public class ReviewDesk {

    /** How long a decision waits for the apply loop before the screen reloads anyway. */
    static final Duration APPLIED_WAIT = Duration.ofSeconds(5);

    private final ReviewQueue queue;
    private final ReviewDecisions decisions;
    private final Returns returns;
    private final IntakeLedger ledger;
    private final ApplyLoop loop;
    private final Registry registry;
    private final Areas areas;
    private final Accounts accounts;
    private final Catalog catalog;
    private final AuditLog audit;

    ReviewDesk(ReviewQueue queue, ReviewDecisions decisions, Returns returns, IntakeLedger ledger, ApplyLoop loop,
               Registry registry, Areas areas, Accounts accounts, Catalog catalog, AuditLog audit) {
        this.queue = queue;
        this.decisions = decisions;
        this.returns = returns;
        this.ledger = ledger;
        this.loop = loop;
        this.registry = registry;
        this.areas = areas;
        this.accounts = accounts;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** The open items the account may decide, oldest first. */
    public List<ReviewLine> open(Account who) {
        List<ReviewItem> items = scopes(who).stream().flatMap(scope -> queue.open(scope).stream()).toList();
        Map<String, String> names = accounts.all().stream()
                .collect(Collectors.toMap(Account::username, Account::displayName, (a, b) -> a));
        return items.stream().map(item -> line(item, names)).toList();
    }

    /** The latest decided items the account may see, newest first (history). */
    public List<DecidedLine> decided(Account who, int limit) {
        return scopes(who).stream().flatMap(scope -> queue.decided(scope).stream())
                .sorted(java.util.Comparator.comparingLong((ReviewItem item) -> item.resolution().seq()).reversed())
                .limit(limit)
                .map(item -> new DecidedLine(item.id(), item.kind(), label(item),
                        item.resolution().decision(), nameOf(item.resolution().by()), item.resolution().at(),
                        mergeStands(item)))
                .toList();
    }

    /** The record a history line names: for a merge the one that stays, else the item's own. */
    private String label(ReviewItem item) {
        SubjectId shown = item.resolution().decision() == ReviewDecision.MERGE ? item.otherSubject() : item.subjectId();
        return registry.find(shown).map(Dashboard::label).orElse(shown.value());
    }

    /** Whether an item was merged and its submission is still part of the record it was merged into. */
    private boolean mergeStands(ReviewItem item) {
        return !item.open() && item.resolution().decision() == ReviewDecision.MERGE
                && registry.subjectOfSubmission(item.submissionId().toString()).equals(Optional.of(item.otherSubject()));
    }

    /**
     * Undoes a merge decided on the review screen: the item's submission is split out of the record it was merged
     * into and its record comes back under its old id (docs/decisions/0028-merging-a-reviewed-duplicate.md); audited.
     * Returns the split's ledger sequence.
     *
     * @throws IllegalStateException when the item was not merged, or the merge was undone already
     */
    public synchronized long undoMerge(Account who, String itemId, String why) throws InterruptedException {
        ReviewItem item = inScope(who, itemId);
        if (!mergeStands(item)) {
            throw new IllegalStateException("review item " + itemId + " has no merge to undo");
        }
        long seq = ledger.appendSplit(item.submissionId(), item.otherSubject(), who.username(), why,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        loop.signal();
        audit.record(who.username(), "merge-undone", item.id(), item.subjectId().value() + " out of "
                + item.otherSubject().value(), null);
        loop.awaitApplied(seq, APPLIED_WAIT);
        return seq;
    }

    /**
     * Decides an item in the account's scope; audited (an approval as {@code submission-approved} on the submission, a
     * merge naming both records). Returns the decision's ledger sequence.
     */
    public long decide(Account who, String itemId, ReviewDecision decision, String comment) throws InterruptedException {
        ReviewItem item = inScope(who, itemId);
        long seq = decisions.decide(item.id(), decision, comment, who.username());
        if (decision == ReviewDecision.APPROVED) {
            audit.record(who.username(), "submission-approved", item.submissionId().toString(), "review item " + item.id()
                    + " " + item.kind() + " " + item.subjectId().value(), null);
        } else {
            audit.record(who.username(), "review-decided", item.id(), item.kind() + " " + decision + " "
                    + item.subjectId().value() + (item.otherSubject() == null ? "" : " " + item.otherSubject().value())
                    + (item.fieldId() == null ? "" : " " + item.fieldId()), null);
        }
        loop.awaitApplied(seq, APPLIED_WAIT);
        return seq;
    }

    /** Returns the submission that raised an item to its worker with a comment; audited. Returns the ledger sequence. */
    public long returnToWorker(Account who, String itemId, String comment) throws InterruptedException {
        ReviewItem item = inScope(who, itemId);
        long seq = returns.returnSubmission(item.submissionId(), comment, who.username());
        audit.record(who.username(), "submission-returned", item.submissionId().toString(), "review item " + item.id()
                + " " + item.subjectId().value(), null);
        loop.awaitApplied(seq, APPLIED_WAIT);
        return seq;
    }

    /**
     * Returns the latest submission a worker sent about a record (a visit the supervisor finds wrong on the dashboard,
     * with nothing flagged) to its worker with a comment; audited. Returns the ledger sequence.
     *
     * @throws ReturnProblem when no worker's submission reached the record, or it is returned already
     */
    public long returnLatest(Account who, SubjectId subject, String comment) throws InterruptedException {
        GoldenRecord record = registry.find(subject).orElseThrow(() -> new IllegalArgumentException("no record " + subject));
        if (scopes(who).stream().noneMatch(record.grid()::isWithin)) {
            throw new AccessDeniedException(who.username() + " (" + who.role() + ") may not return " + subject.value());
        }
        LedgerEntry latest = registry.submissionsOf(subject).stream().map(id -> {
                    try {
                        return ledger.entry(UUID.fromString(id));
                    } catch (IllegalArgumentException notASubmission) {
                        return Optional.<LedgerEntry>empty();
                    }
                })
                .flatMap(Optional::stream).filter(e -> e.kind() == EntryKind.SUBMISSION)
                .max(java.util.Comparator.comparingLong(LedgerEntry::seq))
                .orElseThrow(() -> ReturnProblem.unknown(subject.value()));
        long seq = returns.returnSubmission(latest.id(), comment, who.username());
        audit.record(who.username(), "submission-returned", latest.id().toString(), "dashboard " + subject.value(), null);
        loop.awaitApplied(seq, APPLIED_WAIT);
        return seq;
    }

    /** The display name of an account (who decided an item first), or the username when there is no such account. */
    public String nameOf(String username) {
        return accounts.find(username).map(Account::displayName).orElse(username);
    }

    private ReviewItem inScope(Account who, String itemId) {
        ReviewItem item = queue.find(itemId).orElseThrow(() -> new IllegalArgumentException("no review item " + itemId));
        if (scopes(who).stream().noneMatch(item.grid()::isWithin)) {
            throw new AccessDeniedException(who.username() + " (" + who.role() + ") may not decide review item " + itemId);
        }
        return item;
    }

    private List<AreaId> scopes(Account who) {
        return switch (who.role()) {
            case ADMIN -> areas.ofLevel(AreaLevel.DISTRICT).stream().map(Area::id).toList();
            case SUPERVISOR -> who.areas();
            default -> throw new AccessDeniedException(who.username() + " (" + who.role() + ") may not review");
        };
    }

    private ReviewLine line(ReviewItem item, Map<String, String> names) {
        String worker = ledger.entry(item.submissionId()).map(LedgerEntry::username).map(u -> names.getOrDefault(u, u))
                .orElse("");
        boolean returned = returns.find(item.submissionId()).filter(ReturnedSubmission::open).isPresent();
        String gridName = areas.find(item.grid()).map(Area::name).orElse(item.grid().value());
        String fieldLabel = null;
        String current = null;
        String proposed = null;
        if (item.fieldId() != null) {
            fieldLabel = catalog.find(item.fieldId()).map(FieldDefinition::labelZh).orElse(item.fieldId());
            current = shown(item.fieldId(), item.current());
            proposed = shown(item.fieldId(), item.proposed());
        }
        ReviewLine.Answered answered = null;
        if (item.kind() == ReviewKind.RESUBMISSION) { // linked through the ledger: the resubmission supersedes it
            answered = ledger.entry(item.submissionId()).map(LedgerEntry::supersedes).flatMap(returns::find)
                    .map(r -> new ReviewLine.Answered(r.submissionId(), r.comment(), names.getOrDefault(r.by(), r.by()),
                            r.at()))
                    .orElse(null);
        }
        return new ReviewLine(item.id(), item.kind(), gridName, worker, item.submissionId(), party(item.subjectId()),
                item.otherSubject() == null ? null : party(item.otherSubject()), fieldLabel, current, proposed,
                item.score(), item.note(), item.raisedAt(), returned, answered);
    }

    /** A value as the screen may show it: ID numbers and phones masked, a choice by its label. */
    private String shown(String fieldId, String value) {
        if (value == null) {
            return "";
        }
        var definition = catalog.find(fieldId);
        if (definition.isEmpty()) {
            return value;
        }
        return switch (definition.get().type()) {
            case ID_NUMBER -> Masking.idNumber(value);
            case PHONE -> Masking.phone(value);
            case SINGLE_CHOICE -> definition.get().choices().stream().filter(c -> c.code().equals(value))
                    .map(Choice::labelZh).findFirst().orElse(value);
            default -> value;
        };
    }

    private ReviewLine.Party party(SubjectId id) {
        return registry.find(id).map(this::party)
                .orElseGet(() -> new ReviewLine.Party(id.value(), "", "", "", ""));
    }

    private ReviewLine.Party party(GoldenRecord r) {
        String idNumber = Masking.idNumber(r.text("resident.id_number"));
        String phone = Masking.phone(r.text(switch (r.type()) {
            case RESIDENT -> "resident.phone";
            case HOUSEHOLD -> "household.head_phone";
            case PLACE -> "place.contact_phone";
        }));
        String extra = switch (r.type()) {
            case RESIDENT -> (shown("resident.gender", r.text("resident.gender")) + " " + r.text("resident.birth_date")).strip();
            default -> "";
        };
        return new ReviewLine.Party(r.id().value(), Dashboard.label(r), idNumber, phone, extra);
    }
}
