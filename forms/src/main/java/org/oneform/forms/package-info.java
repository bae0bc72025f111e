/**
 * The form domain of OneForm: the field catalog, department field requests, the compiled one form per
 * subject type, the expression language and validation. No web, no Vaadin.
 *
 * <p>{@link org.oneform.forms.FormsRoot} is this module's root in the shared Eclipse Store graph; the
 * application wires it (see {@code docs/decisions/0002-one-storage-two-roots.md}). Feature packages
 * ({@code catalog}, {@code department}, …) expose their API at their root and keep internals below.
 */
package org.oneform.forms;
