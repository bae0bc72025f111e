/**
 * The field catalog (字段目录): canonical fields per subject type, one per fact, with stable ids such as
 * {@code resident.phone}. Departments request these fields; the one form is compiled from them.
 *
 * <h2>API</h2>
 * {@link org.oneform.forms.catalog.SubjectType} (resident, household, place),
 * {@link org.oneform.forms.catalog.FieldDefinition} with its {@link org.oneform.forms.catalog.FieldType},
 * {@link org.oneform.forms.catalog.Choice}s and {@link org.oneform.forms.catalog.Sensitivity};
 * {@link org.oneform.forms.catalog.Catalog}, the persisted, thread-safe catalog that rejects bad
 * definitions whole with a {@link org.oneform.forms.catalog.CatalogException} listing every
 * {@link org.oneform.forms.catalog.CatalogProblem}. {@link org.oneform.forms.catalog.DemoCatalog} holds the demo city's
 * catalog (what eleven departments really ask).
 *
 * <h2>Rules</h2>
 * Ids never change and fields are never removed (values are keyed by id). Expressions (required,
 * constraint, relevance, calculation) must parse and may reference only existing fields of the same
 * subject type. Choice fields need choices; repeat groups (e.g. household members) need child fields,
 * each child belonging to one group, and groups do not nest.
 *
 * <h2>Not here</h2>
 * Who asks for a field ({@code forms.request}), the merged form ({@code forms.compile}), checking filled
 * values ({@code forms.validate}). Internals ({@code internal}) are not API.
 */
package org.oneform.forms.catalog;
