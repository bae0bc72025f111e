package org.oneform.app.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers a path under {@code /api/} that no API serves with a typed 404 problem. Without it the request
 * falls through to Vaadin, which answers 200 with the application page: a device or a department's script
 * would read HTML where it expects JSON and could not tell "no such endpoint" from "the server is odd".
 * Spring MVC prefers every real mapping over this pattern, so it only answers what nothing else does; the
 * security chains still run first (an unknown sync path without a token is a 401).
 */
@RestController
class UnknownApiPaths {

    static final ProblemKind NOT_FOUND = new ProblemKind(HttpStatus.NOT_FOUND, "no-such-endpoint",
            "No API endpoint at this path");

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
        return Problems.respond(NOT_FOUND.detail("nothing answers " + request.getMethod() + " at this path; see /v3/api-docs",
                null, java.util.Map.of("path", request.getRequestURI())));
    }
}
