package org.oneform.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oneform.e2e.support.Browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The search panel below a supervisor's (or admin's) home screen, in Chinese: a box
 * ({@code vaadin-text-field#search-box}), a button ({@code #search-button}, or Enter), a summary line
 * ({@code #search-summary}) and a result grid ({@code vaadin-grid#search-results}, hidden when nothing
 * was found) with the columns 类别, 名称, 说明, 身份证号, 手机号, 住址, 所在网格.
 *
 * <p>To know for certain that what is on screen answers <em>this</em> search and not the one before
 * (two searches can show the same summary), every {@link #search} first submits an empty box and waits
 * for the "type something" summary, then submits the text and waits for the summary to change.
 */
public final class SearchPanel {

    public static final String EMPTY_SUMMARY = "请输入要查找的内容。";
    public static final String NONE_SUMMARY = "在您的辖区内没有找到匹配的记录。";
    /** 找到 {0} 条，身份证号和手机号已脱敏。 (fewer than the cap) */
    public static final Pattern COUNT_SUMMARY = Pattern.compile("找到 (\\d+) 条，身份证号和手机号已脱敏。");
    /** 显示前 {0} 条，请输入更多内容缩小范围；身份证号和手机号已脱敏。 (the cap was reached) */
    public static final Pattern CAPPED_SUMMARY = Pattern.compile("显示前 (\\d+) 条，请输入更多内容缩小范围；身份证号和手机号已脱敏。");

    private static final List<String> HEADERS = List.of("类别", "名称", "说明", "身份证号", "手机号", "住址", "所在网格");

    /**
     * Rows of a vaadin-grid as text: the header row's cells, then every rendered body row's cells. Grid
     * cells live in the grid's shadow DOM and show their content through slots, so read the slotted
     * nodes (innerText of a shadow cell would be empty).
     */
    private static final String READ_GRID = """
            grid => {
              const root = grid.shadowRoot;
              const text = cell => {
                const slot = cell.querySelector('slot');
                const nodes = slot ? slot.assignedNodes({flatten: true}) : [];
                return nodes.map(n => n.textContent).join('').replace(/\\s+/g, ' ').trim();
              };
              const headerRows = [...root.querySelectorAll('#header tr')].filter(tr => !tr.hidden);
              const header = headerRows.length ? [...headerRows[headerRows.length - 1].children].map(text) : [];
              const body = [...root.querySelectorAll('#items tr')]
                  .filter(tr => !tr.hidden && getComputedStyle(tr).display !== 'none')
                  .map(tr => [...tr.children].map(text))
                  .filter(cells => cells.some(c => c.length > 0));
              return [header, ...body];
            }
            """;

    /** One result row as shown. */
    public record Row(String kind, String name, String detail, String idNumber, String phone, String address, String area) {

        @Override
        public String toString() {
            return String.join(" | ", kind, name, detail, idNumber, phone, address, area);
        }
    }

    /** What one search showed: the summary line, its count (0 for none) and the rows. */
    public record Result(String query, String summary, int count, List<Row> rows) {

        public List<String> names() {
            return rows.stream().map(Row::name).toList();
        }
    }

    private final Page page;

    private SearchPanel(Page page) {
        this.page = page;
    }

    /** The panel on the current screen: waits for the box. */
    public static SearchPanel on(Page page) {
        var panel = new SearchPanel(page);
        assertThat(panel.box()).isVisible();
        assertThat(panel.button()).isVisible();
        return panel;
    }

    /** The native input inside the Vaadin text field. */
    public Locator box() {
        return page.locator("vaadin-text-field#search-box input");
    }

    public Locator button() {
        return page.locator("vaadin-button#search-button");
    }

    public Locator summary() {
        return page.locator("#search-summary");
    }

    public Locator results() {
        return page.locator("vaadin-grid#search-results");
    }

    /** Scrolls the panel (heading, box, summary, results) to the top of the screen, for a screenshot. */
    public SearchPanel scrollIntoView() {
        box().evaluate("input => (input.closest('vaadin-horizontal-layout') || input).parentElement"
                + ".scrollIntoView({block: 'start'})");
        Browser.settle(page);
        return this;
    }

    /** Types the text, clicks 查找 and returns what the screen shows for it. */
    public Result search(String text) {
        return search(text, false);
    }

    /** Types the text, presses Enter in the box and returns what the screen shows for it. */
    public Result searchWithEnter(String text) {
        return search(text, true);
    }

    /**
     * The text of every cell the grid holds (headers, rows, and any cell it keeps for reuse), one cell
     * a line: for leak checks that must not depend on which rows are showing.
     */
    public String resultsText() {
        return (String) results().evaluate(
                "grid => [...grid.querySelectorAll('vaadin-grid-cell-content')].map(c => c.textContent).join('\\n')");
    }

    private Result search(String text, boolean enter) {
        submitEmpty();
        box().fill(text);
        if (enter) {
            box().press("Enter");
        } else {
            button().click();
        }
        assertThat(summary()).not().hasText(EMPTY_SUMMARY);
        String summaryText = summary().innerText().strip();
        if (summaryText.equals(NONE_SUMMARY)) {
            assertThat(results()).isHidden();
            return new Result(text, summaryText, 0, List.of());
        }
        Matcher count = COUNT_SUMMARY.matcher(summaryText);
        if (!count.matches()) {
            count = CAPPED_SUMMARY.matcher(summaryText);
        }
        if (!count.matches()) {
            throw new AssertionError("searching \"" + text + "\": unexpected summary \"" + summaryText + "\"");
        }
        int found = Integer.parseInt(count.group(1));
        assertThat(results()).isVisible();
        return new Result(text, summaryText, found, awaitRows(found, text));
    }

    /** Submits an empty box and waits for the "type something" summary: a known state before a search. */
    private void submitEmpty() {
        box().fill("");
        button().click();
        assertThat(summary()).hasText(EMPTY_SUMMARY);
        assertThat(results()).isHidden();
    }

    private List<Row> awaitRows(int expected, String query) {
        long deadline = System.nanoTime() + (long) (Browser.TIMEOUT_MS * 1_000_000);
        List<List<String>> table;
        while (true) {
            table = readGrid();
            if (table.size() - 1 == expected && table.getFirst().equals(HEADERS)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("searching \"" + query + "\": the summary says " + expected
                        + " found, the grid shows " + (table.size() - 1) + " rows under " + table.getFirst());
            }
            page.waitForTimeout(100);
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : table.subList(1, table.size())) {
            if (cells.size() != HEADERS.size()) {
                throw new AssertionError("a result row with " + cells.size() + " cells: " + cells);
            }
            rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5), cells.get(6)));
        }
        return List.copyOf(rows);
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> readGrid() {
        List<List<String>> table = new ArrayList<>();
        for (Object row : (List<Object>) results().evaluate(READ_GRID)) {
            table.add(((List<Object>) row).stream().map(String::valueOf).toList());
        }
        return table;
    }
}
