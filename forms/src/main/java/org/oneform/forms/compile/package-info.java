/**
 * The one form (一张表): compiling the catalog and all approved requests into one form per subject type, and
 * its published, immutable, numbered versions with readable diffs.
 *
 * <h2>API</h2>
 * {@link org.oneform.forms.compile.FormCompiler} (pure) → {@link org.oneform.forms.compile.CompiledForm};
 * {@link org.oneform.forms.compile.FormVersions}, the persisted service ({@code publishIfChanged},
 * {@code current}, {@code history}, {@code preview}, {@code diff}); {@link org.oneform.forms.compile.FormVersion}
 * of {@link org.oneform.forms.compile.FormField}s, each {@link org.oneform.forms.compile.FieldRole#REQUESTED
 * requested} (with its departments) or {@link org.oneform.forms.compile.FieldRole#SUPPORTING supporting} (needed
 * by others' expressions or filters); {@link org.oneform.forms.compile.FormDiff};
 * {@link org.oneform.forms.compile.CompileException}. The merge rules are on {@code FormCompiler}.
 *
 * <h2>Not here</h2>
 * Checking a filled form ({@code forms.validate}); serving forms as JSON to tablets (the application).
 * Internals ({@code internal}) are not API.
 */
package org.oneform.forms.compile;
