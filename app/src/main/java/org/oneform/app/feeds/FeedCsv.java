package org.oneform.app.feeds;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pull API's CSV: one row per stored JSON line, written straight from Jackson's streaming parser into the
 * output. The cells of a row are copied from the parser's buffer into one reused char array (no string per value,
 * no tree, no row object), and parsing stops once the columns are filled — the provenance and purposes that follow
 * them in every stored line are never read. The quoting is Commons CSV's {@code RFC4180} with its minimal quote
 * mode, character for character (a test compares the two), written here because it runs for every cell of a
 * million-row pull; the department exports, which are not this hot, use Commons CSV itself. See
 * docs/decisions/0034-feed-csv-and-webhook-replay.md and the feed pull section of docs/benchmarks.md.
 */
final class FeedCsv {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The columns before the department's fields, and the JSON properties they come from. */
    private static final List<String> FIXED = List.of("delivery_id", "subject", "change", "at", "changed");
    private static final int FIELDS = 5;
    private static final int CHANGED = 4;
    private static final int FLUSH_AT = 32 * 1024;

    private final Writer out;
    private final Map<String, Integer> column = new HashMap<>();
    private final int columns;
    private final int[] start;
    private final int[] length;
    private char[] cells = new char[2048];
    private int used;
    /** The output: rows are written to {@link #out} in chunks of about {@link #FLUSH_AT} chars, not cell by cell. */
    private char[] row = new char[FLUSH_AT + 4096];
    private int written;

    /** Writes the header row: the fixed columns, then {@code fields} (the department's granted fields). */
    FeedCsv(Writer out, List<String> fields) throws IOException {
        this.out = out;
        this.columns = FIXED.size() + fields.size();
        this.start = new int[columns];
        this.length = new int[columns];
        for (int i = 0; i < fields.size(); i++) {
            column.putIfAbsent(fields.get(i), FIELDS + i);
        }
        for (int i = 0; i < columns; i++) {
            String name = i < FIELDS ? FIXED.get(i) : fields.get(i - FIELDS);
            start[i] = used;
            length[i] = name.length();
            ensure(name.length());
            name.getChars(0, name.length(), cells, used);
            used += name.length();
        }
        writeRow();
    }

    /** Writes the row of one stored JSON line ({@code DeliveryStore}'s format). */
    void row(String json) throws IOException {
        used = 0;
        Arrays.fill(length, 0);
        boolean fields = false;
        boolean changed = false;
        int fixed = 0;
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken(); // {
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                int at = switch (name) {
                    case "deliveryId" -> 0;
                    case "subject" -> 1;
                    case "change" -> 2;
                    case "at" -> 3;
                    default -> -1;
                };
                if (at >= 0) {
                    cell(at, parser);
                    fixed++;
                } else if (name.equals("fields")) {
                    for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                        parser.nextToken();
                        Integer to = column.get(field);
                        if (to != null) {
                            cell(to, parser);
                        } else if (parser.currentToken().isStructStart()) {
                            parser.skipChildren();
                        }
                    }
                    fields = true;
                } else if (name.equals("changed")) {
                    start[CHANGED] = used;
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        if (used > start[CHANGED]) {
                            ensure(1);
                            cells[used++] = ' ';
                        }
                        append(parser);
                    }
                    length[CHANGED] = used - start[CHANGED];
                    changed = true;
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                }
                if (fields && changed && fixed == 4) {
                    break; // the rest of the line (provenance, purposes, source) has no column
                }
            }
        }
        writeRow();
    }

    /** Writes what is buffered to the writer and flushes it. */
    void flush() throws IOException {
        out.write(row, 0, written);
        written = 0;
        out.flush();
    }

    private void cell(int at, JsonParser parser) {
        start[at] = used;
        append(parser);
        length[at] = used - start[at];
    }

    private void append(JsonParser parser) {
        int n = parser.getStringLength();
        ensure(n);
        System.arraycopy(parser.getStringCharacters(), parser.getStringOffset(), cells, used, n);
        used += n;
    }

    private void ensure(int more) {
        if (used + more > cells.length) {
            cells = Arrays.copyOf(cells, Math.max(cells.length * 2, used + more));
        }
    }

    private void writeRow() throws IOException {
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                put(',');
            }
            write(start[i], length[i], i == 0);
        }
        put('\r');
        put('\n');
        if (written >= FLUSH_AT) {
            out.write(row, 0, written);
            written = 0;
        }
    }

    /** One cell, quoted exactly when Commons CSV's minimal quote mode would quote it. */
    private void write(int from, int n, boolean first) {
        if (n == 0) {
            if (first) {
                put('"');
                put('"');
            }
            return;
        }
        int end = from + n;
        boolean quote = cells[from] <= '#' || cells[end - 1] <= ' ';
        for (int i = from; i < end && !quote; i++) {
            char c = cells[i];
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            put(from, n);
            return;
        }
        put('"');
        for (int i = from; i < end; i++) {
            if (cells[i] == '"') {
                put('"'); // doubled
            }
            put(cells[i]);
        }
        put('"');
    }

    private void put(char c) {
        if (written == row.length) {
            row = Arrays.copyOf(row, row.length * 2);
        }
        row[written++] = c;
    }

    private void put(int from, int n) {
        if (written + n > row.length) {
            row = Arrays.copyOf(row, Math.max(row.length * 2, written + n));
        }
        System.arraycopy(cells, from, row, written, n);
        written += n;
    }
}
