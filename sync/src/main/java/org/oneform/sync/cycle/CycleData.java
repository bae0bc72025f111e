package org.oneform.sync.cycle;

import java.util.ArrayList;

/** Persisted holder of the cycle definitions. Only {@link Cycles} reads or changes it, under its lock. */
public final class CycleData {

    final ArrayList<Cycle> cycles = new ArrayList<>();

    /** The number of the last cycle id given. */
    long lastNumber;
}
