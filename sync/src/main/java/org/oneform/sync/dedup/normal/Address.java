package org.oneform.sync.dedup.normal;

/**
 * A residential address split into its components, each normalised ("" when absent): the district (区),
 * street (街道/镇/乡), community (社区), estate (小区 name, without a trailing 小区), building, unit and room
 * as plain numbers (3栋 / 3幢 / 3号楼 / 三栋 → {@code 3}; 501 / 501室 / 5-01 / 5楼01 → {@code 501}).
 * {@code compact} is the whole normalised text, for addresses the parser could not split.
 *
 * @see AddressParser
 */
public record Address(String district, String street, String community, String estate, String building,
                      String unit, String room, String compact) {

    /** Estate, building, unit and room are all known. */
    public boolean hasDwelling() {
        return !estate.isEmpty() && !building.isEmpty() && !room.isEmpty();
    }

    /** The dwelling as one key ({@code 春晖苑|3|2|501}), or "" when it is not fully known. */
    public String dwellingKey() {
        return hasDwelling() ? estate + '|' + building + '|' + unit + '|' + room : "";
    }

    /** The estate and building as one key, or "" when either is unknown. */
    public String buildingKey() {
        return estate.isEmpty() || building.isEmpty() ? "" : estate + '|' + building;
    }
}
