package org.oneform.sync.dedup.synth;

import java.time.LocalDate;

/** One true person of the synthetic population, with clean values; {@code phone} may be null (a child without one). */
record Person(String cluster, String name, boolean male, LocalDate birth, String idNumber, String phone, Dwelling home) {
}
