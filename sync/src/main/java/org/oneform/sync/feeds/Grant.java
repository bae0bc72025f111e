package org.oneform.sync.feeds;

import java.util.Objects;
import java.util.Set;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.RequestId;

/**
 * What one approved request lets its department receive.
 *
 * @param request     the approved request
 * @param department  the department
 * @param subjectType residents, households or places
 * @param fields      the requested field ids
 * @param filter      the population filter expression; empty for everyone
 * @param purpose     the stated purpose (legal basis), recorded with every delivery
 */
public record Grant(RequestId request, DepartmentCode department, SubjectType subjectType, Set<String> fields,
                    String filter, String purpose) {

    public Grant {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(subjectType, "subjectType");
        fields = Set.copyOf(fields);
        filter = filter == null ? "" : filter;
        purpose = purpose == null ? "" : purpose;
    }
}
