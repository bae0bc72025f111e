package org.oneform.app.demo;

/** A household member's relation to the head, with its catalog code ({@code resident.relation_to_head}). */
enum Relation {
    HEAD("head"),
    SPOUSE("spouse"),
    CHILD("child"),
    PARENT("parent"),
    GRANDCHILD("grandchild"),
    SIBLING("sibling"),
    /** Anyone else, including a child's spouse (儿媳, 女婿). */
    OTHER("other");

    private final String code;

    Relation(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
