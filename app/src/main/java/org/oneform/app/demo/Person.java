package org.oneform.app.demo;

import java.time.LocalDate;
import java.time.Period;

/** A resident as planned, before an ID number and a phone are issued. */
record Person(String surname, String given, Gender gender, LocalDate birthDate, Relation relation, String ethnicity) {

    String name() {
        return surname + given;
    }

    int age(LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    /** The same person with another given name and birth date (for planting namesakes). */
    Person renamed(String newGiven, LocalDate newBirthDate) {
        return new Person(surname, newGiven, gender, newBirthDate, relation, ethnicity);
    }
}
