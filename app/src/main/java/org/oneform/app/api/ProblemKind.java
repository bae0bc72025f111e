package org.oneform.app.api;

import java.util.Objects;

import org.springframework.http.HttpStatus;

/** One kind of problem an API answers with: its status, stable code and title. The APIs declare theirs as constants. */
public record ProblemKind(HttpStatus status, String code, String title) implements ApiProblem {

    public ProblemKind {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
    }
}
