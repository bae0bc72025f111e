package org.oneform.forms.xlsform.internal;

import java.util.List;
import java.util.Map;

/**
 * One sheet as text: its header (normalised column names) and its non-blank data rows.
 *
 * @param name    the sheet name as found (case kept)
 * @param columns the header's column names, lower case, blanks collapsed, in sheet order
 * @param rows    the data rows
 */
public record Table(String name, List<String> columns, List<Line> rows) {

    /**
     * One data row.
     *
     * @param number the spreadsheet row number (header = 1)
     * @param cells  column name → stripped cell text; blank cells absent
     */
    public record Line(int number, Map<String, String> cells) {

        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    public boolean has(String column) {
        return columns.contains(column);
    }
}
