package org.oneform.forms.xlsform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a real {@code .xlsx} from an XLSForm written as markdown tables, the way pyxform's own tests write
 * forms: a line {@code | survey |} starts a sheet, each following {@code | | a | b |} line is a row (the first
 * is the header). Lines starting with {@code #} are comments (the fixtures name their source there).
 */
final class MarkdownXlsx {

    private MarkdownXlsx() {
    }

    static byte[] fromResource(String name) {
        try (InputStream in = MarkdownXlsx.class.getResourceAsStream("/xlsform/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return fromMarkdown(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fromMarkdown(String markdown) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<List<String>> current = null;
        for (String line : markdown.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || !l.startsWith("|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : l.substring(1, l.endsWith("|") ? l.length() - 1 : l.length()).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            if (!cells.getFirst().isEmpty()) {
                current = new ArrayList<>();
                sheets.put(cells.getFirst(), current);
            } else if (current != null) {
                current.add(cells.subList(1, cells.size()));
            }
        }
        return write(sheets);
    }

    static byte[] write(Map<String, List<List<String>>> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "OneForm test", "1.0")) {
            for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                List<List<String>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        String value = rows.get(r).get(c);
                        if (!value.isEmpty()) {
                            ws.value(r, c, value);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
