package org.oneform.forms.request.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.CatalogProblem;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.request.RequestContent;

/** Checks a request's content against the catalog. Pure, apart from reading the catalog. */
public final class ContentCheck {

    private ContentCheck() {
    }

    /**
     * The problems of {@code content}, one sentence each.
     *
     * @param complete whether the request must be complete (to submit or approve): at least one field and a
     *                 purpose; a draft may lack them
     */
    public static List<String> problems(Catalog catalog, RequestContent content, boolean complete) {
        List<String> problems = new ArrayList<>();
        String subject = content.subjectType().key();
        if (complete && content.fieldIds().isEmpty()) {
            problems.add("the request names no fields");
        }
        if (complete && content.purpose().isBlank()) {
            problems.add("the request needs a purpose naming its legal basis");
        }
        if (content.refresh().isZero() || content.refresh().isNegative()) {
            problems.add("the refresh interval must be positive, not " + content.refresh());
        }
        Set<String> proposedIds = new HashSet<>();
        for (FieldDefinition proposed : content.proposedFields()) {
            proposedIds.add(proposed.id());
            if (proposed.subjectType() != content.subjectType()) {
                problems.add("proposed field " + proposed.id() + " is not a " + subject + " field");
            }
        }
        catalog.check(content.proposedFields()).stream().map(CatalogProblem::message).forEach(problems::add);
        Set<String> seen = new HashSet<>();
        for (String id : content.fieldIds()) {
            Optional<FieldDefinition> field = catalog.find(id)
                    .or(() -> content.proposedFields().stream().filter(f -> f.id().equals(id)).findFirst());
            if (!seen.add(id)) {
                problems.add("field " + id + " is requested twice");
            } else if (field.isEmpty()) {
                problems.add("field " + id + " is not in the catalog");
            } else if (field.get().subjectType() != content.subjectType()) {
                problems.add("field " + id + " is not a " + subject + " field");
            } else {
                parent(catalog, content, id).ifPresent(group ->
                        problems.add("field " + id + " belongs to repeat group " + group + ": request the group"));
            }
        }
        if (!content.populationFilter().isEmpty()) {
            catalog.checkExpression("request", "population filter", content.populationFilter(), content.subjectType(),
                    proposedIds).stream().map(CatalogProblem::message).forEach(problems::add);
        }
        return problems;
    }

    private static Optional<String> parent(Catalog catalog, RequestContent content, String id) {
        return catalog.parentOf(id).or(() -> content.proposedFields().stream()
                .filter(f -> f.children().contains(id)).map(FieldDefinition::id).findFirst());
    }
}
