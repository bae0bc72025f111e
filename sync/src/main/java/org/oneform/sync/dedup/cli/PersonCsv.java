package org.oneform.sync.dedup.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.oneform.sync.dedup.PersonRecord;
import org.oneform.sync.dedup.RecordId;
import org.oneform.sync.dedup.synth.SyntheticRecord;

/**
 * The CSV files of the evaluation command, UTF-8 with a header: person records
 * ({@code record_id,name,gender,birth_date,id_number,phone,address} and an optional {@code true_cluster})
 * in, {@code record_id,cluster_id} out.
 */
final class PersonCsv {

    static final String[] HEADER = {"record_id", "name", "gender", "birth_date", "id_number", "phone", "address"};
    static final String TRUTH = "true_cluster";

    /** One input row: the record and its true cluster, or null when the file has none. */
    record Row(PersonRecord record, String truth) {
    }

    private PersonCsv() {
    }

    static List<Row> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); var parser = format.parse(in)) {
            for (String column : HEADER) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(file + ": missing column " + column + " (need "
                            + String.join(",", HEADER) + "[," + TRUTH + "])");
                }
            }
            boolean truth = parser.getHeaderMap().containsKey(TRUTH);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                PersonRecord p = new PersonRecord(new RecordId(r.get("record_id")), r.get("name"), r.get("gender"),
                        r.get("birth_date"), r.get("id_number"), r.get("phone"), r.get("address"));
                rows.add(new Row(p, truth ? r.get(TRUTH) : null));
            }
            return rows;
        }
    }

    static void writeClusters(Path file, List<String[]> recordAndCluster) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("record_id", "cluster_id").get().print(out)) {
            for (String[] row : recordAndCluster) {
                printer.printRecord((Object[]) row);
            }
        }
    }

    static void writeSynthetic(Path file, List<SyntheticRecord> records) throws IOException {
        String[] header = new String[HEADER.length + 1];
        System.arraycopy(HEADER, 0, header, 0, HEADER.length);
        header[HEADER.length] = TRUTH;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header).get().print(out)) {
            for (SyntheticRecord r : records) {
                printer.printRecord(r.recordId(), r.name(), r.gender(), r.birthDate(), r.idNumber(), r.phone(),
                        r.address(), r.trueCluster());
            }
        }
    }
}
