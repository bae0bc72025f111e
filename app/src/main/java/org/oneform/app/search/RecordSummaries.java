package org.oneform.app.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.i18n.Languages;
import org.oneform.app.privacy.Masking;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.Choice;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.catalog.Sensitivity;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.springframework.stereotype.Service;

/**
 * A found record's summary (masked) and the reveal of its full ID number and phones. Both check the
 * record against the signed-in account's scope, whatever id the screen sends. A summary reveals nothing
 * and is not audited; a reveal needs a reason and is written to the audit log before the values leave.
 */
@Service
public class RecordSummaries {

    /** The audit action of a reveal. */
    public static final String REVEAL = "reveal";
    public static final int MAX_REASON = 200;

    private final Registry registry;
    private final RegistrySearch search;
    private final Catalog catalog;
    private final AuditLog audit;
    private final Languages texts;

    RecordSummaries(Registry registry, RegistrySearch search, Catalog catalog, AuditLog audit, Languages texts) {
        this.registry = registry;
        this.search = search;
        this.catalog = catalog;
        this.audit = audit;
        this.texts = texts;
    }

    /** The record's summary, or empty when there is no such record inside the account's scope. */
    public Optional<RecordSummary> summary(Account account, String id, Locale locale) {
        return open(account, id).map(r -> {
            SearchRow row = search.row(r, null);
            List<RecordSummary.Line> lines = new ArrayList<>();
            boolean revealable = false;
            for (FieldDefinition field : catalog.of(r.type())) {
                String value = r.text(field.id());
                if (value.isBlank() || !shown(field.type())) {
                    continue;
                }
                revealable |= isNumber(field.type());
                lines.add(new RecordSummary.Line(field.id(), field.label(locale), display(field, value, locale)));
            }
            if (r.type() == SubjectType.RESIDENT && !row.address().isEmpty()) {
                lines.add(new RecordSummary.Line("household.address", label("household.address", locale), row.address()));
            }
            if (r.type() == SubjectType.HOUSEHOLD) {
                String members = registry.inGrid(r.grid(), SubjectType.RESIDENT).stream()
                        .filter(m -> r.id().value().equals(m.text("resident.household_id")))
                        .map(m -> m.text("resident.name"))
                        .collect(Collectors.joining("、"));
                if (!members.isEmpty()) {
                    lines.add(new RecordSummary.Line("household.members", texts.getTranslation("search.summary.members", locale), members));
                }
            }
            return new RecordSummary(r.id().value(), r.type(), row.title(), row.area(), lines, revealable);
        });
    }

    /**
     * The record's ID number and phones in full, audited with the reason; empty (and nothing audited)
     * when the record is outside the account's scope or the reason is blank or too long.
     */
    public Optional<RecordSummary.Revealed> reveal(Account account, String id, String reason, String remoteAddress, Locale locale) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            return Optional.empty();
        }
        return open(account, id).map(r -> {
            List<RecordSummary.Line> lines = catalog.of(r.type()).stream()
                    .filter(f -> isNumber(f.type()) && !r.text(f.id()).isBlank())
                    .map(f -> new RecordSummary.Line(f.id(), f.label(locale), r.text(f.id())))
                    .toList();
            if (!lines.isEmpty()) {
                audit.record(account.username(), REVEAL, r.id().value(),
                        lines.stream().map(RecordSummary.Line::fieldId).collect(Collectors.joining(",")) + ": " + why,
                        remoteAddress);
            }
            return new RecordSummary.Revealed(lines);
        });
    }

    private Optional<GoldenRecord> open(Account account, String id) {
        if (id == null || id.isBlank() || !RegistrySearch.allowed(account.role())) {
            return Optional.empty();
        }
        try {
            return registry.find(new SubjectId(id.strip())).filter(r -> search.mayOpen(account, r));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private String label(String fieldId, Locale locale) {
        return catalog.find(fieldId).map(f -> f.label(locale)).orElse(fieldId);
    }

    private static boolean shown(FieldType type) {
        return switch (type) {
            case NOTE, PHOTO, REPEAT_GROUP -> false;
            default -> true;
        };
    }

    private static boolean isNumber(FieldType type) {
        return type == FieldType.ID_NUMBER || type == FieldType.PHONE;
    }

    /** ID numbers and phones masked, other sensitive values withheld, choices by their label. */
    private String display(FieldDefinition field, String value, Locale locale) {
        return switch (field.type()) {
            case ID_NUMBER -> Masking.idNumber(value);
            case PHONE -> Masking.phone(value);
            default -> {
                if (field.sensitivity() == Sensitivity.SENSITIVE) {
                    yield texts.getTranslation("search.summary.withheld", locale);
                }
                yield switch (field.type()) {
                    case SINGLE_CHOICE -> field.choice(value).map(c -> c.label(locale)).orElse(value);
                    case YES_NO -> "yes".equals(value) || "no".equals(value)
                            ? texts.getTranslation("search.summary." + value, locale) : value;
                    case MULTIPLE_CHOICE -> Arrays.stream(value.split(" ")).filter(s -> !s.isBlank())
                            .map(code -> field.choice(code).map(c -> c.label(locale)).orElse(code))
                            .collect(Collectors.joining("、"));
                    default -> value;
                };
            }
        };
    }

    /** The choices of {@code place.type} from the catalog, for the place-type filter. */
    public List<Choice> placeTypes() {
        return catalog.find("place.type").map(FieldDefinition::choices).orElse(List.of());
    }
}
