package org.oneform.forms.compile;

import java.util.List;

import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.internal.Merge;
import org.oneform.forms.request.FieldRequest;

/**
 * Compiles the one form of a subject type from the catalog and the approved requests. Pure and
 * deterministic: the same inputs give an equal {@link CompiledForm}.
 *
 * <ul>
 * <li>Each requested field appears exactly once, with the departments that requested it. Requesting a
 *     repeat group's child means requesting the group; a group brings all its children.</li>
 * <li>Its effective relevance is its own relevance AND (filter₁ OR filter₂ …) over its requesters' population
 *     filters; a requester without a filter asks everyone, which drops the OR. So does a requester whose filter
 *     references the field itself (HR asks {@code resident.birth_date} of those aged 16+: the birth date is needed
 *     to know who that is, so it is asked of everyone).</li>
 * <li>Its refresh interval is the shortest its requesters asked for (periods compared from a fixed date).</li>
 * <li>Fields nobody requested but that the included fields' expressions or the requesters' filters reference
 *     are added as {@link FieldRole#SUPPORTING}, with the fields that need them, asked whenever their own
 *     relevance holds.</li>
 * <li>Cyclic calculations and cyclic relevance (a asked only when b is known, b only when a is) are errors
 *     naming the path; so are unknown fields and malformed expressions.</li>
 * </ul>
 */
public final class FormCompiler {

    private FormCompiler() {
    }

    /**
     * @param catalog  the whole catalog (other subject types are ignored)
     * @param approved the approved requests (others, and other subject types, are ignored)
     * @throws CompileException listing every problem
     */
    public static CompiledForm compile(SubjectType subjectType, List<FieldDefinition> catalog,
                                       List<FieldRequest> approved) {
        return new Merge(subjectType, catalog).compile(approved);
    }
}
