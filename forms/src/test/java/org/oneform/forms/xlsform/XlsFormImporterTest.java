package org.oneform.forms.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.TestPersister;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.DemoCatalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestContent;
import org.oneform.forms.request.RequestException;
import org.oneform.forms.request.RequestState;
import org.oneform.forms.xlsform.ImportProblem.Code;
import org.oneform.forms.xlsform.RowMapping.Match;
import org.oneform.forms.xlsform.RowMapping.Outcome;

/**
 * XLSForm import on real public forms (fixtures under {@code src/test/resources/xlsform}, each naming its
 * source repository, file and commit; written to real .xlsx files by {@link MarkdownXlsx}) and on broken input.
 */
class XlsFormImporterTest {

    private static final DepartmentCode CIVIL = new DepartmentCode("civil-affairs");
    private static final Actor STAFF = Actor.staff("zhang", CIVIL);
    private static final Actor ADMIN = Actor.admin("admin");

    private final FormsRoot root = new FormsRoot();
    private final TestPersister persister = new TestPersister();
    private final Catalog catalog = new Catalog(root, persister);
    private final FieldRequests requests = new FieldRequests(root, persister, catalog,
            Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC));
    private final XlsFormImporter importer = new XlsFormImporter(catalog, requests);
    private final ImportOptions residents = ImportOptions.of(CIVIL, SubjectType.RESIDENT);

    XlsFormImporterTest() {
        catalog.addAll(DemoCatalog.fields());
    }

    private ImportReport preview(String fixture) {
        return importer.preview(MarkdownXlsx.fromResource(fixture), fixture, residents);
    }

    private RowMapping row(ImportReport report, String name) {
        return report.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private FieldDefinition proposed(ImportReport report, String id) {
        return report.content().orElseThrow().proposedFields().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no proposed field " + id));
    }

    // ---- real public forms ----------------------------------------------------------------------------------

    @Test
    void odkTipCalculatorBecomesNewFieldsWithTranslatedCalculations() {
        ImportReport report = preview("odk-docs-tip-calculation.md");
        assertThat(report.errors()).isEmpty();
        assertThat(report.rows()).extracting(RowMapping::row, RowMapping::outcome, RowMapping::fieldId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Outcome.NEW, "resident.bill_amount"),
                org.assertj.core.groups.Tuple.tuple(3, Outcome.NEW, "resident.tip_18"),
                org.assertj.core.groups.Tuple.tuple(4, Outcome.NEW, "resident.tip_18_total"),
                org.assertj.core.groups.Tuple.tuple(5, Outcome.NEW, "resident.tip_18_note"));
        assertThat(proposed(report, "resident.tip_18").calculation()).isEqualTo("round((${resident.bill_amount} * 0.18),2)");
        assertThat(proposed(report, "resident.tip_18_total").calculation())
                .isEqualTo("${resident.bill_amount} + ${resident.tip_18}");
        assertThat(proposed(report, "resident.bill_amount").type()).isEqualTo(FieldType.DECIMAL);
        assertThat(proposed(report, "resident.tip_18_note").type()).isEqualTo(FieldType.NOTE);
        // English-only labels: imported, and every question row is reported as lacking Chinese
        assertThat(report.warnings()).extracting(ImportProblem::row, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Code.MISSING_TRANSLATION));
        assertThat(report.content().orElseThrow().fieldIds()).containsExactly("resident.bill_amount",
                "resident.tip_18", "resident.tip_18_total", "resident.tip_18_note");
    }

    @Test
    void odkRelevanceExampleMapsYesNoAndItsRelevance() {
        ImportReport report = preview("odk-docs-relevance.md");
        assertThat(report.errors()).isEmpty();
        assertThat(proposed(report, "resident.watch_sports").type()).isEqualTo(FieldType.YES_NO);
        assertThat(proposed(report, "resident.watch_sports").choices()).isEmpty();
        assertThat(proposed(report, "resident.favorite_team").relevance()).isEqualTo("${resident.watch_sports} = 'yes'");
    }

    @Test
    void odkRepeatBecomesARepeatGroupAndReportsTheRepeatCountAsLost() {
        ImportReport report = preview("odk-docs-repeat-count.md");
        assertThat(report.errors()).isEmpty();
        FieldDefinition group = proposed(report, "resident.child_questions");
        assertThat(group.type()).isEqualTo(FieldType.REPEAT_GROUP);
        assertThat(group.children()).containsExactly("resident.child_name", "resident.child_age");
        assertThat(report.content().orElseThrow().fieldIds())
                .containsExactly("resident.number_of_children", "resident.child_questions");
        assertThat(report.warnings()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("repeat_count");
            assertThat(p.code()).isEqualTo(Code.NOT_CARRIED_OVER);
        });
    }

    @Test
    void odkIncomeFormKeepsItsSumAndReportsDefaultAndReadOnlyAsLost() {
        ImportReport report = preview("odk-docs-income.md");
        assertThat(report.errors()).isEmpty();
        assertThat(proposed(report, "resident.income_sum").calculation()).isEqualTo(
                "${resident.salary_income} + ${resident.self_income} + ${resident.other_income}");
        assertThat(report.warnings()).filteredOn(p -> p.code() == Code.NOT_CARRIED_OVER)
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "default"),
                        org.assertj.core.groups.Tuple.tuple(6, "read_only"));
    }

    @Test
    void odkOnceNowIsReportedAsNotInTheLanguageAndNothingIsSaved() {
        byte[] xlsx = MarkdownXlsx.fromResource("odk-docs-once-now.md");
        assertThatThrownBy(() -> importer.importAsDraft(STAFF, xlsx, "once.xlsx", residents))
                .isInstanceOfSatisfying(XlsFormException.class, e -> assertThat(e.report().errors())
                        .singleElement().satisfies(p -> {
                            assertThat(p.where()).isEqualTo("survey row 3 (calculation)");
                            assertThat(p.code()).isEqualTo(Code.MALFORMED_EXPRESSION);
                            assertThat(p.detail()).contains("unknown function 'once'");
                        }));
        assertThat(requests.all()).isEmpty();
        assertThat(catalog.all()).hasSize(DemoCatalog.fields().size());
    }

    @Test
    void pyxformGroupFlattensIntoASectionAndKeepsAgeApartFromTheCalculatedCatalogAge() {
        ImportReport report = preview("pyxform-group.md");
        assertThat(report.errors()).isEmpty();
        assertThat(proposed(report, "resident.phone_number").type()).isEqualTo(FieldType.PHONE);
        assertThat(proposed(report, "resident.phone_number").section()).isEqualTo("father");
        // resident.age exists but is calculated: an asked integer is not it, so it gets a fresh id
        assertThat(row(report, "age").fieldId()).isEqualTo("resident.age_2");
        assertThat(row(report, "age").outcome()).isEqualTo(Outcome.NEW);
        assertThat(row(report, "father").outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void pyxformOldSelectSpellingAndYesNoList() {
        ImportReport report = preview("pyxform-yes-or-no.md");
        assertThat(report.errors()).isEmpty();
        assertThat(row(report, "good_day").type()).isEqualTo(FieldType.YES_NO);
    }

    @Test
    void pyxformSpecifyOtherAndLoopAreUnsupportedRowByRow() {
        assertThat(preview("pyxform-specify-other.md").errors()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("survey row 2 (type)");
            assertThat(p.code()).isEqualTo(Code.UNSUPPORTED_TYPE);
            assertThat(p.detail()).contains("or specify other");
        });
        ImportReport loop = preview("pyxform-loop.md");
        assertThat(loop.errors()).extracting(ImportProblem::row, ImportProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Code.UNSUPPORTED_TYPE),
                org.assertj.core.groups.Tuple.tuple(3, Code.UNSUPPORTED_TYPE),
                org.assertj.core.groups.Tuple.tuple(5, Code.UNSUPPORTED_TYPE));
        assertThat(loop.content()).isEmpty();
    }

    // ---- reuse of catalog fields ---------------------------------------------------------------------------

    @Test
    void reusesCatalogFieldsByIdLabelAndExplicitColumnAndProposesOnlyTheRest() {
        ImportReport report = preview("oneform-elderly-subsidy.md");
        assertThat(report.errors()).isEmpty();
        assertThat(report.title()).isEqualTo("高龄津贴申领信息");
        assertThat(row(report, "name")).extracting(RowMapping::outcome, RowMapping::fieldId, RowMapping::match)
                .containsExactly(Outcome.REUSED, "resident.name", Match.ID);
        assertThat(row(report, "shenfenzheng")).extracting(RowMapping::fieldId, RowMapping::match)
                .containsExactly("resident.id_number", Match.EXPLICIT);
        assertThat(row(report, "dob")).extracting(RowMapping::fieldId, RowMapping::match)
                .containsExactly("resident.birth_date", Match.LABEL);
        assertThat(row(report, "tel")).extracting(RowMapping::fieldId, RowMapping::match)
                .containsExactly("resident.phone", Match.LABEL);
        assertThat(row(report, "start").outcome()).isEqualTo(Outcome.SKIPPED);
        RequestContent content = report.content().orElseThrow();
        assertThat(content.proposedFields()).extracting(FieldDefinition::id)
                .containsExactly("resident.subsidy_level", "resident.monthly_amount", "resident.yearly_amount");
        FieldDefinition level = proposed(report, "resident.subsidy_level");
        assertThat(level.relevance()).isEqualTo("age(${resident.birth_date}) >= 80");
        assertThat(level.labelZh()).isEqualTo("高龄津贴档次");
        assertThat(level.labelEn()).isEqualTo("Old-age allowance level");
        assertThat(level.choices()).extracting(c -> c.code() + "=" + c.labelZh())
                .containsExactly("a80=80–89 岁", "a90=90–99 岁", "a100=百岁及以上");
        assertThat(level.required()).isEqualTo("true()");
        assertThat(proposed(report, "resident.monthly_amount").constraint()).isEqualTo(". > 0 and . <= 2000");
        assertThat(proposed(report, "resident.yearly_amount").calculation()).isEqualTo("${resident.monthly_amount} * 12");
        assertThat(content.fieldIds()).containsExactly("resident.name", "resident.id_number", "resident.birth_date",
                "resident.phone", "resident.subsidy_level", "resident.monthly_amount", "resident.yearly_amount");
    }

    @Test
    void importsAsOneDraftWhoseNewFieldsJoinTheCatalogOnApprovalAndASecondImportReusesThemAll() {
        byte[] xlsx = MarkdownXlsx.fromResource("oneform-elderly-subsidy.md");
        ImportOptions options = new ImportOptions(CIVIL, SubjectType.RESIDENT, "依据《老年人权益保障法》发放高龄津贴",
                java.time.Period.ofYears(1), Map.of());
        XlsFormImporter.Imported imported = importer.importAsDraft(STAFF, xlsx, "subsidy.xlsx", options);
        FieldRequest draft = imported.request();
        assertThat(draft.state()).isEqualTo(RequestState.DRAFT);
        assertThat(requests.all()).hasSize(1);
        assertThat(catalog.find("resident.subsidy_level")).isEmpty();

        requests.submit(STAFF, draft.id(), "");
        requests.approve(ADMIN, draft.id(), "");
        assertThat(catalog.find("resident.subsidy_level")).isPresent();

        ImportReport again = importer.preview(xlsx, "subsidy.xlsx", options);
        assertThat(again.errors()).isEmpty();
        assertThat(again.count(Outcome.NEW)).isZero();
        assertThat(again.content().orElseThrow().proposedFields()).isEmpty();
    }

    @Test
    void aRepeatMatchingACatalogGroupReusesItAndItsChildrenAndDropsWhatTheGroupLacks() {
        ImportOptions households = ImportOptions.of(CIVIL, SubjectType.HOUSEHOLD);
        ImportReport report = importer.preview(MarkdownXlsx.fromMarkdown("""
                | survey |
                | | type | name | label |
                | | begin_repeat | members | 家庭成员 |
                | | text | member_name | 成员姓名 |
                | | text | hobby | 爱好 |
                | | end_repeat | | |
                """), "members.xlsx", households);
        assertThat(report.errors()).isEmpty();
        assertThat(row(report, "members")).extracting(RowMapping::outcome, RowMapping::fieldId, RowMapping::match)
                .containsExactly(Outcome.REUSED, "household.members", Match.ID);
        assertThat(row(report, "member_name")).extracting(RowMapping::outcome, RowMapping::fieldId)
                .containsExactly(Outcome.REUSED, "household.member_name");
        assertThat(row(report, "hobby").outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(report.warnings()).anySatisfy(p -> assertThat(p.where()).isEqualTo("survey row 4 (name)"));
        assertThat(report.content().orElseThrow().fieldIds()).containsExactly("household.members");
        assertThat(report.content().orElseThrow().proposedFields()).isEmpty();
    }

    @Test
    void numericAndBooleanCellsReadAsTheTextTheAuthorTyped() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0")) {
            var survey = workbook.newWorksheet("Survey");
            List<String> header = List.of("type", "name", "label", "required");
            for (int c = 0; c < header.size(); c++) {
                survey.value(0, c, header.get(c));
            }
            survey.value(1, 0, "select_one grades");
            survey.value(1, 1, "grade");
            survey.value(1, 2, "Grade");
            survey.value(1, 3, Boolean.TRUE);
            var choices = workbook.newWorksheet("CHOICES");
            choices.value(0, 0, "list_name");
            choices.value(0, 1, "name");
            choices.value(0, 2, "label");
            for (int i = 1; i <= 3; i++) {
                choices.value(i, 0, "grades");
                choices.value(i, 1, i);
                choices.value(i, 2, "Grade " + i);
            }
        }
        ImportReport report = importer.preview(out.toByteArray(), "numbers.xlsx", residents);
        assertThat(report.errors()).isEmpty();
        FieldDefinition grade = proposed(report, "resident.grade");
        assertThat(grade.choices()).extracting(c -> c.code()).containsExactly("1", "2", "3");
        assertThat(grade.required()).isEqualTo("true()");
    }

    @Test
    void explicitMappingAtUploadWinsAndAWrongOneIsAnError() {
        byte[] xlsx = MarkdownXlsx.fromResource("odk-docs-relevance.md");
        ImportOptions mapped = new ImportOptions(CIVIL, SubjectType.RESIDENT, "", java.time.Period.ofYears(1),
                Map.of("watch_sports", "resident.disability"));
        assertThat(row(importer.preview(xlsx, "x.xlsx", mapped), "watch_sports"))
                .extracting(RowMapping::fieldId, RowMapping::match).containsExactly("resident.disability", Match.EXPLICIT);
        ImportOptions wrong = new ImportOptions(CIVIL, SubjectType.RESIDENT, "", java.time.Period.ofYears(1),
                Map.of("favorite_team", "resident.birth_date"));
        assertThat(importer.preview(xlsx, "x.xlsx", wrong).errors()).singleElement()
                .extracting(ImportProblem::row, ImportProblem::code).containsExactly(3, Code.INCOMPATIBLE_MAPPING);
    }

    @Test
    void onlyTheDepartmentsStaffOrAnAdminMayImport() {
        byte[] xlsx = MarkdownXlsx.fromResource("odk-docs-relevance.md");
        Actor other = Actor.staff("li", new DepartmentCode("health"));
        assertThatThrownBy(() -> importer.importAsDraft(other, xlsx, "x.xlsx", residents))
                .isInstanceOf(RequestException.class);
        assertThat(requests.all()).isEmpty();
    }

    // ---- bad input -----------------------------------------------------------------------------------------

    private List<ImportProblem> errorsOf(String markdown) {
        byte[] xlsx = MarkdownXlsx.fromMarkdown(markdown);
        ImportReport report = importer.preview(xlsx, "bad.xlsx", residents);
        assertThatThrownBy(() -> importer.importAsDraft(STAFF, xlsx, "bad.xlsx", residents))
                .isInstanceOf(XlsFormException.class);
        assertThat(requests.all()).isEmpty();
        assertThat(catalog.all()).hasSize(DemoCatalog.fields().size());
        return report.errors();
    }

    @Test
    void notAWorkbookAndAnOldXlsAreUnreadable() {
        ImportReport text = importer.preview("type,name\ntext,a".getBytes(), "form.csv", residents);
        assertThat(text.errors()).singleElement().extracting(ImportProblem::sheet, ImportProblem::code)
                .containsExactly("form.csv", Code.UNREADABLE_FILE);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(importer.preview(ole2, "form.xls", residents).errors()).singleElement()
                .satisfies(p -> assertThat(p.detail()).contains(".xls"));
        byte[] truncated = java.util.Arrays.copyOf(MarkdownXlsx.fromResource("odk-docs-relevance.md"), 200);
        assertThat(importer.preview(truncated, "cut.xlsx", residents).errors()).singleElement()
                .extracting(ImportProblem::code).isEqualTo(Code.UNREADABLE_FILE);
    }

    @Test
    void missingSheetAndMissingColumnNameTheSheet() {
        assertThat(errorsOf("| choices |\n| | list_name | name |\n| | a | b |")).singleElement()
                .extracting(ImportProblem::sheet, ImportProblem::code).containsExactly("survey", Code.MISSING_SHEET);
        assertThat(errorsOf("| survey |\n| | type | label |\n| | text | Name |")).singleElement()
                .extracting(ImportProblem::where, ImportProblem::code).containsExactly("survey row 1 (name)", Code.MISSING_COLUMN);
    }

    @Test
    void unknownTypesListsNamesAndBrokenStructureAreReportedByRow() {
        List<ImportProblem> errors = errorsOf("""
                | survey |
                | | type | name | label |
                | | begin_group | g | G |
                | | datetime | when | When |
                | | select_one colours | colour | Colour |
                | | text | colour | Again |
                | | begin_repeat | r1 | R1 |
                | | begin_repeat | r2 | R2 |
                | | text | 日期 | Date |
                | | end_repeat | | |
                | | end_group | | |
                | | end_group | | |
                | | begin_group | open | Open |
                | choices |
                | | list_name | name | label |
                | | shades | dark blue | Dark blue |
                """);
        assertThat(errors).extracting(ImportProblem::where, ImportProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("survey row 3 (type)", Code.UNSUPPORTED_TYPE),
                org.assertj.core.groups.Tuple.tuple("survey row 4 (type)", Code.UNKNOWN_CHOICE_LIST),
                org.assertj.core.groups.Tuple.tuple("survey row 5 (name)", Code.DUPLICATE_NAME),
                org.assertj.core.groups.Tuple.tuple("survey row 7 (type)", Code.NESTED_REPEAT),
                org.assertj.core.groups.Tuple.tuple("survey row 8 (name)", Code.INVALID_NAME),
                org.assertj.core.groups.Tuple.tuple("survey row 11 (type)", Code.UNBALANCED_GROUP),
                org.assertj.core.groups.Tuple.tuple("survey row 12 (type)", Code.UNBALANCED_GROUP),
                org.assertj.core.groups.Tuple.tuple("choices row 2 (name)", Code.INVALID_CHOICE));
    }

    @Test
    void malformedExpressionsUnknownReferencesAndCyclesAreReportedByRowAndColumn() {
        List<ImportProblem> errors = errorsOf("""
                | survey |
                | | type | name | label | relevant | constraint | calculation |
                | | start | started | | | | |
                | | integer | a | A | ${a} > | | |
                | | integer | b | B | ${nowhere} = 1 | . > ${started} | |
                | | calculate | c | | | | ${d} + 1 |
                | | calculate | d | | | | ${c} + 1 |
                | | text | e | E | /data/a = 1 | | |
                """);
        assertThat(errors).extracting(ImportProblem::where, ImportProblem::code, ImportProblem::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("survey row 3 (relevant)", Code.MALFORMED_EXPRESSION,
                        errors.get(0).detail()),
                org.assertj.core.groups.Tuple.tuple("survey row 4 (relevant)", Code.UNKNOWN_REFERENCE, "${nowhere}"),
                org.assertj.core.groups.Tuple.tuple("survey row 4 (constraint)", Code.UNKNOWN_REFERENCE,
                        "${started} (metadata, not imported)"),
                org.assertj.core.groups.Tuple.tuple("survey row 5 (calculation)", Code.CYCLIC_CALCULATION,
                        "${c} (row 5) → ${d} (row 6) → ${c} (row 5)"),
                org.assertj.core.groups.Tuple.tuple("survey row 7 (relevant)", Code.MALFORMED_EXPRESSION,
                        errors.get(4).detail()));
        assertThat(errors.get(0).detail()).startsWith("'${a} >': ");
        assertThat(errors.get(4).detail()).startsWith("'/data/a = 1': ");
    }
}
