package org.oneform.forms.xlsform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the sheets of an {@code .xlsx} with FastExcel's streaming reader (see docs/decisions/0019): the
 * sheet names are matched without regard to case, the first row is the header, blank rows are dropped.
 * Reading stops after {@link #MAX_ROWS} rows per sheet, so a hostile file cannot exhaust memory.
 */
public final class WorkbookReader {

    /** More rows than any real form has; a survey beyond this is refused. */
    public static final int MAX_ROWS = 5_000;

    private WorkbookReader() {
    }

    /** The sheets found, by lower-case name. @throws Unreadable when the bytes are not an xlsx workbook */
    public static Map<String, Table> read(byte[] xlsx, List<String> wanted) {
        if (xlsx.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(xlsx)) {
            throw new Unreadable(ReadableWorkbook.isOLE2Header(xlsx)
                    ? "this is an old .xls (Excel 97–2003) file; save it as .xlsx" : "not an .xlsx workbook");
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                String key = sheet.getName().strip().toLowerCase(Locale.ROOT);
                if (wanted.contains(key) && !tables.containsKey(key)) {
                    tables.put(key, table(sheet));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable("the workbook cannot be read: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
        }
        return tables;
    }

    private static Table table(Sheet sheet) throws IOException {
        List<String> columns = new ArrayList<>();
        List<Table.Line> lines = new ArrayList<>();
        try (Stream<Row> rows = sheet.openStream()) {
            var it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                if (columns.isEmpty()) {
                    if (row.stream().allMatch(c -> text(c).isEmpty())) {
                        continue;
                    }
                    for (int i = 0; i < row.getCellCount(); i++) {
                        columns.add(column(text(row.getCell(i))));
                    }
                    continue;
                }
                if (row.getRowNum() > MAX_ROWS) {
                    throw new TooLarge(sheet.getName());
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(row.getCellCount(), columns.size()); i++) {
                    String value = text(row.getCell(i));
                    if (!value.isEmpty() && !columns.get(i).isEmpty()) {
                        cells.putIfAbsent(columns.get(i), value);
                    }
                }
                if (!cells.isEmpty()) {
                    lines.add(new Table.Line(row.getRowNum(), cells));
                }
            }
        }
        return new Table(sheet.getName(), columns, lines);
    }

    /** A header cell as a column key: lower case, blanks collapsed; language suffixes keep their case-folded text. */
    static String column(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        String text = switch (cell.getType()) {
            case NUMBER -> cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case EMPTY -> "";
            default -> cell.getText();
        };
        return text == null ? "" : text.strip();
    }

    /** The file is not a readable xlsx workbook. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /** A sheet has more than {@link #MAX_ROWS} rows. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge(String sheet) {
            super(sheet);
        }
    }
}
