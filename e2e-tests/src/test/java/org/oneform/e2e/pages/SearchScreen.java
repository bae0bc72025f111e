package org.oneform.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oneform.e2e.support.Browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The search screen ({@code /search}, 检索) in Chinese: a box ({@code #search-text}) and 查找 ({@code #search-run}),
 * filters ({@code #search-area}, {@code #search-type}, {@code #search-min-age}, {@code #search-max-age},
 * {@code #search-place-type}), a summary line ({@code #search-summary}) and a result grid
 * ({@code vaadin-grid#search-results}, hidden when nothing was found) whose rows are read as header → text.
 * A place's row has a "500米内场所" button; a click on a row opens the record's summary ({@code #record-summary}).
 */
public final class SearchScreen {

    public static final String TITLE = "检索";
    public static final String EMPTY = "请输入要查找的内容。";
    public static final String NONE = "在您的辖区内没有找到匹配的记录。";
    public static final String PROBLEM = "请先修改标红的查找条件。";
    private static final Pattern COUNT = Pattern.compile("找到 (\\d+) 条，身份证号和手机号已脱敏。");
    private static final Pattern CAPPED = Pattern.compile("共 ([\\d,]+)\\+? 条，显示前 (\\d+) 条.*");

    /** The grid's visible header and body cells as text (cells live in light DOM slots; read the slotted nodes). */
    private static final String READ_GRID = """
            grid => {
              const root = grid.shadowRoot;
              const text = cell => {
                const slot = cell.querySelector('slot');
                const nodes = slot ? slot.assignedNodes({flatten: true}) : [];
                return nodes.map(n => n.textContent).join('').replace(/\\s+/g, ' ').trim();
              };
              const cells = tr => [...tr.children].filter(td => !td.hidden && getComputedStyle(td).display !== 'none').map(text);
              const headerRows = [...root.querySelectorAll('#header tr')].filter(tr => !tr.hidden);
              const header = headerRows.length ? cells(headerRows[headerRows.length - 1]) : [];
              const body = [...root.querySelectorAll('#items tr')]
                  .filter(tr => !tr.hidden && getComputedStyle(tr).display !== 'none')
                  .map(cells)
                  .filter(c => c.some(x => x.length > 0));
              return [header, ...body];
            }
            """;

    /** One result row: the header of each column → the cell's text. */
    public record Row(Map<String, String> cells) {

        public String get(String header) {
            return cells.getOrDefault(header, "");
        }

        public String kind() {
            return get("类别");
        }

        public String name() {
            return get("名称");
        }

        @Override
        public String toString() {
            return String.join(" | ", cells.values());
        }
    }

    /** What one search showed. */
    public record Result(String query, String summary, int count, List<Row> rows) {
    }

    private final Page page;

    private SearchScreen(Page page) {
        this.page = page;
    }

    public static SearchScreen on(Page page) {
        assertThat(page.locator("#home-title")).hasText(TITLE);
        return new SearchScreen(page);
    }

    public Locator box() {
        return page.locator("vaadin-text-field#search-text");
    }

    public Locator summary() {
        return page.locator("#search-summary");
    }

    public Locator results() {
        return page.locator("vaadin-grid#search-results");
    }

    public Locator minAge() {
        return page.locator("vaadin-integer-field#search-min-age");
    }

    public Locator maxAge() {
        return page.locator("vaadin-integer-field#search-max-age");
    }

    /** Fills the box (and nothing else) and runs the search. */
    public Result search(String text) {
        box().locator("input").fill(text);
        return run(text);
    }

    public void ages(String min, String max) {
        minAge().locator("input").fill(min);
        maxAge().locator("input").fill(max);
    }

    /** Picks an option of a Vaadin combo box or select by its label. */
    public void choose(String id, String label) {
        Locator field = page.locator("#" + id);
        field.click();
        Locator item = page.locator("vaadin-combo-box-item, vaadin-select-item").filter(new Locator.FilterOptions().setHasText(label)).first();
        item.click();
        assertThat(page.locator("vaadin-combo-box-item, vaadin-select-item").first()).isHidden();
    }

    /** Clears a combo box (its clear button). */
    public void clear(String id) {
        page.locator("#" + id + " [part~='clear-button']").click();
    }

    /**
     * Runs what is in the fields and returns what the screen shows. To be sure the summary answers this search
     * and not the one before, the summary is blanked in the browser first and awaited.
     */
    public Result run(String label) {
        summary().evaluate("p => p.textContent = ''");
        page.locator("vaadin-button#search-run").click();
        return read(label);
    }

    /** Clicks the "500米内场所" button of the first place row and returns the places it lists. */
    public Result nearFirstPlace(String label) {
        summary().evaluate("p => p.textContent = ''");
        page.locator("vaadin-grid#search-results vaadin-button[id^=search-near-]").first().click();
        assertThat(page.locator("#search-near-title")).containsText(label);
        return read("near " + label);
    }

    /** Reads the summary and the rows it announces. */
    public Result read(String label) {
        assertThat(summary()).not().hasText("");
        String text = summary().innerText().strip();
        if (text.equals(NONE) || text.equals(EMPTY) || text.equals(PROBLEM) || text.startsWith("这个场所")) {
            assertThat(results()).isHidden();
            return new Result(label, text, 0, List.of());
        }
        Matcher m = COUNT.matcher(text);
        int shown;
        if (m.matches()) {
            shown = Integer.parseInt(m.group(1));
        } else {
            m = CAPPED.matcher(text);
            if (!m.matches()) {
                throw new AssertionError("\"" + label + "\": unexpected summary \"" + text + "\"");
            }
            shown = Integer.parseInt(m.group(2));
        }
        assertThat(results()).isVisible();
        return new Result(label, text, shown, awaitRows(shown, label));
    }

    private List<Row> awaitRows(int expected, String label) {
        long deadline = System.nanoTime() + (long) (Browser.TIMEOUT_MS * 1_000_000);
        while (true) {
            List<List<String>> table = readGrid();
            if (table.size() - 1 == expected) {
                List<String> header = table.getFirst();
                List<Row> rows = new ArrayList<>();
                for (List<String> cells : table.subList(1, table.size())) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size() && i < cells.size(); i++) {
                        row.put(header.get(i).isEmpty() ? "#" + i : header.get(i), cells.get(i));
                    }
                    rows.add(new Row(row));
                }
                return rows;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("\"" + label + "\": the summary says " + expected + ", the grid shows " + (table.size() - 1));
            }
            page.waitForTimeout(100);
        }
    }

    /** The text of every cell the grid holds, one a line, for leak checks. */
    public String resultsText() {
        return (String) results().evaluate(
                "grid => [...grid.querySelectorAll('vaadin-grid-cell-content')].map(c => c.textContent).join('\\n')");
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> readGrid() {
        List<List<String>> table = new ArrayList<>();
        for (Object row : (List<Object>) results().evaluate(READ_GRID)) {
            table.add(((List<Object>) row).stream().map(String::valueOf).toList());
        }
        return table;
    }

    /** Scrolls the screen to the top, for a screenshot. */
    public SearchScreen top() {
        page.locator("#home-title").scrollIntoViewIfNeeded();
        Browser.settle(page);
        return this;
    }
}
