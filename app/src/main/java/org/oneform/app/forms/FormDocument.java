package org.oneform.app.forms;

/**
 * A form version ready to serve: its wire body and the strong entity tag of that body.
 *
 * @param body the form as the tablet receives it
 * @param etag a quoted strong entity tag, {@code "<base64url SHA-256 of the canonical JSON>"}
 */
record FormDocument(FormVersionDto body, String etag) {
}
