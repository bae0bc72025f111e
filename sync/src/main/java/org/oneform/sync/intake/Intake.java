package org.oneform.sync.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.compile.FormField;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.validate.FieldError;
import org.oneform.forms.validate.FormValidator;
import org.oneform.forms.validate.ValidationResult;
import org.oneform.sync.intake.IntakeLedger.Pending;
import org.oneform.sync.intake.IntakeLedger.Stored;
import org.oneform.sync.intake.internal.Canonical;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;

/**
 * Receives batches of submissions from grid workers' devices. For each item, in order:
 * <ol>
 * <li>an id the ledger (or an earlier item of the batch) already has: the same content gets the
 *     acknowledgement it got then ({@code Duplicate}), different content a {@code Conflict} — before any
 *     other check, so a resend is answered the same however the world changed since;</li>
 * <li>the envelope: the form version exists, the grid is the worker's, a named subject exists with that
 *     type, a superseded submission was received and is of the same type;</li>
 * <li>the values, validated against that exact form version (today's date on the server);</li>
 * <li>every photo's attachment uploaded completely ({@code MissingAttachments} otherwise);</li>
 * </ol>
 * then everything that passed is written to the ledger in one transaction, and the call returns after
 * the commit. Thread-safe. See {@code docs/decisions/0005-intake-ledger-and-apply-loop.md}.
 */
public final class Intake {

    /** The most submissions one batch may carry. */
    public static final int MAX_BATCH = 500;
    /** The largest canonical JSON of one submission, in characters. */
    public static final int MAX_PAYLOAD_CHARS = 256 * 1024;

    private final IntakeLedger ledger;
    private final FormVersions forms;
    private final Registry registry;
    private final Attachments attachments;
    private final Clock clock;
    private final Runnable onAppended;

    /**
     * @param onAppended told after every commit that added entries (the apply loop's wake-up)
     */
    public Intake(IntakeLedger ledger, FormVersions forms, Registry registry, Attachments attachments, Clock clock,
                  Runnable onAppended) {
        this.ledger = ledger;
        this.forms = forms;
        this.registry = registry;
        this.attachments = attachments;
        this.clock = clock;
        this.onAppended = onAppended;
    }

    /**
     * Checks and stores a batch; one result per item, in order.
     *
     * @throws IllegalArgumentException when the batch is empty or larger than {@link #MAX_BATCH}
     */
    public List<ItemResult> receive(Uploader uploader, List<Submission> batch) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch carries 1 to " + MAX_BATCH + " submissions, not " + batch.size());
        }
        // SQL timestamps keep microseconds: the first acknowledgement must equal every later one
        Instant receivedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        LocalDate today = LocalDate.now(clock);
        // one look-up of the batch's ids serves both the answers below and the append (docs/decisions/0043-…)
        IntakeLedger.LookUp lookUp = ledger.lookUp(batch.stream().map(Submission::id).toList());
        Map<UUID, Stored> known = lookUp.found();
        Map<UUID, String> hashesInBatch = new HashMap<>();
        ItemResult[] results = new ItemResult[batch.size()];
        List<Pending> pending = new ArrayList<>();
        List<Integer> pendingAt = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Submission submission = batch.get(i);
            String payload = payload(submission);
            String hash = Canonical.sha256(payload);
            Stored stored = known.get(submission.id());
            String earlier = hashesInBatch.putIfAbsent(submission.id(), hash);
            if (stored != null) {
                results[i] = stored.contentHash().equals(hash)
                        ? new ItemResult.Duplicate(submission.id(), stored.seq(), stored.receivedAt())
                        : new ItemResult.Conflict(submission.id(), stored.seq(), stored.receivedAt());
            } else if (earlier != null) {
                results[i] = earlier.equals(hash) ? null // answered with the first copy's result below
                        : invalid(submission, IntakeCodes.ID_REPEATED_IN_BATCH, "id",
                        "同一批次中同一编号的提交内容不同", "the batch carries this id twice with different content");
            } else if (payload.length() > MAX_PAYLOAD_CHARS) {
                results[i] = invalid(submission, IntakeCodes.TOO_LARGE, "values", "提交内容过大",
                        "the submission is larger than " + MAX_PAYLOAD_CHARS + " characters");
            } else {
                ItemResult refused = check(uploader, submission, today, batch.subList(0, i), payload, hash, pending);
                if (refused != null) {
                    results[i] = refused;
                } else {
                    pendingAt.add(i);
                }
            }
        }
        List<ItemResult> written = ledger.append(pending, receivedAt, lookUp);
        for (int k = 0; k < written.size(); k++) {
            results[pendingAt.get(k)] = written.get(k);
        }
        answerRepeats(batch, results);
        if (written.stream().anyMatch(ItemResult.Accepted.class::isInstance)) {
            onAppended.run();
        }
        return List.of(results);
    }

    /** A second identical copy of an item in the same batch gets the first copy's answer, as a duplicate. */
    private static void answerRepeats(List<Submission> batch, ItemResult[] results) {
        Map<UUID, ItemResult> first = new LinkedHashMap<>();
        for (int i = 0; i < results.length; i++) {
            if (results[i] != null) {
                first.putIfAbsent(batch.get(i).id(), results[i]);
            }
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = switch (first.get(batch.get(i).id())) {
                    case ItemResult.Accepted a -> new ItemResult.Duplicate(a.id(), a.seq(), a.receivedAt());
                    case ItemResult other -> other;
                };
            }
        }
    }

    /** Null when the submission passed and was added to {@code pending}; else why it is refused. */
    private ItemResult check(Uploader uploader, Submission submission, LocalDate today, List<Submission> earlierInBatch,
                             String payload, String hash, List<Pending> pending) {
        Optional<FormVersion> form = forms.version(submission.subjectType(), submission.formVersion());
        if (form.isEmpty()) {
            return invalid(submission, IntakeCodes.UNKNOWN_FORM_VERSION, "formVersion", "没有这个表单版本",
                    "no version " + submission.formVersion() + " of the " + submission.subjectType().key() + " form");
        }
        if (!uploader.grids().contains(submission.grid())) {
            return invalid(submission, IntakeCodes.GRID_NOT_ASSIGNED, "grid", "该网格不在您的负责范围内",
                    "grid " + submission.grid().value() + " is not one of yours");
        }
        if (submission.subjectId() != null) {
            Optional<GoldenRecord> subject = registry.find(submission.subjectId());
            if (subject.isEmpty() || subject.get().type() != submission.subjectType()) {
                return invalid(submission, IntakeCodes.UNKNOWN_SUBJECT, "subjectId", "没有这个对象的档案",
                        "no " + submission.subjectType().key() + " " + submission.subjectId().value());
            }
        }
        if (submission.supersedes() != null && !supersedable(submission, earlierInBatch)) {
            return invalid(submission, IntakeCodes.UNKNOWN_SUPERSEDED, "supersedes", "要更正的提交不存在或类型不同",
                    "submission " + submission.supersedes() + " was not received, or is of another subject type");
        }
        ValidationResult validation = FormValidator.validate(form.get(), submission.values(), today);
        if (!validation.isValid()) {
            return new ItemResult.Invalid(submission.id(), IntakeCodes.INVALID_VALUES, validation.errors());
        }
        List<FieldError> badAddresses = new ArrayList<>();
        List<String> photos = photos(form.get(), validation.values(), badAddresses);
        if (!badAddresses.isEmpty()) {
            return new ItemResult.Invalid(submission.id(), IntakeCodes.INVALID_VALUES, badAddresses);
        }
        List<String> missing = attachments.missing(photos);
        if (!missing.isEmpty()) {
            return new ItemResult.MissingAttachments(submission.id(), missing);
        }
        Map<String, String> values = new TreeMap<>();
        validation.values().forEach((field, value) -> values.put(field, Canonical.text(value)));
        pending.add(new Pending(submission, uploader, hash, payload, values));
        return null;
    }

    private boolean supersedable(Submission submission, List<Submission> earlierInBatch) {
        if (submission.supersedes().equals(submission.id())) {
            return false;
        }
        for (Submission earlier : earlierInBatch) {
            if (earlier.id().equals(submission.supersedes())) {
                return earlier.subjectType() == submission.subjectType();
            }
        }
        return ledger.entry(submission.supersedes()).filter(e -> e.subjectType() == submission.subjectType()).isPresent();
    }

    /** The attachment addresses of the photo fields; a value that is no address is an error. */
    private static List<String> photos(FormVersion form, Map<String, Object> values, List<FieldError> errors) {
        List<String> addresses = new ArrayList<>();
        for (FormField field : form.topLevel()) {
            if (field.definition().type() == FieldType.PHOTO && values.get(field.id()) instanceof String address) {
                if (Attachments.isAddress(address)) {
                    addresses.add(address);
                } else {
                    errors.add(new FieldError(field.id(), field.id(), "attachment.address",
                            "照片应为附件的 SHA-256 地址", "a photo value must be its attachment's SHA-256 (64 hex characters)"));
                }
            }
        }
        return addresses;
    }

    private static ItemResult.Invalid invalid(Submission submission, String code, String property, String zh, String en) {
        return new ItemResult.Invalid(submission.id(), code, List.of(new FieldError(property, property, code, zh, en)));
    }

    /** The canonical JSON of everything the device sent: what "same content" means. */
    static String payload(Submission s) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", s.id().toString());
        content.put("subjectType", s.subjectType().key());
        content.put("formVersion", s.formVersion());
        content.put("subjectId", s.subjectId() == null ? null : s.subjectId().value());
        content.put("grid", s.grid().value());
        content.put("supersedes", s.supersedes() == null ? null : s.supersedes().toString());
        content.put("values", s.values());
        content.put("baseSeqs", s.baseSeqs());
        content.put("collectedAt", s.collectedAt() == null ? null : s.collectedAt().toString());
        return Canonical.json(content);
    }
}
