package org.oneform.forms.compile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.request.RequestId;

/**
 * A published version of the one form for a subject type. Immutable: its lists are private copies handed out
 * read-only, and {@link FormVersions} never replaces a published version. Values map from one version to the
 * next by field id.
 *
 * @param subjectType the subject type
 * @param number      1, 2, 3 … per subject type
 * @param publishedAt when it was published
 * @param fields      the fields in form order (catalog order; a repeat group's children right after it)
 * @param basedOn     the approved requests it was compiled from, sorted
 */
public record FormVersion(SubjectType subjectType, int number, Instant publishedAt, List<FormField> fields,
                          List<RequestId> basedOn) {

    public FormVersion {
        Objects.requireNonNull(subjectType, "subjectType");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1: " + number);
        }
        Objects.requireNonNull(publishedAt, "publishedAt");
        fields = new ArrayList<>(fields);
        basedOn = new ArrayList<>(basedOn);
    }

    @Override
    public List<FormField> fields() {
        return Collections.unmodifiableList(fields);
    }

    @Override
    public List<RequestId> basedOn() {
        return Collections.unmodifiableList(basedOn);
    }

    public Optional<FormField> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The ids of all fields, in form order. */
    public List<String> fieldIds() {
        return fields.stream().map(FormField::id).toList();
    }

    /** The top-level fields (not children of a repeat group), in form order. */
    public List<FormField> topLevel() {
        return fields.stream().filter(f -> !f.isChild()).toList();
    }

    /** The number of questions a grid worker may face: fields that hold a value and are not calculated. */
    public int questionCount() {
        return (int) fields.stream().filter(f -> f.definition().isQuestion()).count();
    }

    /** Whether the compiled content (the fields) equals {@code fields}: publishing again would change nothing. */
    public boolean hasContent(List<FormField> other) {
        return fields.equals(other);
    }
}
