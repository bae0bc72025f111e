package org.oneform.forms.compile;

import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.expr.Expression;

/**
 * One field of a compiled form: the catalog definition as it was at compile time, who asked for it, and
 * when it is asked. Immutable; persisted with its {@link FormVersion}.
 *
 * @param definition        the catalog definition, copied into the version
 * @param role              requested, or only supporting other fields
 * @param requestedBy       the requesting departments, sorted; empty for a supporting field
 * @param neededBy          for a supporting field, the ids of the fields whose expressions or filters need it,
 *                          sorted; empty for a requested field
 * @param populationFilters the distinct population filters of the requesters, in request order; empty when
 *                          at least one requester asked for everyone (or for a supporting field)
 * @param relevance         the effective relevance: the definition's own relevance AND (filter₁ OR filter₂ …);
 *                          empty means always asked. A repeat group's children keep their own relevance
 *                          (evaluated per row); the group's relevance gates them.
 * @param refresh           how old a value may be: the shortest interval of the requesters (for a supporting
 *                          field, the shortest of the fields that need it)
 * @param parent            the repeat group a child field belongs to, or empty
 */
public record FormField(FieldDefinition definition, FieldRole role, List<DepartmentCode> requestedBy,
                        List<String> neededBy, List<String> populationFilters, String relevance, Period refresh,
                        String parent) {

    public FormField {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(role, "role");
        requestedBy = new ArrayList<>(requestedBy);
        neededBy = new ArrayList<>(neededBy);
        populationFilters = new ArrayList<>(populationFilters);
        relevance = relevance == null ? "" : relevance;
        Objects.requireNonNull(refresh, "refresh");
        parent = parent == null ? "" : parent;
    }

    public String id() {
        return definition.id();
    }

    @Override
    public List<DepartmentCode> requestedBy() {
        return Collections.unmodifiableList(requestedBy);
    }

    @Override
    public List<String> neededBy() {
        return Collections.unmodifiableList(neededBy);
    }

    @Override
    public List<String> populationFilters() {
        return Collections.unmodifiableList(populationFilters);
    }

    /** The effective relevance parsed, or empty when the field is always asked. */
    public java.util.Optional<Expression> relevanceExpression() {
        return relevance.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Expression.parse(relevance));
    }

    /** Whether this field is a child of a repeat group. */
    public boolean isChild() {
        return !parent.isEmpty();
    }
}
