package org.oneform.sync.dedup.synth;

/** A household's home: street, community, estate, building, unit, floor and room on the floor. */
record Dwelling(String street, String community, String estate, int building, int unit, int floor, int room) {
}
