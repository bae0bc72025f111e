package org.oneform.forms.compile;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.FieldRequest;

/**
 * The question burden of one subject type: what a grid worker faces if every department sends its own form,
 * with the one merged form, and on a revisit of a subject whose values are all fresh. A question is a field
 * that takes a value and is not calculated (repeat-group children count, the group itself does not ask).
 * On a fresh revisit the tablet shows every fresh prefilled value to verify with one tap; it asks only the
 * questions whose refresh interval is zero (a value that must be collected on every visit; requests cannot ask for
 * that today, so a fresh revisit asks nothing and the figure that matters is how many values it shows to verify).
 *
 * @param subjectType     resident, household or place
 * @param version         the merged form version measured
 * @param perDepartment   each department's own form for this subject type: its number of questions
 * @param merged          the questions of the merged form
 * @param freshAsked      the questions a fresh revisit still asks
 * @param freshVerified   the prefilled values a fresh revisit shows to verify
 */
public record Burden(SubjectType subjectType, int version, Map<DepartmentCode, Integer> perDepartment, int merged,
                     int freshAsked, int freshVerified) {

    public Burden {
        perDepartment = java.util.Collections.unmodifiableMap(byCode(perDepartment));
    }

    private static final java.util.Comparator<DepartmentCode> BY_CODE = java.util.Comparator.comparing(DepartmentCode::value);

    private static Map<DepartmentCode, Integer> byCode(Map<DepartmentCode, Integer> counts) {
        Map<DepartmentCode, Integer> sorted = new TreeMap<>(BY_CODE);
        sorted.putAll(counts);
        return sorted;
    }

    /** The burden of {@code form}, against the approved requests it was compiled from. */
    public static Burden of(FormVersion form, Collection<FieldRequest> approved, Catalog catalog) {
        Map<DepartmentCode, Set<String>> asked = new TreeMap<>(BY_CODE);
        for (FieldRequest request : approved) {
            if (request.subjectType() != form.subjectType()) {
                continue;
            }
            Set<String> ids = asked.computeIfAbsent(request.department(), d -> new LinkedHashSet<>());
            for (String id : request.fieldIds()) {
                ids.add(id);
                catalog.find(id).ifPresent(f -> ids.addAll(f.children()));
            }
        }
        Map<DepartmentCode, Integer> perDepartment = byCode(Map.of());
        asked.forEach((department, ids) -> perDepartment.put(department, (int) ids.stream()
                .map(catalog::find).flatMap(java.util.Optional::stream).filter(FieldDefinition::isQuestion).count()));
        List<FormField> questions = form.fields().stream().filter(f -> f.definition().isQuestion()).toList();
        int freshAsked = (int) questions.stream().filter(f -> f.refresh().isZero()).count();
        return new Burden(form.subjectType(), form.number(), perDepartment, questions.size(), freshAsked,
                questions.size() - freshAsked);
    }

    /** The questions of all department forms together. */
    public int separate() {
        return perDepartment.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How much smaller the merged form is than the department forms together: 0.69 = 69% fewer questions. */
    public double fewer() {
        return separate() == 0 ? 0 : 1 - (double) merged / separate();
    }

    /** The share of the merged form a fresh revisit still asks. */
    public double freshShare() {
        return merged == 0 ? 0 : (double) freshAsked / merged;
    }
}
