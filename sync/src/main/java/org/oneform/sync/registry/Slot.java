package org.oneform.sync.registry;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.internal.RecordCodec;

/**
 * A record in the registry's in-memory views: what the views need to place it (type and grid) and its persisted
 * bytes, decoded on the first read and kept (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md):
 * a start reads only each record's header. Readers may decode one record at the same time; the records they make
 * are equal and either may be kept.
 */
final class Slot {

    final SubjectId id;
    final SubjectType type;
    final AreaId grid;
    private final byte[] bytes;
    private volatile GoldenRecord record;

    /** A record just put: decoded already. */
    Slot(GoldenRecord record, byte[] bytes) {
        this.id = record.id();
        this.type = record.type();
        this.grid = record.grid();
        this.bytes = bytes;
        this.record = record;
    }

    /** A record read at open: only its header. */
    Slot(SubjectId id, RecordCodec.Header header, byte[] bytes) {
        this.id = id;
        this.type = header.type();
        this.grid = header.grid();
        this.bytes = bytes;
    }

    GoldenRecord record(RecordCodec codec) {
        GoldenRecord decoded = record;
        if (decoded == null) {
            decoded = codec.decode(id, bytes);
            record = decoded;
        }
        return decoded;
    }
}
