package org.oneform.app.areas;

import java.util.List;

/**
 * One area on the wire.
 *
 * @param id     dotted path id, e.g. {@code 330187.001.002.03}
 * @param level  {@code DISTRICT}, {@code STREET}, {@code COMMUNITY} or {@code GRID}
 * @param name   official Chinese name
 * @param parent the enclosing area's id, null for a district
 * @param path   names from the district down to this area
 */
public record AreaDto(String id, String level, String name, String parent, List<String> path) {
}
