package org.oneform.app.demo;

/** A resident's gender with its catalog code ({@code resident.gender}). */
enum Gender {
    MALE("male"),
    FEMALE("female");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    Gender opposite() {
        return this == MALE ? FEMALE : MALE;
    }
}
