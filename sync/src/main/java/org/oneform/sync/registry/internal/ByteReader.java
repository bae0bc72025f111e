package org.oneform.sync.registry.internal;

import java.nio.charset.StandardCharsets;

/** Reads what {@link ByteWriter} wrote. */
final class ByteReader {

    private final byte[] buf;
    private int pos;

    ByteReader(byte[] buf) {
        this.buf = buf;
    }

    boolean hasMore() {
        return pos < buf.length;
    }

    byte readByte() {
        return buf[pos++];
    }

    long readVarLong() {
        long v = 0;
        int shift = 0;
        byte b;
        do {
            b = buf[pos++];
            v |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return v;
    }

    String readString() {
        int length = (int) readVarLong();
        String s = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }
}
