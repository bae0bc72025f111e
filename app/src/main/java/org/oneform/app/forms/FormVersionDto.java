package org.oneform.app.forms;

import java.time.Instant;
import java.util.List;

/**
 * A published form version on the wire, as the tablet downloads, caches and renders it.
 *
 * @param subjectType {@code resident}, {@code household} or {@code place}
 * @param version     the version number, from 1 per subject type
 * @param publishedAt when it was published
 * @param fields      the top-level fields in form order; a repeat group carries its children
 */
public record FormVersionDto(String subjectType, int version, Instant publishedAt, List<FormFieldDto> fields) {
}
