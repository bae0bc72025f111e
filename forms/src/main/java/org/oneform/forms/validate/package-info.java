/**
 * Validation of a filled form against the exact {@link org.oneform.forms.compile.FormVersion} it was filled
 * in: types, required-when-relevant, constraints, choices, ID numbers, phones, dates; errors per field with a
 * stable code and zh-CN / English messages (texts in {@code messages*.properties} of this package).
 *
 * <h2>API</h2>
 * {@link org.oneform.forms.validate.FormValidator#validate} → {@link org.oneform.forms.validate.ValidationResult}
 * of {@link org.oneform.forms.validate.FieldError}s and the normalised relevant values.
 *
 * <h2>Not here</h2>
 * Which version a submission names and whether it may still be accepted (the intake in {@code sync}).
 * Internals ({@code internal}) are not API.
 */
package org.oneform.forms.validate;
