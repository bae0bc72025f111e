package org.oneform.app.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.oneform.forms.validate.FieldError;
import org.oneform.sync.apply.ApplyLoop;
import org.oneform.sync.intake.Intake;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.intake.ItemResult;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Submission upload. A batch answers per item and never fails as a whole for one bad item; the single PUT
 * answers with HTTP status: 201 accepted, 200 duplicate, 409 conflict, 422 invalid or missing attachments.
 * Every answer is given after the accepted submissions' ledger rows are committed.
 */
@RestController
@RequestMapping("/api/sync/v1/submissions")
@Tag(name = "Submissions", description = "Upload filled forms; idempotent by submission id")
class SubmissionsController {

    private final Intake intake;
    private final IntakeLedger ledger;
    private final Registry registry;
    private final ApplyLoop loop;
    private final SyncWireMapper mapper;

    SubmissionsController(Intake intake, IntakeLedger ledger, Registry registry, ApplyLoop loop, SyncWireMapper mapper) {
        this.intake = intake;
        this.ledger = ledger;
        this.registry = registry;
        this.loop = loop;
        this.mapper = mapper;
    }

    @PostMapping
    @Operation(summary = "Upload a batch", description = "1 to 500 submissions; one result per item, in order.")
    BatchResponse upload(@RequestBody BatchRequest body, Authentication auth, Locale locale) {
        if (body == null || body.submissions() == null || body.submissions().isEmpty()) {
            throw SyncProblem.INVALID_PROPERTY.failure("submissions must hold 1 to " + Intake.MAX_BATCH + " items",
                    "submissions");
        }
        List<SubmissionDto> items = body.submissions();
        if (items.size() > Intake.MAX_BATCH) {
            throw SyncProblem.BATCH_TOO_LARGE.failure("a batch carries at most " + Intake.MAX_BATCH + " submissions, this one "
                    + items.size(), "submissions", Map.of("maxItems", Intake.MAX_BATCH));
        }
        ItemResult[] results = new ItemResult[items.size()];
        List<Submission> wellFormed = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SubmissionDto dto = items.get(i);
            if (dto == null || dto.id() == null) {
                throw SyncProblem.INVALID_PROPERTY.failure("every submission needs its id (a UUID)",
                        "submissions[" + i + "].id");
            }
            List<FieldError> problems = WireCheck.problems(dto);
            if (problems.isEmpty()) {
                wellFormed.add(mapper.toDomain(dto));
                at.add(i);
            } else {
                results[i] = new ItemResult.Invalid(dto.id(), WireCheck.CODE, problems);
            }
        }
        if (!wellFormed.isEmpty()) {
            List<ItemResult> received = intake.receive(principal(auth).uploader(), wellFormed);
            for (int k = 0; k < received.size(); k++) {
                results[at.get(k)] = received.get(k);
            }
        }
        return new BatchResponse(List.of(results).stream().map(r -> mapper.toDto(r, locale)).toList());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Upload one submission", description = "201 accepted, 200 the same content again, 409 other content under this id, 422 refused.")
    ResponseEntity<ReceiptDto> put(@PathVariable UUID id, @RequestBody SubmissionDto body, Authentication auth,
                                   Locale locale) {
        if (body == null) {
            throw SyncProblem.INVALID_PROPERTY.failure("the body is a submission", "body");
        }
        if (body.id() != null && !body.id().equals(id)) {
            throw SyncProblem.INVALID_PROPERTY.failure("the body's id differs from the path's", "id");
        }
        var dto = new SubmissionDto(id, body.subjectType(), body.formVersion(), body.subjectId(), body.grid(),
                body.supersedes(), body.values(), body.baseSeqs(), body.collectedAt());
        List<FieldError> problems = WireCheck.problems(dto);
        ItemResult result = problems.isEmpty()
                ? intake.receive(principal(auth).uploader(), List.of(mapper.toDomain(dto))).getFirst()
                : new ItemResult.Invalid(id, WireCheck.CODE, problems);
        return switch (result) {
            case ItemResult.Accepted a -> ResponseEntity.status(HttpStatus.CREATED).body(receipt(a.id(), a.seq(), a.receivedAt()));
            case ItemResult.Duplicate d -> ResponseEntity.ok(receipt(d.id(), d.seq(), d.receivedAt()));
            case ItemResult.Conflict c -> throw SyncProblem.SUBMISSION_CONFLICT.failure("submission " + id
                    + " was received before with other content; the original (sequence " + c.seq() + ") is unchanged",
                    "id", Map.of("seq", c.seq()));
            case ItemResult.Invalid i -> throw SyncProblem.SUBMISSION_INVALID.failure("the submission was refused: "
                    + i.code(), i.errors().isEmpty() ? null : i.errors().getFirst().fieldId(),
                    Map.of("reason", i.code(), "errors", mapper.toDtos(i.errors(), locale)));
            case ItemResult.MissingAttachments m -> throw SyncProblem.MISSING_ATTACHMENTS.failure(
                    "upload the attachments first, then send the submission again", "values",
                    Map.of("missingAttachments", m.sha256()));
        };
    }

    @GetMapping("/{id}")
    @Operation(summary = "A receipt", description = "Sequence, arrival, whether applied, and the golden record it went to. Only the worker's own submissions.")
    ReceiptDto receipt(@PathVariable UUID id, Authentication auth) {
        String username = principal(auth).account().username();
        LedgerEntry entry = ledger.entry(id).filter(e -> e.username().equals(username))
                .orElseThrow(() -> SyncProblem.UNKNOWN_SUBMISSION.failure("no submission " + id + " of yours was received", "id"));
        return receipt(entry.id(), entry.seq(), entry.receivedAt());
    }

    private ReceiptDto receipt(UUID id, long seq, java.time.Instant receivedAt) {
        boolean applied = loop.appliedSeq() >= seq;
        String subject = applied ? registry.subjectOfSubmission(id.toString()).map(SubjectId::value).orElse(null) : null;
        return new ReceiptDto(id, seq, receivedAt, applied, subject);
    }

    static CollectorPrincipal principal(Authentication auth) {
        return (CollectorPrincipal) auth.getPrincipal();
    }
}
