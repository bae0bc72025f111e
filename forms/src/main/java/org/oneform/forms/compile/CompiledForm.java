package org.oneform.forms.compile;

import java.util.List;
import java.util.Objects;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.request.RequestId;

/**
 * What {@link FormCompiler} makes of the catalog and the approved requests: the content of a form version
 * before it is numbered and published (also what a preview shows).
 *
 * @param subjectType the subject type
 * @param fields      the fields in form order
 * @param basedOn     the approved requests compiled, sorted
 */
public record CompiledForm(SubjectType subjectType, List<FormField> fields, List<RequestId> basedOn) {

    public CompiledForm {
        Objects.requireNonNull(subjectType, "subjectType");
        fields = List.copyOf(fields);
        basedOn = List.copyOf(basedOn);
    }

    public java.util.Optional<FormField> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The number of questions: fields that hold a value and are not calculated. */
    public int questionCount() {
        return (int) fields.stream().filter(f -> f.definition().isQuestion()).count();
    }
}
