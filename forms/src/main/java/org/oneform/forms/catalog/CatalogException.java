package org.oneform.forms.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when field definitions are rejected; nothing of the rejected batch was saved. */
public final class CatalogException extends RuntimeException {

    private final transient List<CatalogProblem> problems;

    public CatalogException(List<CatalogProblem> problems) {
        super(problems.stream().map(CatalogProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in field order. */
    public List<CatalogProblem> problems() {
        return problems;
    }
}
