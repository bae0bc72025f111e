package org.oneform.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The field-request screens as a journey uses them: the department's request editor ({@code /requests}),
 * the admin's approval queue ({@code /approvals}), the one form's versions ({@code /forms}) and the
 * XLSForm import ({@code /requests/import}).
 */
public final class FieldRequestPages {

    private final Page page;
    private final String baseUrl;

    public FieldRequestPages(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    // ---- /requests ----

    public FieldRequestPages openRequests() {
        page.navigate(baseUrl + "/requests");
        assertThat(page.locator("#request-grid")).isVisible();
        return this;
    }

    public FieldRequestPages startNewRequest() {
        page.locator("#request-new").click();
        return this;
    }

    /** Picks a catalog field in the editor's field box by typing part of its label and choosing the item. */
    public FieldRequestPages pickField(String search, String itemText) {
        Locator input = page.locator("#request-fields input");
        input.click();
        input.fill(search);
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText(itemText))
                .first().click();
        input.press("Escape");
        return this;
    }

    public FieldRequestPages purpose(String text) {
        page.locator("#request-purpose textarea").fill(text);
        return this;
    }

    public FieldRequestPages filter(String expression) {
        page.locator("#request-filter input").fill(expression);
        return this;
    }

    public Locator filterFeedback() {
        return page.locator("#request-filter-feedback");
    }

    public void submit() {
        page.locator("#request-submit").click();
    }

    public Locator requestRows() {
        return page.locator("#request-grid vaadin-grid-cell-content");
    }

    // ---- /approvals ----

    public FieldRequestPages openApprovals() {
        page.navigate(baseUrl + "/approvals");
        assertThat(page.locator("#approval-grid")).isVisible();
        return this;
    }

    /**
     * Shows the waiting request whose detail shows {@code detailText}: the queue selects the oldest by itself;
     * otherwise the row showing {@code rowText} (id, department, subject, time) is clicked (clicking a selected
     * row would deselect it).
     */
    public FieldRequestPages showWaiting(String rowText, String detailText) {
        assertThat(page.locator("#approval-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(rowText)).first()).isVisible();
        if (!approvalDetail().innerText().contains(detailText)) {
            page.locator("#approval-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(rowText))
                    .first().click();
        }
        assertThat(approvalDetail()).containsText(detailText);
        return this;
    }

    public Locator approvalDetail() {
        return page.locator("#approval-detail");
    }

    public Locator approvalEffect() {
        return page.locator("#approval-effect");
    }

    public void approve() {
        page.locator("#approve").click();
    }

    // ---- /forms ----

    public FieldRequestPages openForms() {
        page.navigate(baseUrl + "/forms");
        assertThat(page.locator("#form-summary")).isVisible();
        return this;
    }

    public Locator formSummary() {
        return page.locator("#form-summary");
    }

    /** Opens the version history tab; the newest version is selected and its diff shown. */
    public FieldRequestPages openHistory() {
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("版本历史")).click();
        assertThat(page.locator("#version-grid")).isVisible();
        return this;
    }

    public Locator versionDiff() {
        return page.locator("#version-diff");
    }

    // ---- /requests/import ----

    public FieldRequestPages openImport() {
        page.navigate(baseUrl + "/requests/import");
        assertThat(page.locator("#xlsform-upload")).isVisible();
        return this;
    }

    /** Uploads a file; the mapping report appears (nothing is saved yet). */
    public FieldRequestPages upload(Path xlsx) {
        page.locator("#xlsform-upload input[type=file]").setInputFiles(xlsx);
        assertThat(page.locator("#xlsform-verdict")).isVisible();
        return this;
    }

    public Locator importSummary() {
        return page.locator("#xlsform-summary");
    }

    public Locator importVerdict() {
        return page.locator("#xlsform-verdict");
    }

    public Locator importRows() {
        return page.locator("#xlsform-rows vaadin-grid-cell-content");
    }

    public Locator importProblems() {
        return page.locator("#xlsform-problems vaadin-grid-cell-content");
    }

    public Locator confirmImport() {
        return page.locator("#xlsform-confirm");
    }

    public Locator importDone() {
        return page.locator("#xlsform-done");
    }
}
