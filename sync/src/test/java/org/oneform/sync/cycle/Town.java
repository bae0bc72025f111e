package org.oneform.sync.cycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.SubjectId;

/** A small fake area tree for cycle tests: one district, two streets, grids under one community each. */
final class Town {

    static final AreaId DISTRICT = new AreaId("330187");
    static final AreaId STREET_A = DISTRICT.child("001");
    static final AreaId STREET_B = DISTRICT.child("002");
    static final AreaId COMMUNITY_A = STREET_A.child("001");
    static final AreaId COMMUNITY_B = STREET_B.child("001");
    static final AreaId GRID_A1 = COMMUNITY_A.child("01");
    static final AreaId GRID_A2 = COMMUNITY_A.child("02");
    static final AreaId GRID_A3 = COMMUNITY_A.child("03");
    static final AreaId GRID_B1 = COMMUNITY_B.child("01");

    private Town() {
    }

    static List<Area> areas() {
        return List.of(new Area(DISTRICT, AreaLevel.DISTRICT, "测试区", null),
                new Area(STREET_A, AreaLevel.STREET, "甲街道", DISTRICT),
                new Area(STREET_B, AreaLevel.STREET, "乙街道", DISTRICT),
                new Area(COMMUNITY_A, AreaLevel.COMMUNITY, "甲一社区", STREET_A),
                new Area(COMMUNITY_B, AreaLevel.COMMUNITY, "乙一社区", STREET_B),
                new Area(GRID_A1, AreaLevel.GRID, "甲第1网格", COMMUNITY_A),
                new Area(GRID_A2, AreaLevel.GRID, "甲第2网格", COMMUNITY_A),
                new Area(GRID_A3, AreaLevel.GRID, "甲第3网格（空）", COMMUNITY_A),
                new Area(GRID_B1, AreaLevel.GRID, "乙第1网格", COMMUNITY_B));
    }

    static GoldenRecord household(String id, AreaId grid) {
        var provenance = new Provenance("baseline:test", "system", Instant.parse("2026-01-01T00:00:00Z"), 0, 0);
        return new GoldenRecord(new SubjectId(id), SubjectType.HOUSEHOLD, grid,
                Map.of("household.address", new FieldValue("测试路" + id + "号", provenance)));
    }

    static GoldenRecord resident(String id, AreaId grid) {
        var provenance = new Provenance("baseline:test", "system", Instant.parse("2026-01-01T00:00:00Z"), 0, 0);
        return new GoldenRecord(new SubjectId(id), SubjectType.RESIDENT, grid,
                Map.of("resident.name", new FieldValue("测试" + id, provenance)));
    }

    static Visit visit(long seq, String subject, SubjectType type, ChangeType change, AreaId from, AreaId to,
                       String worker, String at) {
        return new Visit(seq, UUID.nameUUIDFromBytes(("s" + seq).getBytes()), new SubjectId(subject), type, change, from, to,
                worker, Instant.parse(at));
    }

    static Visit updated(long seq, String household, AreaId grid, String worker, String at) {
        return visit(seq, household, SubjectType.HOUSEHOLD, ChangeType.UPDATED, grid, grid, worker, at);
    }
}
