package org.oneform.sync.registry.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growing byte buffer for the registry's compact forms: variable-length numbers and UTF-8 strings. */
final class ByteWriter {

    private byte[] buf;
    private int size;

    ByteWriter(int capacity) {
        buf = new byte[capacity];
    }

    /** A writer that continues after {@code bytes} (an append-only form). */
    ByteWriter(byte[] bytes, int more) {
        buf = Arrays.copyOf(bytes, bytes.length + more);
        size = bytes.length;
    }

    void writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void writeVarLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    void writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarLong(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buf, size, utf8.length);
        size += utf8.length;
    }

    byte[] bytes() {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
