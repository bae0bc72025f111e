/**
 * The registry's persisted form: {@link org.oneform.sync.registry.internal.RecordCodec} turns a golden record into
 * the one byte array the registry stores for it, and back
 * (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md). Only {@code Registry} uses it.
 */
package org.oneform.sync.registry.internal;
