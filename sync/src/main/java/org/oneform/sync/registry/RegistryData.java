package org.oneform.sync.registry;

import java.util.HashMap;
import java.util.Map;

import org.oneform.sync.area.AreaId;

/** Persisted holder of the registry. Only {@link Registry} reads or changes it, under its lock. */
public final class RegistryData {

    /** Golden records per grid; each grid's map is stored on its own. */
    final Map<AreaId, HashMap<SubjectId, GoldenRecord>> grids = new HashMap<>();

    /** Where every record lives, so a lookup by id needs no scan. */
    final HashMap<SubjectId, AreaId> gridOf = new HashMap<>();

    /** The last intake ledger sequence applied to the registry. */
    long lastAppliedSeq;

    /** The deterministic baseline the registry was seeded from (e.g. {@code demo-city:seed=20261122}), or null. */
    String baseline;
}
