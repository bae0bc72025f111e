package org.oneform.forms.compile;

import java.util.List;

/** The one form cannot be compiled: a cyclic calculation or relevance, an unknown field, a bad expression. */
public final class CompileException extends RuntimeException {

    private final transient List<String> problems;

    public CompileException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one sentence each; a cycle names its path ({@code a → b → a}). */
    public List<String> problems() {
        return problems;
    }
}
