package org.oneform.app.api;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A typed problem of an HTTP API (RFC 9457); each API declares its kinds as {@link ProblemKind} constants. {@code type}
 * ({@code urn:oneform:problem:<code>}) and {@code code} are stable: clients branch on them, never on
 * {@code title} or {@code detail}.
 */
public interface ApiProblem {

    HttpStatus status();

    /** The stable code, e.g. {@code submission-id-conflict}. */
    String code();

    /** A short English title. */
    String title();

    default URI type() {
        return URI.create("urn:oneform:problem:" + code());
    }

    /** The problem document: status, type, title, detail, {@code code}, the property at fault, and more. */
    default ProblemDetail detail(String detail, String property, Map<String, Object> more) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(), detail);
        problem.setType(type());
        problem.setTitle(title());
        problem.setProperty("code", code());
        if (property != null) {
            problem.setProperty("property", property);
        }
        more.forEach(problem::setProperty);
        return problem;
    }

    default ProblemException failure(String detail, String property) {
        return new ProblemException(detail(detail, property, Map.of()));
    }

    default ProblemException failure(String detail, String property, Map<String, Object> more) {
        return new ProblemException(detail(detail, property, more));
    }

    /** A problem with a request parameter: names it and echoes the value it had. */
    default ProblemException parameterFailure(String detail, String parameter, String value, Map<String, Object> more) {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        all.put("parameter", parameter);
        all.put("value", value);
        all.putAll(more);
        return new ProblemException(detail(detail, null, all));
    }
}
