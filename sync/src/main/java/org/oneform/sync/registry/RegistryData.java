package org.oneform.sync.registry;

import java.util.HashMap;
import java.util.Map;

import org.oneform.sync.area.AreaId;

/**
 * Persisted holder of the registry. Only {@link Registry} reads or changes it, under its lock.
 *
 * <p>Records and the submission index live on small "shelves" that are stored on their own, so that one
 * apply step stores a few maps of at most about a thousand entries, not every grid's whole map: storing a
 * map writes all its entries, and whole-grid maps made each step cost as much as the registry was large
 * (docs/decisions/0005-intake-ledger-and-apply-loop.md, item 9 "Shelves").
 */
public final class RegistryData {

    /**
     * The layout before shelves: golden records per grid. Read once to move them onto shelves, then empty.
     * Kept so that stores written before shelves open (Eclipse Store maps persisted fields by name).
     */
    final Map<AreaId, HashMap<SubjectId, GoldenRecord>> grids = new HashMap<>();

    /** The layout before shelves: submission id → subject, per grid. Emptied like {@link #grids}. */
    Map<AreaId, HashMap<String, SubjectId>> submissions = new HashMap<>();

    /**
     * The layout before compact records: golden records as object graphs, by shelf. Read once to move them into
     * {@link #records}, then emptied. Kept so that stores written before decision 0042 open.
     */
    HashMap<String, HashMap<SubjectId, GoldenRecord>> shelves = new HashMap<>();

    /** The layout before compact records: submission id → subject, by shelf. Moved into {@link #subjects}, then emptied. */
    HashMap<Long, HashMap<String, SubjectId>> submissionShelves = new HashMap<>();

    /**
     * Golden records by shelf ({@code R12} holds residents R00012288..R00013311, {@link SubjectId#shelf}), each
     * kept under its id as one compact byte array ({@code RecordCodec}): one persisted object per record, not a
     * graph of ~20–26 (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md). Null in a store
     * written before; {@link Registry} makes it and moves {@link #shelves} into it.
     */
    HashMap<String, HashMap<String, byte[]>> records = new HashMap<>();

    /**
     * The subject each applied submission went to, so an edit that names the submission it supersedes finds its
     * subject: on shelves by the ledger sequence of the step that applied it, each shelf one byte array of
     * (submission id, subject id) pairs that each step appends to ({@code SubmissionShelfCodec}). Null in a store
     * written before decision 0042.
     */
    HashMap<Long, byte[]> subjects = new HashMap<>();

    /** The records of each grid: not persisted, {@link Registry} builds it from {@link #records} on open. */
    transient HashMap<AreaId, HashMap<SubjectId, Slot>> byGrid;

    /** Where every record lives: not persisted, built on open. */
    transient HashMap<SubjectId, AreaId> gridOf;

    /** Submission id → subject over all of {@link #subjects}: not persisted, built on open. */
    transient HashMap<String, SubjectId> subjectOf;

    /** The last intake ledger sequence applied to the registry. */
    long lastAppliedSeq;

    /** The last number given to a new resident, household and place id ({@code R00012345}). */
    long lastResident;
    long lastHousehold;
    long lastPlace;

    /** The deterministic baseline the registry was seeded from (e.g. {@code demo-city:seed=20261122}), or null. */
    String baseline;
}
