package org.oneform.app.areas;

import org.oneform.app.accounts.Account;
import org.oneform.app.security.CurrentUser;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.Areas;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/areas/v1}: areas as clients see them. Signed-in users only; each sees their own areas. */
@RestController
@RequestMapping("/api/areas/v1")
class AreasController {

    private final CurrentUser currentUser;
    private final Areas areas;
    private final AreaWireMapper mapper;

    AreasController(CurrentUser currentUser, Areas areas, AreaWireMapper mapper) {
        this.currentUser = currentUser;
        this.areas = areas;
        this.mapper = mapper;
    }

    @GetMapping("/mine")
    MyAreasDto mine() {
        Account me = currentUser.require();
        var dtos = me.areas().stream()
                .map(id -> areas.find(id).orElseThrow(() -> new IllegalStateException("account " + me.username() + " names unknown area " + id)))
                .map(area -> mapper.toDto(area, areas.path(area.id()).stream().map(Area::name).toList()))
                .toList();
        return new MyAreasDto(me.username(), me.role().name(), dtos);
    }
}
