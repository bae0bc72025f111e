package org.oneform.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pull API's CSV writer against Commons CSV: for stored lines with every awkward value (commas, quotes, line
 * breaks, leading {@code #} and spaces, trailing spaces, empty and missing values, Chinese, fields the department
 * was never granted) the output is byte for byte what Commons CSV's RFC 4180 printer writes for the same cells,
 * and it parses back to exactly the values of the line.
 */
class FeedCsvTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIELDS = List.of("resident.name", "resident.phone", "resident.note", "resident.address");
    private static final List<String> AWKWARD = List.of("", " ", "a", "王小明", "a,b", "say \"hi\"", "\"", "\"\"", "line\nbreak",
            "cr\rhere", "#hash", "!bang", " lead", "trail ", "tab\t", "x\u0001", "13905710077", "杭州市,余杭区 \"清河\"家园",
            "end\"", "a\r\nb", "$", "~tilde");

    @Test
    void writesWhatCommonsCsvWritesForEveryAwkwardValue() throws IOException {
        Random random = new Random(20261203);
        List<String> lines = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            // the stored order differs from the column order; some fields are missing, one was never granted
            List<String> order = new ArrayList<>(FIELDS);
            java.util.Collections.shuffle(order, random);
            for (String f : order) {
                if (random.nextInt(5) > 0) {
                    fields.put(f, AWKWARD.get(random.nextInt(AWKWARD.size())));
                }
            }
            List<String> changed = fields.keySet().stream().filter(f -> random.nextBoolean()).sorted().toList();
            fields.put("resident.secret", "never a column");
            String id = i % 7 == 0 ? "" : String.format("%032x", i);
            String subject = AWKWARD.get(random.nextInt(AWKWARD.size()));
            lines.add(line(id, subject, i % 3 == 0 ? "created" : "updated", "2026-12-03T08:00:0" + (i % 10) + "Z", fields, changed));
            List<String> cells = new ArrayList<>(List.of(id, subject, i % 3 == 0 ? "created" : "updated",
                    "2026-12-03T08:00:0" + (i % 10) + "Z", String.join(" ", changed)));
            FIELDS.forEach(f -> cells.add(fields.getOrDefault(f, "")));
            expected.add(cells);
        }

        var mine = new StringWriter();
        var csv = new FeedCsv(mine, FIELDS);
        for (String line : lines) {
            csv.row(line);
        }
        csv.flush();

        var theirs = new StringWriter();
        List<String> header = new ArrayList<>(List.of("delivery_id", "subject", "change", "at", "changed"));
        header.addAll(FIELDS);
        try (var printer = new CSVPrinter(theirs, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> cells : expected) {
                printer.printRecord(cells);
            }
        }
        assertThat(mine.toString()).isEqualTo(theirs.toString());

        List<CSVRecord> parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(mine.toString())).getRecords();
        assertThat(parsed).hasSize(lines.size());
        for (int i = 0; i < parsed.size(); i++) {
            assertThat(parsed.get(i).toList()).as("row %d", i).isEqualTo(expected.get(i));
        }
        assertThat(mine.toString()).doesNotContain("never a column", "resident.secret");
    }

    @Test
    void aLineWithoutTheUsualPropertiesStillMakesARow() throws IOException {
        var out = new StringWriter();
        var csv = new FeedCsv(out, FIELDS);
        csv.row("{\"source\":\"apply\",\"fields\":{\"resident.name\":\"李四\"},\"deliveryId\":\"d1\"}");
        csv.flush();
        assertThat(out.toString().lines().toList()).containsExactly(
                "delivery_id,subject,change,at,changed,resident.name,resident.phone,resident.note,resident.address",
                "d1,,,,,李四,,,");
    }

    /** A line as DeliveryStore writes it: the columns first, then provenance, purposes and source. */
    private static String line(String id, String subject, String change, String at, Map<String, String> fields,
                               List<String> changed) {
        var out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("deliveryId", id);
            g.writeStringProperty("subject", subject);
            g.writeStringProperty("change", change);
            g.writeStringProperty("at", at);
            g.writeObjectPropertyStart("fields");
            fields.forEach(g::writeStringProperty);
            g.writeEndObject();
            g.writeArrayPropertyStart("changed");
            changed.forEach(g::writeString);
            g.writeEndArray();
            g.writeObjectPropertyStart("collectedAt");
            fields.keySet().forEach(f -> g.writeStringProperty(f, at));
            g.writeEndObject();
            g.writeArrayPropertyStart("purposes");
            g.writeString("测试用途, \"引号\"");
            g.writeEndArray();
            g.writeStringProperty("source", "apply");
            g.writeEndObject();
        }
        return out.toString();
    }
}
