/**
 * The area tree (区 › 街道 › 社区 › 网格): district, street, community, grid. A grid is the unit of
 * work and of sync; a grid worker is linked to grids, a supervisor to a street.
 *
 * <p>API: {@link org.oneform.sync.area.Areas} (queries and changes), {@link org.oneform.sync.area.Area},
 * {@link org.oneform.sync.area.AreaId}, {@link org.oneform.sync.area.AreaLevel}. {@link
 * org.oneform.sync.area.AreaTree} is the persisted holder; only {@code Areas} touches it.
 */
package org.oneform.sync.area;
