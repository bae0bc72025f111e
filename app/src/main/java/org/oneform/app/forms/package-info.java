/**
 * The form API for clients (the offline collector first): published versions of the one form as JSON, so the
 * tablet can render any version and evaluate its expressions without a network.
 *
 * <h2>Endpoints</h2>
 * <ul>
 *   <li>{@code GET /api/forms/v1/{subjectType}/versions/{version}}: a published version ({@code subjectType} is
 *       {@code resident}, {@code household} or {@code place}). Immutable: {@code Cache-Control: private,
 *       max-age=31536000, immutable}.</li>
 *   <li>{@code GET /api/forms/v1/{subjectType}/current}: the newest published version, with
 *       {@code Cache-Control: private, no-cache}, so a tablet revalidates and learns of a new version at once.</li>
 * </ul>
 * Both answer with a strong {@code ETag}, the SHA-256 of the body as canonical JSON, and {@code 304 Not Modified}
 * (no body) when {@code If-None-Match} matches; the current version's tag changes exactly when a version with
 * other content is published. Signed-in users of any role only.
 *
 * <h2>The wire format</h2>
 * {@link org.oneform.app.forms.FormVersionDto} of {@link org.oneform.app.forms.FormFieldDto}s (with
 * {@link org.oneform.app.forms.ChoiceDto}s and {@link org.oneform.app.forms.LocalizedText}s): records that
 * MapStruct maps from {@code forms.compile.FormVersion}, so the domain can change without breaking devices in the
 * field. Each field carries its type, labels and hints in zh-CN and English, section, choices, the required,
 * constraint, effective relevance and calculation expressions (source text of the one expression language), the
 * refresh interval (ISO-8601), sensitivity, the requesting departments, and a repeat group's children nested in it.
 *
 * <h2>Errors</h2>
 * RFC 9457 problem details with a stable {@code type} ({@code urn:oneform:problem:<code>}) and {@code code}, the
 * offending {@code parameter} and its {@code value}: {@code unknown-subject-type} (400), {@code invalid-version}
 * (400), {@code unknown-version} (404), {@code no-published-version} (404).
 *
 * <h2>Not here</h2>
 * Compiling and publishing forms ({@code forms.compile}); validating submissions; assignments and prefill values
 * (the sync API); the form preview screen.
 */
package org.oneform.app.forms;
