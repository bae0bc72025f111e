/**
 * The registry of golden records (标准档案): one deduplicated record per resident, household and
 * place, keyed by catalog field ids ({@code resident.phone}) with field-level provenance.
 *
 * <p>Records are persisted on small shelves, each record as one compact byte array ({@code internal.RecordCodec},
 * docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md), so a change stores the shelves it
 * touched, not the whole registry (an Eclipse Store habit: store the changed collection, not the root), and a start
 * loads one object per record instead of its graph. In memory every record is an immutable {@code GoldenRecord}. The registry is a projection of the
 * intake ledger plus the deterministic baseline it was seeded with; {@link
 * org.oneform.sync.registry.Registry#lastAppliedSeq()} says how far it has caught up.
 *
 * <p>API: {@link org.oneform.sync.registry.Registry}, {@link org.oneform.sync.registry.GoldenRecord},
 * {@link org.oneform.sync.registry.SubjectId}, {@link org.oneform.sync.registry.FieldValue}, {@link
 * org.oneform.sync.registry.Provenance}. {@link org.oneform.sync.registry.RegistryData} is the persisted
 * holder; only {@code Registry} touches it.
 */
package org.oneform.sync.registry;
