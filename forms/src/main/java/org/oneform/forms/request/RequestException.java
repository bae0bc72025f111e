package org.oneform.forms.request;

import java.util.List;

/** Why a request operation was refused; nothing was changed. */
public final class RequestException extends RuntimeException {

    /** What kind of refusal: maps to an HTTP status or a UI message. */
    public enum Kind {
        /** No such request. */
        NOT_FOUND,
        /** The actor may not do this (not an admin, not the requesting department). */
        NOT_ALLOWED,
        /** The request's state does not allow this step. */
        ILLEGAL_TRANSITION,
        /** The content is invalid: see {@link #problems()}. */
        INVALID
    }

    private final Kind kind;
    private final transient List<String> problems;

    public RequestException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public RequestException(Kind kind, String message, List<String> problems) {
        super(problems.isEmpty() ? message : message + ": " + String.join("; ", problems));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    /** The individual problems of an {@link Kind#INVALID} request, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
