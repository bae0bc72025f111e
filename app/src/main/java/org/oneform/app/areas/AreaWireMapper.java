package org.oneform.app.areas;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;

/** Domain → wire for areas (MapStruct generates the implementation at build time). */
@Mapper
interface AreaWireMapper {

    @Mapping(target = "path", source = "path")
    AreaDto toDto(Area area, List<String> path);

    default String id(AreaId id) {
        return id == null ? null : id.value();
    }
}
