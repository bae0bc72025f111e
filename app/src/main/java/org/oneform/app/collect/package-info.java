/**
 * The collector's HTTP door, {@code /api/sync/v1} (DESIGN.md §6): device sessions with bearer tokens
 * (revocable, stored hashed), batch and single submission upload with a result per item, resumable
 * content-addressed attachment upload, and receipts; the worker's download (their grids as deltas since a
 * signed cursor, with prefill, removals and returns — {@link org.oneform.app.collect.Downloads}, decision 0012),
 * device status reports ({@link org.oneform.app.collect.DeviceReports}, read by the supervisor dashboard) and the
 * online roster search in the worker's grids. Wire formats are records mapped from sync's domain
 * with MapStruct ({@link org.oneform.app.collect.SyncWireMapper}), so the domain can change without
 * breaking devices in the field. Problems are typed RFC 9457 documents ({@link
 * org.oneform.app.collect.SyncProblem}). Documented with OpenAPI at {@code /v3/api-docs}.
 */
package org.oneform.app.collect;
