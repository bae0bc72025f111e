package org.oneform.forms.request;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;

/**
 * What a department asks for: the part of a {@link FieldRequest} its author edits.
 *
 * @param department       the requesting department
 * @param subjectType      whose fields: residents, households or places
 * @param fieldIds         the catalog fields requested (may include ids of {@code proposedFields}), in order
 * @param purpose          why, naming the legal basis (PIPL requires a stated purpose), in Chinese
 * @param populationFilter for whom, an expression over the subject's fields (e.g.
 *                         {@code age(${resident.birth_date}) >= 60}); empty means everyone
 * @param refresh          how old a value may be before it must be asked again, e.g. {@code P365D}
 * @param proposedFields   new fields the department proposes; added to the catalog when approved
 */
public record RequestContent(DepartmentCode department, SubjectType subjectType, List<String> fieldIds, String purpose,
                             String populationFilter, Period refresh, List<FieldDefinition> proposedFields) {

    public RequestContent {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(subjectType, "subjectType");
        fieldIds = new ArrayList<>(fieldIds == null ? List.of() : fieldIds);
        purpose = purpose == null ? "" : purpose.strip();
        populationFilter = populationFilter == null ? "" : populationFilter.strip();
        Objects.requireNonNull(refresh, "refresh");
        proposedFields = new ArrayList<>(proposedFields == null ? List.of() : proposedFields);
    }

    /** A request for existing fields only. */
    public static RequestContent of(DepartmentCode department, SubjectType subjectType, List<String> fieldIds,
                                    String purpose, String populationFilter, Period refresh) {
        return new RequestContent(department, subjectType, fieldIds, purpose, populationFilter, refresh, List.of());
    }

    @Override
    public List<String> fieldIds() {
        return Collections.unmodifiableList(fieldIds);
    }

    @Override
    public List<FieldDefinition> proposedFields() {
        return Collections.unmodifiableList(proposedFields);
    }

    /** Whether the request covers everyone of its subject type (no population filter). */
    public boolean everyone() {
        return populationFilter.isEmpty();
    }
}
