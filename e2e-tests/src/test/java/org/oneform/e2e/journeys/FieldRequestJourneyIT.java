package org.oneform.e2e.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.e2e.pages.FieldRequestPages;
import org.oneform.e2e.pages.LoginPage;
import org.oneform.e2e.support.Browser;
import org.oneform.e2e.support.DemoAccount;
import org.oneform.e2e.support.Language;
import org.oneform.e2e.support.OneFormServer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The one form's life (issue 3): a department (民政局) requests a field for residents aged 60 and over, the
 * admin sees what the approval changes and approves, the form page shows the new version and its diff, and
 * the form JSON endpoint serves that version. Then the department imports an XLSForm through the upload
 * screen: a broken one is refused row by row with nothing saved, a good one becomes a draft request that
 * reuses catalog fields.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FieldRequestJourneyIT {

    private static final Pattern VERSION = Pattern.compile("当前为第 (\\d+) 版");
    private static final String PURPOSE = "依据《老年人权益保障法》开展老年人电动自行车安全宣传（演示）";

    @RegisterExtension
    static final OneFormServer server = OneFormServer.perClass("field-requests");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aRequestWithAFilterIsApprovedAndServedAsANewFormVersion() {
        Page page = browser.page();
        var pages = new FieldRequestPages(page, server.baseUrl());

        LoginPage.open(page, server.baseUrl()).signIn(DemoAccount.ADMIN).assertHome(DemoAccount.ADMIN, Language.CHINESE);
        int before = version(pages.openForms().formSummary().innerText());
        page.context().clearCookies();

        LoginPage.open(page, server.baseUrl()).signIn(DemoAccount.DEPARTMENT).assertHome(DemoAccount.DEPARTMENT, Language.CHINESE);
        pages.openRequests().startNewRequest()
                .pickField("电动自行车", "resident.e_bike")
                .filter("age(${resident.birth_date}) >=")
                .purpose(PURPOSE);
        assertThat(pages.filterFeedback()).containsText("第 31 个字符处：表达式不完整");
        browser.screenshot("field-request-1-bad-filter");
        pages.filter("age(${resident.birth_date}) >= 60");
        assertThat(pages.filterFeedback()).containsText("筛选条件有效");
        browser.screenshot("field-request-2-editor");
        pages.submit();
        assertThat(pages.requestRows().filter(new Locator.FilterOptions().setHasText("待审批"))).not().hasCount(0);
        page.context().clearCookies();

        LoginPage.open(page, server.baseUrl()).signIn(DemoAccount.ADMIN).assertHome(DemoAccount.ADMIN, Language.CHINESE);
        pages.openApprovals().showWaiting("民政局", PURPOSE);
        assertThat(pages.approvalDetail()).containsText("age(${resident.birth_date}) >= 60");
        assertThat(pages.approvalEffect()).containsText("第 " + before + " 版变为第 " + (before + 1) + " 版");
        browser.screenshot("field-request-3-approval-effect");
        pages.approve();

        pages.openForms();
        assertThat(pages.formSummary()).containsText("当前为第 " + (before + 1) + " 版");
        pages.openHistory();
        assertThat(pages.versionDiff()).containsText("第 " + before + " 版 → 第 " + (before + 1) + " 版");
        assertThat(pages.versionDiff()).containsText("电动自行车");
        browser.screenshot("field-request-4-version-diff");

        APIResponse served = page.request().get(server.url("/api/forms/v1/resident/versions/" + (before + 1)));
        assertThat(served.status()).as(served.text()).isEqualTo(200);
        assertThat(served.headers().get("etag")).isNotBlank();
        JsonObject form = JsonParser.parseString(served.text()).getAsJsonObject();
        assertThat(form.toString()).contains("resident.e_bike").contains("age(${resident.birth_date}) >= 60");
        APIResponse current = page.request().get(server.url("/api/forms/v1/resident/current"));
        assertThat(current.headers().get("etag")).isEqualTo(served.headers().get("etag"));
    }

    @Test
    void aDepartmentImportsAnXlsFormAfterSeeingItsMappingReport(@TempDir Path dir) throws IOException {
        Page page = browser.page();
        var pages = new FieldRequestPages(page, server.baseUrl());
        LoginPage.open(page, server.baseUrl()).signIn(DemoAccount.DEPARTMENT).assertHome(DemoAccount.DEPARTMENT, Language.CHINESE);
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("导入 XLSForm")).click();
        assertThat(page.locator("#xlsform-upload")).isVisible();

        // getodk/docs odk1-src/form-logic.rst: once() and now() are not in our language → refused, row named
        Path broken = xlsx(dir.resolve("once-now.xlsx"), List.of(
                List.of("type", "name", "label", "calculation"),
                List.of("integer", "age", "What is your age?", ""),
                List.of("calculate", "age_timestamp", "", "if(${age} = '', '', once(now()))")), null);
        pages.upload(broken);
        assertThat(pages.importVerdict()).containsText("不能导入");
        assertThat(pages.importProblems().filter(new Locator.FilterOptions().setHasText("表达式有误"))).hasCount(1);
        assertThat(pages.confirmImport()).isDisabled();
        page.locator("#xlsform-problems").scrollIntoViewIfNeeded();
        browser.screenshot("xlsform-1-refused");

        Path good = xlsx(dir.resolve("elderly.xlsx"), List.of(
                List.of("type", "name", "label::中文 (zh)", "label::English (en)", "required", "relevant"),
                List.of("text", "name", "姓名", "Name", "yes", ""),
                List.of("date", "dob", "出生日期", "Date of birth", "yes", ""),
                List.of("text", "tel", "联系电话", "Phone", "", ""),
                List.of("select_one level", "allowance_level_demo", "高龄津贴档次（演示）", "Old-age allowance level (demo)", "yes",
                        "age(${dob}) >= 80")),
                List.of(List.of("list_name", "name", "label::中文 (zh)", "label::English (en)"),
                        List.of("level", "a80", "80–89 岁", "80 to 89"),
                        List.of("level", "a90", "90 岁及以上", "90 and over")));
        page.locator("#xlsform-upload vaadin-upload-file").first().locator("[part=remove-button]").click();
        pages.upload(good);
        assertThat(pages.importVerdict()).containsText("可以导入");
        assertThat(pages.importSummary()).containsText("复用已有字段 3 个，新增字段 1 个");
        assertThat(pages.importRows().filter(new Locator.FilterOptions().setHasText("resident.birth_date"))).hasCount(1);
        pages.confirmImport().scrollIntoViewIfNeeded();
        browser.screenshot("xlsform-2-report");
        pages.confirmImport().click();
        assertThat(pages.importDone()).containsText("已生成数据需求草稿");
        browser.screenshot("xlsform-3-imported");

        pages.openRequests();
        assertThat(pages.requestRows().filter(new Locator.FilterOptions().setHasText("草稿"))).not().hasCount(0);
    }

    private static int version(String summary) {
        Matcher m = VERSION.matcher(summary);
        assertThat(m.find()).as(summary).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static Path xlsx(Path file, List<List<String>> survey, List<List<String>> choices) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "OneForm e2e", "1.0")) {
            write(workbook.newWorksheet("survey"), survey);
            if (choices != null) {
                write(workbook.newWorksheet("choices"), choices);
            }
        }
        return file;
    }

    private static void write(Worksheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
    }
}
