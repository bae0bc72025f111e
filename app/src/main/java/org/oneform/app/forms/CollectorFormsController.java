package org.oneform.app.forms;

import java.util.Map;

import org.oneform.forms.catalog.SubjectType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/sync/v1/forms/{subjectType}/versions/{version}}: a published form version for the offline
 * collector, signed in with its device token (the collector's filter chain guards {@code /api/sync/**}). The same
 * JSON, entity tag and caching as {@code /api/forms/v1} ({@link FormDefinitionsController}), so a tablet can fetch
 * the versions its download lists — including one older than the current, for drafts begun before an update.
 */
@RestController
@RequestMapping("/api/sync/v1/forms")
@Tag(name = "Collector forms", description = "Published form versions for the offline collector (bearer token)")
class CollectorFormsController {

    private final FormDocuments documents;

    CollectorFormsController(FormDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{subjectType}/versions/{version}")
    @Operation(summary = "One published form version",
            description = "Never changes once published: cacheable for a year; strong ETag, 304 on If-None-Match. "
                    + "400 unknown-subject-type / invalid-version, 404 unknown-version.")
    ResponseEntity<FormVersionDto> version(@PathVariable String subjectType, @PathVariable String version) {
        SubjectType type = FormDefinitionsController.subjectType(subjectType);
        int number = FormDefinitionsController.versionNumber(version);
        FormDocument document = documents.version(type, number).orElseThrow(() -> FormApiProblem.UNKNOWN_VERSION.parameterFailure(
                "The " + type.key() + " form has no published version " + number + ".", "version", version, Map.of()));
        return ResponseEntity.ok().eTag(document.etag()).cacheControl(FormDefinitionsController.PUBLISHED).body(document.body());
    }
}
