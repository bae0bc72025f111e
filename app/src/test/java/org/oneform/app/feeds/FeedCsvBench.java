package org.oneform.app.feeds;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pull API's writing of a page, alone, in CPU time of the writing thread: the CSV writer before
 * 2026-12-03 15:00 (Commons CSV fed by Jackson's streaming parser, kept here verbatim as the baseline), the
 * current {@link FeedCsv}, and JSON lines (the stored line as it is), over the same lines shaped like FeedBench's
 * (1.7 KB, 16 resident fields, provenance, purposes). The three alternate round after round, so a loaded machine
 * slows them alike; the report is CPU nanoseconds per row and the ratios. Not a test: run it with
 * {@code java -cp app/target/test-classes:app/target/classes:<test classpath> org.oneform.app.feeds.FeedCsvBench [rows] [rounds]}
 * (docs/benchmarks.md, feed pull).
 */
public final class FeedCsvBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            lines.add(payload(i));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[3];
        String[] names = {"csv before", "csv now", "jsonl"};
        for (int round = 0; round < rounds + 5; round++) {
            for (int which = 0; which < 3; which++) {
                var out = new Utf8Sink();
                long start = threads.getCurrentThreadCpuTime();
                switch (which) {
                    case 0 -> before(out, lines, FIELDS);
                    case 1 -> {
                        var csv = new FeedCsv(out, FIELDS);
                        for (String line : lines) {
                            csv.row(line);
                        }
                        csv.flush();
                    }
                    default -> {
                        for (String line : lines) {
                            out.write(line);
                            out.write('\n');
                        }
                    }
                }
                long spent = threads.getCurrentThreadCpuTime() - start;
                if (round >= 5) { // five rounds of warm-up
                    cpu[which] += spent;
                }
            }
        }
        System.out.printf("Feed page writing, %,d rows x %d rounds (after 5 warm-up rounds), CPU time of the writing thread:%n",
                rows, rounds);
        for (int which = 0; which < 3; which++) {
            double perRow = (double) cpu[which] / rounds / rows;
            System.out.printf("  %-10s %7.0f ns/row  = %,9.0f rows per CPU second%n", names[which], perRow, 1e9 / perRow);
        }
        System.out.printf("  csv before / csv now = %.2f;  csv now / jsonl = %.2f%n", (double) cpu[0] / cpu[1],
                (double) cpu[1] / cpu[2]);
    }

    /**
     * Like Tomcat's response writer: chars are copied into an 8 KiB char buffer, which is encoded to UTF-8 (array-backed,
     * the encoder's fast path) into a byte buffer whenever it fills; the bytes are then discarded. No lock.
     */
    private static final class Utf8Sink extends Writer {
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
        private long total;

        @Override
        public void write(char[] cbuf, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, chars.remaining());
                chars.put(cbuf, off, n);
                off += n;
                len -= n;
                if (!chars.hasRemaining()) {
                    encode();
                }
            }
        }

        @Override
        public void write(String s, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, chars.remaining());
                s.getChars(off, off + n, chars.array(), chars.position());
                chars.position(chars.position() + n);
                off += n;
                len -= n;
                if (!chars.hasRemaining()) {
                    encode();
                }
            }
        }

        @Override
        public void write(int c) {
            if (!chars.hasRemaining()) {
                encode();
            }
            chars.put((char) c);
        }

        private void encode() {
            chars.flip();
            encoder.encode(chars, bytes, false);
            total += bytes.position();
            bytes.clear();
            chars.compact();
        }

        @Override
        public void flush() {
            encode();
        }

        @Override
        public void close() {
        }
    }

    /** The CSV writer of FeedController before 2026-12-03 15:00, verbatim (the lines as strings). */
    private static void before(Writer out, List<String> lines, List<String> fields) throws IOException {
        List<String> header = new ArrayList<>(List.of("delivery_id", "subject", "change", "at", "changed"));
        header.addAll(fields);
        Map<String, Integer> column = new java.util.HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            column.put(fields.get(i), 5 + i);
        }
        var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        String[] cells = new String[header.size()];
        StringBuilder changed = new StringBuilder();
        for (String line : lines) {
            java.util.Arrays.fill(cells, "");
            changed.setLength(0);
            try (JsonParser parser = JSON.createParser(line)) {
                parser.nextToken(); // {
                for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                    JsonToken value = parser.nextToken();
                    switch (name) {
                        case "deliveryId" -> cells[0] = parser.getString();
                        case "subject" -> cells[1] = parser.getString();
                        case "change" -> cells[2] = parser.getString();
                        case "at" -> cells[3] = parser.getString();
                        case "changed" -> {
                            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                                changed.append(changed.isEmpty() ? "" : " ").append(parser.getString());
                            }
                        }
                        case "fields" -> {
                            for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                                parser.nextToken();
                                Integer at = column.get(field);
                                if (at != null) {
                                    cells[at] = parser.getString();
                                }
                            }
                        }
                        default -> {
                            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                                parser.skipChildren();
                            }
                        }
                    }
                }
            }
            cells[4] = changed.toString();
            csv.printRecord((Object[]) cells);
        }
        csv.flush();
    }


    private static final List<String> FIELDS = List.of("resident.name", "resident.gender", "resident.birth_date",
            "resident.id_number", "resident.ethnicity", "resident.phone", "resident.household_id", "resident.relation_to_head",
            "resident.marital_status", "resident.hukou_type", "resident.residence_status", "resident.self_care",
            "resident.assistance_status", "resident.monthly_income", "resident.emergency_contact_name",
            "resident.emergency_contact_phone");
    private static final String PURPOSE = "依据《社会救助暂行办法》《最低生活保障审核确认办法》，掌握辖区居民基本情况和社会救助对象，开展动态管理。";

    /** FeedBench's line (e2e-tests), the same values. */
    private static String payload(int i) {
        String id = String.format("%032x", i);
        String pseudonym = "S" + String.format("%024x", (long) i * 2654435761L);
        String change = i % 5 == 0 ? "created" : "updated";
        Instant at = Instant.parse("2026-12-01T02:00:00Z").plusMillis(i * 50L);
        String[] values = {"测试居民" + (i % 9973), i % 2 == 0 ? "male" : "female", "1960-01-" + String.format("%02d", 1 + i % 28),
                String.format("3301871960%08d", i % 100_000_000), "han", String.format("139%08d", i % 100_000_000),
                String.format("H%08d", i % 80_000), "head", "married", "agricultural", "resident", "yes", "none",
                Integer.toString(1500 + i % 3000), "测试联系人", String.format("138%08d", (i * 7) % 100_000_000)};
        StringBuilder json = new StringBuilder(900).append("{\"deliveryId\":\"").append(id).append("\",\"subject\":\"")
                .append(pseudonym).append("\",\"change\":\"").append(change).append("\",\"at\":\"").append(at)
                .append("\",\"fields\":{");
        for (int f = 0; f < FIELDS.size(); f++) {
            json.append(f == 0 ? "" : ",").append('"').append(FIELDS.get(f)).append("\":\"").append(values[f]).append('"');
        }
        json.append("},\"changed\":[\"resident.phone\"],\"collectedAt\":{");
        for (int f = 0; f < FIELDS.size(); f++) {
            json.append(f == 0 ? "" : ",").append('"').append(FIELDS.get(f)).append("\":\"").append(at).append('"');
        }
        return json.append("},\"purposes\":[\"").append(PURPOSE).append("\"],\"source\":\"apply\"}").toString();
    }
}
