package org.oneform.app.areas;

import java.util.List;

/** The signed-in user's areas: grids for a grid worker, the street for a supervisor. */
public record MyAreasDto(String username, String role, List<AreaDto> areas) {
}
