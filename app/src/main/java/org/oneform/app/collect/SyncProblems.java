package org.oneform.app.collect;

import org.oneform.app.api.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.Map;

/**
 * Turns the sync controllers' failures, and malformed requests, into typed problem documents; ahead of
 * Spring's generic problem handler, which would answer without a {@code code}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {SyncSessionController.class, SubmissionsController.class, AttachmentsController.class,
        DownloadController.class, DeviceStatusController.class, CollectorSearchController.class})
class SyncProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String cause = e.getMostSpecificCause().getMessage();
        String detail = "the body is not valid JSON of the expected shape: "
                + (cause == null ? "unreadable" : cause.lines().findFirst().orElse(cause));
        return respond(SyncProblem.MALFORMED_REQUEST.detail(detail, "body", Map.of()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return respond(SyncProblem.INVALID_PROPERTY.detail("header " + e.getHeaderName() + " is required",
                e.getHeaderName(), Map.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return respond(SyncProblem.INVALID_PROPERTY.detail(e.getName() + " has the wrong form: " + e.getValue(),
                e.getName(), Map.of()));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return Problems.respond(problem);
    }
}
