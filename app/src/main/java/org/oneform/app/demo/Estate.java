package org.oneform.app.demo;

/**
 * A residential estate (小区) and the shape of its buildings: a 1980s 新村 of six-storey walk-ups with
 * two flats per landing, or a modern 家园 of high-rises.
 */
record Estate(String name, int floors, int unitsPerBuilding, int doorsPerFloor) {

    int flatsPerBuilding() {
        return floors * unitsPerBuilding * doorsPerFloor;
    }
}
