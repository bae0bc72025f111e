package org.oneform.forms.xlsform;

import java.time.Period;
import java.util.Map;
import java.util.Objects;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;

/**
 * The choices made at upload.
 *
 * @param department  the department the draft request is for
 * @param subjectType whose fields the form asks about
 * @param purpose     the request's purpose (legal basis); may be left for the draft's editor
 * @param refresh     the request's refresh interval
 * @param mapping     explicit matches, XLSForm name → catalog field id; they win over every other match
 */
public record ImportOptions(DepartmentCode department, SubjectType subjectType, String purpose, Period refresh,
                            Map<String, String> mapping) {

    public ImportOptions {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(subjectType, "subjectType");
        purpose = purpose == null ? "" : purpose.strip();
        Objects.requireNonNull(refresh, "refresh");
        mapping = Map.copyOf(mapping == null ? Map.of() : mapping);
    }

    public static ImportOptions of(DepartmentCode department, SubjectType subjectType) {
        return new ImportOptions(department, subjectType, "", Period.ofYears(1), Map.of());
    }
}
