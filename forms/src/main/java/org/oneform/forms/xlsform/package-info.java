/**
 * XLSForm import: an {@code .xlsx} XLSForm (survey / choices / settings) becomes a department's draft field
 * request — existing catalog fields reused where a row matches one, new fields proposed for the rest.
 * Decision record: {@code docs/decisions/0019-xlsform-import.md}.
 *
 * <h2>API</h2>
 * {@link org.oneform.forms.xlsform.XlsFormImporter}: {@code preview} (the {@link org.oneform.forms.xlsform.ImportReport}:
 * one {@link org.oneform.forms.xlsform.RowMapping} per survey row and every
 * {@link org.oneform.forms.xlsform.ImportProblem} by sheet and row; saves nothing) and {@code importAsDraft}
 * (all or nothing, {@link org.oneform.forms.xlsform.XlsFormException} when anything blocks);
 * {@link org.oneform.forms.xlsform.ImportOptions}, the department, subject type and explicit mappings chosen
 * at upload.
 *
 * <h2>Not here</h2>
 * Uploading and screens (the application); approving the draft ({@code forms.request}). Internals
 * ({@code internal}) are not API.
 */
package org.oneform.forms.xlsform;
