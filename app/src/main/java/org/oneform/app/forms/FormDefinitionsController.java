package org.oneform.app.forms;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.oneform.forms.catalog.SubjectType;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/forms/v1}: published form versions as JSON for the tablet. Signed-in users of any role.
 *
 * <ul>
 *   <li>{@code GET /{subjectType}/versions/{version}}: one published version. It never changes, so caches may keep
 *       it for a year without asking again ({@code private, max-age=31536000, immutable}).</li>
 *   <li>{@code GET /{subjectType}/current}: the newest version. Caches must revalidate ({@code private, no-cache}).</li>
 * </ul>
 * Both send a strong {@code ETag} ({@link FormDocuments}); a request whose {@code If-None-Match} matches gets
 * {@code 304 Not Modified} with no body (Spring's conditional handling of {@link ResponseEntity}). Errors are
 * {@link FormApiProblem}s.
 */
@RestController
@RequestMapping("/api/forms/v1")
class FormDefinitionsController {

    static final CacheControl PUBLISHED = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();
    static final CacheControl CURRENT = CacheControl.noCache().cachePrivate();

    private final FormDocuments documents;

    FormDefinitionsController(FormDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{subjectType}/versions/{version}")
    ResponseEntity<FormVersionDto> version(@PathVariable String subjectType, @PathVariable String version) {
        SubjectType type = subjectType(subjectType);
        int number = versionNumber(version);
        FormDocument document = documents.version(type, number).orElseThrow(() -> FormApiProblem.UNKNOWN_VERSION.parameterFailure(
                "The " + type.key() + " form has no published version " + number + ".", "version", version, Map.of()));
        return serve(document, PUBLISHED);
    }

    @GetMapping("/{subjectType}/current")
    ResponseEntity<FormVersionDto> current(@PathVariable String subjectType) {
        SubjectType type = subjectType(subjectType);
        FormDocument document = documents.current(type).orElseThrow(() -> FormApiProblem.NO_PUBLISHED_VERSION.parameterFailure(
                "The " + type.key() + " form has no published version yet.", "subjectType", subjectType, Map.of()));
        return serve(document, CURRENT);
    }


    private static ResponseEntity<FormVersionDto> serve(FormDocument document, CacheControl cacheControl) {
        return ResponseEntity.ok().eTag(document.etag()).cacheControl(cacheControl).body(document.body());
    }

    static SubjectType subjectType(String key) {
        List<String> keys = Arrays.stream(SubjectType.values()).map(SubjectType::key).toList();
        if (!keys.contains(key)) {
            throw FormApiProblem.UNKNOWN_SUBJECT_TYPE.parameterFailure("Subject type must be one of " + keys + ".",
                    "subjectType", key, Map.of("allowed", keys));
        }
        return SubjectType.ofKey(key);
    }

    static int versionNumber(String text) {
        try {
            if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                int number = Integer.parseInt(text);
                if (number >= 1) {
                    return number;
                }
            }
        } catch (NumberFormatException tooLarge) {
            // falls through to the problem
        }
        throw FormApiProblem.INVALID_VERSION.parameterFailure("Version must be a positive integer (1, 2, 3 …).",
                "version", text, Map.of());
    }
}
