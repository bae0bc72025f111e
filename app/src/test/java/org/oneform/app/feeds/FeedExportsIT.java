package org.oneform.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.oneform.app.audit.AuditEvent;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.support.OneFormIntegrationTest;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.RequestId;
import org.oneform.sync.feeds.Backfill;
import org.oneform.sync.feeds.DeliveredRecord;
import org.oneform.sync.feeds.DeliveryFilter;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.feeds.Grant;
import org.oneform.sync.feeds.Subscriptions;
import org.oneform.sync.registry.Registry;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A department's backfill and exports against the whole application: a backfill of an approved request sends its
 * fields for the demo residents once, however often it runs; an export to Excel or CSV holds exactly the
 * selected deliveries, ID numbers and phones masked unless full values were asked for, and is audited.
 */
class FeedExportsIT extends OneFormIntegrationTest {

    private static final DepartmentCode HEALTH = new DepartmentCode("health");

    @Autowired
    FeedBackfills backfills;
    @Autowired
    FeedExports exports;
    @Autowired
    DeliveryStore deliveries;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Registry registry;
    @Autowired
    AuditLog audit;

    @Test
    void aBackfilledFeedExportsToExcelAndCsvMaskedUnlessAskedAndAudited() throws Exception {
        Grant identity = subscriptions.of(HEALTH).stream().filter(g -> g.subjectType() == SubjectType.RESIDENT)
                .filter(g -> g.fields().contains("resident.id_number") && g.filter().isEmpty()).findFirst().orElseThrow();
        long residents = registry.all().stream().filter(r -> r.type() == SubjectType.RESIDENT).count();

        var first = awaitDone(backfills.start(HEALTH, identity.request(), "health"));
        assertThat(first.considered()).isEqualTo(residents);
        assertThat(first.written()).isPositive().isEqualTo(first.matched());
        long delivered = deliveries.count(HEALTH);
        var again = awaitDone(backfills.start(HEALTH, identity.request(), "health"));
        assertThat(again.written()).as("a second backfill adds nothing").isZero();
        assertThat(deliveries.count(HEALTH)).isEqualTo(delivered);
        assertThatThrownBy(() -> backfills.start(HEALTH, new RequestId("REQ-NOT-THERE"), "health"))
                .isInstanceOf(IllegalArgumentException.class);
        Grant foreign = subscriptions.of(new DepartmentCode("public-security")).getFirst();
        assertThatThrownBy(() -> backfills.start(HEALTH, foreign.request(), "health"))
                .as("a department backfills only its own requests").isInstanceOf(IllegalArgumentException.class);

        var byIdNumber = new DeliveryFilter("resident.id_number", null, null);
        long selected = deliveries.count(HEALTH, byIdNumber);
        assertThat(selected).isGreaterThanOrEqualTo(first.written());
        List<long[]> progress = new ArrayList<>();
        var xlsx = exports.export(HEALTH, byIdNumber, ExportFormat.XLSX, false, "health", Locale.CHINA,
                (done, total) -> progress.add(new long[] {done, total}));
        try {
            assertThat(xlsx.rows()).isEqualTo(selected);
            assertThat(xlsx.fileName()).startsWith("oneform-health-").endsWith(".xlsx");
            assertThat(progress.getLast()).containsExactly(selected, selected);
            List<List<String>> sheet = readXlsx(xlsx);
            assertThat(sheet).hasSize(1 + (int) selected);
            List<String> header = sheet.getFirst();
            assertThat(header).startsWith("推送编号", "对象编号", "变更类型", "来源");
            int idColumn = header.indexOf(exports.label("resident.id_number", Locale.CHINA));
            int phoneColumn = header.indexOf(exports.label("resident.phone", Locale.CHINA));
            assertThat(idColumn).isPositive();
            assertThat(phoneColumn).isPositive();
            List<DeliveredRecord> expected = new ArrayList<>();
            deliveries.forEachDelivered(HEALTH, byIdNumber, 1000, expected::add);
            for (int i = 0; i < expected.size(); i++) {
                List<String> row = sheet.get(i + 1);
                DeliveredRecord delivery = expected.get(i);
                assertThat(row.getFirst()).isEqualTo(delivery.deliveryId());
                assertThat(row.get(1)).isEqualTo(delivery.subject()).doesNotStartWith("R");
                String idNumber = delivery.fields().get("resident.id_number");
                assertThat(cell(row, idColumn)).as("masked ID number").contains("****").isNotEqualTo(idNumber)
                        .endsWith(idNumber.substring(idNumber.length() - 4));
                String phone = delivery.fields().get("resident.phone");
                if (phone != null) {
                    assertThat(cell(row, phoneColumn)).contains("****").isNotEqualTo(phone);
                }
            }
            AuditEvent event = latest("feed-export");
            assertThat(event.actor()).isEqualTo("health");
            assertThat(event.subject()).isEqualTo("health");
            assertThat(event.detail()).contains("xlsx", selected + " rows", "masked", "field=resident.id_number");
        } finally {
            Files.deleteIfExists(xlsx.file());
        }

        var csv = exports.export(HEALTH, byIdNumber, ExportFormat.CSV, true, "health", Locale.CHINA, (d, t) -> { });
        try {
            String text = Files.readString(csv.file(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF推送编号");
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(text.substring(1))).getRecords();
            assertThat(records).hasSize((int) selected);
            String idLabel = exports.label("resident.id_number", Locale.CHINA);
            DeliveredRecord firstDelivery = deliveries.delivered(HEALTH, byIdNumber, (int) selected - 1, 1).getFirst();
            assertThat(records.getFirst().get(idLabel)).as("full values when asked")
                    .isEqualTo(firstDelivery.fields().get("resident.id_number"));
            assertThat(latest("feed-export").detail()).contains("csv", selected + " rows", "full values");
        } finally {
            Files.deleteIfExists(csv.file());
        }

        var nothing = exports.export(HEALTH, new DeliveryFilter(null, Instant.now().plus(Duration.ofDays(2)), null),
                ExportFormat.XLSX, false, "health", Locale.ENGLISH, (d, t) -> { });
        try {
            List<List<String>> empty = readXlsx(nothing);
            assertThat(empty).hasSize(1);
            assertThat(empty.getFirst()).startsWith("Delivery id", "Subject");
        } finally {
            Files.deleteIfExists(nothing.file());
        }
    }

    private Backfill.Result awaitDone(FeedBackfills.Job job) throws InterruptedException {
        for (int i = 0; i < 600 && job.running(); i++) {
            Thread.sleep(100);
        }
        assertThat(job.failed()).isFalse();
        return job.result().orElseThrow();
    }

    private AuditEvent latest(String action) {
        return audit.latest(50).stream().filter(e -> e.action().equals(action)).findFirst().orElseThrow();
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static List<List<String>> readXlsx(FeedExports.Export export) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(export.file()); var workbook = new ReadableWorkbook(in);
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                rows.add(cells);
            });
        }
        return rows;
    }
}
