/**
 * The area API for clients (the offline collector first): {@code GET /api/areas/v1/mine} returns the
 * areas the signed-in user works in, each with its path from the district, as a wire format that
 * MapStruct maps from the domain so the domain can change without breaking devices in the field.
 *
 * <p>API: {@link org.oneform.app.areas.AreaDto}, {@link org.oneform.app.areas.MyAreasDto}.
 */
package org.oneform.app.areas;
