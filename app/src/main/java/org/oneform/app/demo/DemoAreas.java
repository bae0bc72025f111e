package org.oneform.app.demo;

import java.util.ArrayList;
import java.util.List;

import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;

/**
 * The demo area tree: 一张表示范区 (district {@code 330187}, a code no real district has), three
 * streets, three communities per street, four grids per community. Fixed; no randomness.
 */
final class DemoAreas {

    static final String DISTRICT_CODE = "330187";
    static final String DISTRICT_NAME = "一张表示范区";
    /** The place-name word of each street; it also names the street's communities, roads and shops. */
    static final List<String> STREET_WORDS = List.of("清河", "望江", "文澜");
    static final int COMMUNITIES_PER_STREET = 3;
    static final int GRIDS_PER_COMMUNITY = 4;

    private static final String NUMERALS = "一二三四五六七八九";

    private final Area district;
    private final List<Area> streets = new ArrayList<>();
    private final List<Area> communities = new ArrayList<>();
    private final List<Area> grids = new ArrayList<>();

    DemoAreas() {
        AreaId districtId = new AreaId(DISTRICT_CODE);
        district = new Area(districtId, AreaLevel.DISTRICT, DISTRICT_NAME, null);
        for (int s = 0; s < STREET_WORDS.size(); s++) {
            String word = STREET_WORDS.get(s);
            Area street = new Area(districtId.child("%03d".formatted(s + 1)), AreaLevel.STREET, word + "街道", districtId);
            streets.add(street);
            for (int c = 0; c < COMMUNITIES_PER_STREET; c++) {
                Area community = new Area(street.id().child("%03d".formatted(c + 1)), AreaLevel.COMMUNITY,
                        word + NUMERALS.charAt(c) + "社区", street.id());
                communities.add(community);
                for (int g = 0; g < GRIDS_PER_COMMUNITY; g++) {
                    grids.add(new Area(community.id().child("%02d".formatted(g + 1)), AreaLevel.GRID,
                            "第" + (g + 1) + "网格", community.id()));
                }
            }
        }
    }

    /** All areas, top down: the district, the streets, the communities, the grids. */
    List<Area> all() {
        List<Area> all = new ArrayList<>();
        all.add(district);
        all.addAll(streets);
        all.addAll(communities);
        all.addAll(grids);
        return all;
    }

    List<Area> streets() {
        return List.copyOf(streets);
    }

    List<Area> communities() {
        return List.copyOf(communities);
    }

    List<Area> grids() {
        return List.copyOf(grids);
    }

    List<AreaId> gridIds() {
        return grids.stream().map(Area::id).toList();
    }

    /** The street an area lies in (0-based), from its id. */
    int streetIndex(AreaId area) {
        for (int s = 0; s < streets.size(); s++) {
            if (area.isWithin(streets.get(s).id())) {
                return s;
            }
        }
        throw new IllegalArgumentException(area + " is not in a demo street");
    }

    /** The community an area lies in (0-based over the whole district), from its id. */
    int communityIndex(AreaId area) {
        for (int c = 0; c < communities.size(); c++) {
            if (area.isWithin(communities.get(c).id())) {
                return c;
            }
        }
        throw new IllegalArgumentException(area + " is not in a demo community");
    }

    /** The position of a grid within its community (0-based). */
    int gridInCommunity(AreaId grid) {
        String v = grid.value();
        return Integer.parseInt(v.substring(v.lastIndexOf('.') + 1)) - 1;
    }

    String streetWord(AreaId area) {
        return STREET_WORDS.get(streetIndex(area));
    }
}
