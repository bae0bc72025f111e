package org.oneform.sync.registry;

import java.util.HashMap;
import java.util.Map;

import org.oneform.sync.area.AreaId;

/** Persisted holder of the registry. Only {@link Registry} reads or changes it, under its lock. */
public final class RegistryData {

    /** Golden records per grid; each grid's map is stored on its own. */
    final Map<AreaId, HashMap<SubjectId, GoldenRecord>> grids = new HashMap<>();

    /**
     * The subject each applied submission went to, per grid of the subject, so an edit that names the
     * submission it supersedes finds its subject. Stored per grid like the records.
     */
    Map<AreaId, HashMap<String, SubjectId>> submissions = new HashMap<>();

    /**
     * Where every record lives, so a lookup by id needs no scan. Not persisted (a million entries would be
     * rewritten on every change): {@link Registry} rebuilds it from {@link #grids} when it opens.
     */
    transient HashMap<SubjectId, AreaId> gridOf;

    /** The last intake ledger sequence applied to the registry. */
    long lastAppliedSeq;

    /** The last number given to a new resident, household and place id ({@code R00012345}). */
    long lastResident;
    long lastHousehold;
    long lastPlace;

    /** The deterministic baseline the registry was seeded from (e.g. {@code demo-city:seed=20261122}), or null. */
    String baseline;
}
