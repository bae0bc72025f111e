package org.oneform.sync.roster.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A roster shelf as one byte array that the apply loop appends to: records of (subject id, grid, ledger sequence),
 * a later record of a subject replacing an earlier one, an empty grid taking the subject out. One persisted object
 * per shelf instead of a key and an entry per subject
 * (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md).
 */
public final class RosterShelfCodec {

    /** A subject's place on a shelf: its grid ({@code ""} when it was taken out) and the sequence of its last change. */
    public record Entry(String grid, long seq) {
    }

    private RosterShelfCodec() {
    }

    /** The shelf with one more record after what it held ({@code shelf} null for a new one); a new array. */
    public static byte[] append(byte[] shelf, String subject, String grid, long seq) {
        var bytes = new ByteArrayOutputStream((shelf == null ? 0 : shelf.length) + 48);
        if (shelf != null) {
            bytes.writeBytes(shelf);
        }
        write(new DataOutputStream(bytes), subject, grid, seq);
        return bytes.toByteArray();
    }

    /** The shelf's subjects with their latest record, in first-appended order, taken-out ones included. */
    public static Map<String, Entry> read(byte[] shelf) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        var in = new DataInputStream(new ByteArrayInputStream(shelf));
        try {
            while (in.available() > 0) {
                entries.put(in.readUTF(), new Entry(in.readUTF(), in.readLong()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** How many records the shelf holds, superseded ones included. */
    public static int records(byte[] shelf) {
        var in = new DataInputStream(new ByteArrayInputStream(shelf));
        int records = 0;
        try {
            while (in.available() > 0) {
                in.skipBytes(in.readUnsignedShort());
                in.skipBytes(in.readUnsignedShort());
                in.readLong();
                records++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** A shelf holding only the latest record of each subject still on it. */
    public static byte[] compact(Map<String, Entry> entries) {
        var bytes = new ByteArrayOutputStream(entries.size() * 40);
        var out = new DataOutputStream(bytes);
        entries.forEach((subject, entry) -> {
            if (!entry.grid().isEmpty()) {
                write(out, subject, entry.grid(), entry.seq());
            }
        });
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, String subject, String grid, long seq) {
        try {
            out.writeUTF(subject);
            out.writeUTF(grid);
            out.writeLong(seq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
