package org.oneform.app.collect;

/**
 * One refused field or envelope property: {@code field} (e.g. {@code resident.id_number}, {@code formVersion}),
 * {@code path} inside repeat groups, a stable {@code code}, and a message in the request's language.
 */
record FieldErrorDto(String field, String path, String code, String message) {
}
