package org.oneform.app.api;

import org.springframework.http.ProblemDetail;

/** Thrown by a controller and answered with its problem document (see {@link Problems#respond}). */
public final class ProblemException extends RuntimeException {

    private final transient ProblemDetail problem;

    public ProblemException(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    public ProblemDetail problem() {
        return problem;
    }
}
