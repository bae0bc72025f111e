package org.oneform.app.feeds;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.oneform.app.audit.AuditLog;
import org.oneform.app.privacy.Masking;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestState;
import org.oneform.sync.feeds.DeliveredRecord;
import org.oneform.sync.feeds.DeliveryFilter;
import org.oneform.sync.feeds.DeliveryStore;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/**
 * Exports a department's delivered records to Excel or CSV for its staff: streaming (read by keyset in pages,
 * written row by row, so a million rows never sit in memory), with progress, ID numbers and phones masked
 * unless the exporter asks for full values, and every export audited (who, department, rows, format, filter,
 * masked or not). Exports run on a small pool of their own, so they never hold up a request thread.
 * See docs/decisions/0008-feed-backfill-and-exports.md.
 */
@Service
public class FeedExports {

    /** A finished export: a temporary file the caller hands out and then deletes. */
    public record Export(Path file, String fileName, ExportFormat format, long rows) {
    }

    private static final int PAGE = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final DeliveryStore deliveries;
    private final FieldRequests requests;
    private final Catalog catalog;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("feed-export-", 1)
            .daemon().factory());

    FeedExports(DeliveryStore deliveries, FieldRequests requests, Catalog catalog, AuditLog audit,
                Clock clock) {
        this.deliveries = deliveries;
        this.requests = requests;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts an export in the background; {@code progress} hears (rows written, rows selected). */
    public CompletableFuture<Export> start(DepartmentCode department, DeliveryFilter filter, ExportFormat format,
                                           boolean reveal, String actor, Locale locale, BiConsumer<Long, Long> progress) {
        return CompletableFuture.supplyAsync(() -> export(department, filter, format, reveal, actor, locale, progress), pool);
    }

    /** Exports in the calling thread. */
    public Export export(DepartmentCode department, DeliveryFilter filter, ExportFormat format, boolean reveal,
                         String actor, Locale locale, BiConsumer<Long, Long> progress) {
        long total = deliveries.count(department, filter);
        List<String> fields = fieldsEverGranted(department);
        List<String> header = header(fields, locale);
        Path file;
        long rows;
        try {
            file = Files.createTempFile("oneform-export-", "." + format.extension());
            progress.accept(0L, total);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                Function<DeliveredRecord, List<String>> cells = row -> cells(row, fields, reveal, locale);
                rows = format == ExportFormat.XLSX ? xlsx(out, department, filter, header, cells, locale, total, progress)
                        : csv(out, department, filter, header, cells, total, progress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written", e);
        }
        audit.record(actor, "feed-export", department.value(), format.extension() + ", " + rows + " rows, "
                + (reveal ? "full values" : "masked") + ", filter " + filter.describe(), null);
        return new Export(file, "oneform-" + department.value() + "-" + STAMP.format(clock.instant()) + "." + format.extension(),
                format, rows);
    }

    /** Every field the department was ever granted (approved now or withdrawn), in request order: the columns. */
    public List<String> fieldsEverGranted(DepartmentCode department) {
        Set<String> fields = new LinkedHashSet<>();
        for (FieldRequest request : requests.ofDepartment(department)) {
            if (request.state() == RequestState.APPROVED || request.state() == RequestState.WITHDRAWN) {
                fields.addAll(request.fieldIds());
            }
        }
        return new ArrayList<>(fields);
    }

    private List<String> header(List<String> fields, Locale locale) {
        List<String> header = new ArrayList<>();
        for (String key : List.of("delivery-id", "subject", "change", "source", "at", "delivered-at", "changed")) {
            header.add(text("feed.export.column." + key, locale));
        }
        fields.forEach(f -> header.add(label(f, locale)));
        return header;
    }

    private List<String> cells(DeliveredRecord row, List<String> fields, boolean reveal, Locale locale) {
        List<String> cells = new ArrayList<>(7 + fields.size());
        cells.add(row.deliveryId());
        cells.add(row.subject());
        cells.add(text("ledger.change." + row.change().name(), locale));
        cells.add(text("feed.export.source." + row.provenance(), locale));
        cells.add(TIME.format(row.at()));
        cells.add(TIME.format(row.deliveredAt()));
        cells.add(String.join("、", row.changed().stream().map(f -> label(f, locale)).toList()));
        for (String field : fields) {
            String value = row.fields().get(field);
            cells.add(value == null ? "" : display(field, reveal ? value : masked(field, value), locale));
        }
        return cells;
    }

    /** ID numbers and phones masked; other values as delivered. */
    public String masked(String field, String value) {
        FieldType type = catalog.find(field).map(FieldDefinition::type).orElse(FieldType.TEXT);
        return switch (type) {
            case ID_NUMBER -> Masking.idNumber(value);
            case PHONE -> Masking.phone(value);
            default -> value;
        };
    }

    /** A value as people read it: choice codes as their labels (yes/no, multiple choices joined with 、). */
    public String display(String field, String value, Locale locale) {
        var definition = catalog.find(field);
        if (definition.isEmpty() || value.isEmpty()) {
            return value;
        }
        FieldType type = definition.get().type();
        if (type == FieldType.YES_NO) {
            return switch (value) {
                case "yes" -> text("feed.value.yes", locale);
                case "no" -> text("feed.value.no", locale);
                default -> value;
            };
        }
        if (!type.hasChoices()) {
            return value;
        }
        List<String> labels = new ArrayList<>();
        for (String code : type == FieldType.MULTIPLE_CHOICE ? value.split(" ") : new String[] {value}) {
            labels.add(definition.get().choice(code).map(c -> c.label(locale)).orElse(code));
        }
        return String.join("、", labels);
    }

    public String label(String field, Locale locale) {
        return catalog.find(field).map(f -> f.label(locale)).orElse(field);
    }

    /** A message in the exporter's language (the zh-CN bundle is the default, never the JVM's locale). */
    static String text(String key, Locale locale) {
        var noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale == null ? Locale.CHINA : locale, noFallback);
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private long xlsx(OutputStream out, DepartmentCode department, DeliveryFilter filter, List<String> header,
                      Function<DeliveredRecord, List<String>> cells, Locale locale, long total, BiConsumer<Long, Long> progress)
            throws IOException {
        Workbook workbook = new Workbook(out, "OneForm", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("feed.export.sheet", locale));
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        long[] written = {0};
        IOException[] failure = {null};
        deliveries.forEachDelivered(department, filter, PAGE, row -> {
            List<String> values = cells.apply(row);
            int r = (int) ++written[0];
            for (int c = 0; c < values.size(); c++) {
                sheet.value(r, c, values.get(c));
            }
            if (written[0] % PAGE == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    failure[0] = e;
                    return false;
                }
                progress.accept(written[0], total);
            }
            return true;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        workbook.finish();
        progress.accept(written[0], Math.max(total, written[0]));
        return written[0];
    }

    private long csv(OutputStream out, DepartmentCode department, DeliveryFilter filter, List<String> header,
                     Function<DeliveredRecord, List<String>> cells, long total, BiConsumer<Long, Long> progress)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        long[] written = {0};
        IOException[] failure = {null};
        deliveries.forEachDelivered(department, filter, PAGE, row -> {
            try {
                csv.printRecord(cells.apply(row));
            } catch (IOException e) {
                failure[0] = e;
                return false;
            }
            if (++written[0] % PAGE == 0) {
                progress.accept(written[0], total);
            }
            return true;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        csv.flush();
        progress.accept(written[0], Math.max(total, written[0]));
        return written[0];
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}
