/**
 * The field catalog and the one form as screens: browsing the catalog's fields ({@code /catalog}), the merged
 * form of each subject type as a grid worker will meet it, and its version history with readable diffs
 * ({@code /forms}).
 *
 * <p>Its root holds the pieces other features show too: {@link org.oneform.app.catalog.FieldDetails} (one
 * field, fully) and {@link org.oneform.app.catalog.DiffPanel} (what changed between two versions of a form),
 * plus {@link org.oneform.app.catalog.CatalogTexts} for names that are data, not messages (sections,
 * departments). It owns no data: the catalog, requests and versions are the {@code forms} module's.
 * Requesting and approving fields is the {@code requests} feature's.
 */
package org.oneform.app.catalog;
