package org.oneform.sync.registry.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.SubjectId;

/**
 * A golden record as one byte array, the form the registry persists: one Eclipse Store entity per record instead
 * of a graph of ~20–26 (record, maps, values, provenances, instants, strings), which Eclipse Store loaded and kept
 * bookkeeping for one by one at every start (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md).
 *
 * <p>Layout (version 1): the version byte, the type's key, the grid, then a table of the record's distinct
 * provenances (values collected by one submission share one), then the current fields and the history, each value
 * naming its provenance by its place in the table. Numbers are variable-length, strings UTF-8 with their length.
 * Decoding shares one instance per grid, and the record's constructor one per field id and worker name.
 */
public final class RecordCodec {

    private static final byte VERSION = 1;

    private final Map<String, AreaId> grids = new ConcurrentHashMap<>();

    /** The record's bytes. */
    public byte[] encode(GoldenRecord record) {
        var out = new ByteWriter(256);
        out.writeByte(VERSION);
        out.writeString(record.type().key());
        out.writeString(record.grid().value());
        Map<Provenance, Integer> provenances = new HashMap<>();
        List<Provenance> table = new ArrayList<>();
        record.fields().values().forEach(v -> number(v.provenance(), provenances, table));
        record.history().values().forEach(values -> values.forEach(v -> number(v.provenance(), provenances, table)));
        out.writeVarLong(table.size());
        for (Provenance p : table) {
            out.writeString(p.source());
            out.writeString(p.collectedBy());
            out.writeVarLong(zigZag(p.collectedAt().getEpochSecond()));
            out.writeVarLong(p.collectedAt().getNano());
            out.writeVarLong(zigZag(p.ledgerSeq()));
            out.writeVarLong(zigZag(p.formVersion()));
        }
        out.writeVarLong(record.fields().size());
        record.fields().forEach((field, value) -> {
            out.writeString(field);
            writeValue(out, value, provenances);
        });
        out.writeVarLong(record.history().size());
        record.history().forEach((field, values) -> {
            out.writeString(field);
            out.writeVarLong(values.size());
            values.forEach(value -> writeValue(out, value, provenances));
        });
        return out.bytes();
    }

    /** What a record's bytes say first: enough to place it in the registry's views without decoding it. */
    public record Header(SubjectType type, AreaId grid) {
    }

    /** The type and grid of the record whose bytes these are, without decoding the rest. */
    public Header header(byte[] bytes) {
        var in = new ByteReader(bytes);
        byte version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("unknown persisted record version " + version);
        }
        return new Header(type(in.readString()), grids.computeIfAbsent(in.readString(), AreaId::new));
    }

    /** The record whose bytes these are; {@code id} is the key it is kept under. */
    public GoldenRecord decode(SubjectId id, byte[] bytes) {
        var in = new ByteReader(bytes);
        byte version = in.readByte();
        if (version != VERSION) {
            throw new IllegalStateException("record " + id + ": unknown persisted version " + version);
        }
        SubjectType type = type(in.readString());
        AreaId grid = grids.computeIfAbsent(in.readString(), AreaId::new);
        Provenance[] table = new Provenance[(int) in.readVarLong()];
        for (int i = 0; i < table.length; i++) {
            String source = in.readString();
            String collectedBy = in.readString();
            Instant collectedAt = Instant.ofEpochSecond(unZigZag(in.readVarLong()), in.readVarLong());
            table[i] = new Provenance(source, collectedBy, collectedAt, unZigZag(in.readVarLong()), (int) unZigZag(in.readVarLong()));
        }
        int fieldCount = (int) in.readVarLong();
        Map<String, FieldValue> fields = new LinkedHashMap<>(fieldCount * 4 / 3 + 1);
        for (int i = 0; i < fieldCount; i++) {
            fields.put(in.readString(), readValue(in, table));
        }
        int historyCount = (int) in.readVarLong();
        Map<String, List<FieldValue>> history = historyCount == 0 ? Map.of() : new LinkedHashMap<>();
        for (int i = 0; i < historyCount; i++) {
            String field = in.readString();
            int n = (int) in.readVarLong();
            List<FieldValue> values = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                values.add(readValue(in, table));
            }
            history.put(field, values);
        }
        return new GoldenRecord(id, type, grid, fields, history);
    }

    /** Gives each distinct provenance its place in the table (equal ones share one: the record stays equal). */
    private static void number(Provenance p, Map<Provenance, Integer> numbers, List<Provenance> table) {
        if (numbers.putIfAbsent(p, table.size()) == null) {
            table.add(p);
        }
    }

    private static void writeValue(ByteWriter out, FieldValue value, Map<Provenance, Integer> provenances) {
        out.writeString(value.value());
        out.writeVarLong(provenances.get(value.provenance()));
        out.writeVarLong(zigZag(value.valueSeq()));
    }

    private static FieldValue readValue(ByteReader in, Provenance[] table) {
        String value = in.readString();
        Provenance provenance = table[(int) in.readVarLong()];
        return new FieldValue(value, provenance, unZigZag(in.readVarLong()));
    }

    private static SubjectType type(String key) {
        for (SubjectType type : SubjectType.values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        throw new IllegalStateException("unknown subject type " + key);
    }

    private static long zigZag(long n) {
        return (n << 1) ^ (n >> 63);
    }

    private static long unZigZag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }
}
