package org.oneform.app.requests.ui;

import java.time.Period;
import java.util.List;
import java.util.Map;

import org.oneform.app.accounts.Account;
import org.oneform.app.catalog.CatalogTexts;
import org.oneform.app.requests.Actors;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.Department;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.RequestException;
import org.oneform.forms.xlsform.ImportOptions;
import org.oneform.forms.xlsform.ImportProblem;
import org.oneform.forms.xlsform.ImportReport;
import org.oneform.forms.xlsform.RowMapping;
import org.oneform.forms.xlsform.XlsFormException;
import org.oneform.forms.xlsform.XlsFormImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * XLSForm import (导入 XLSForm): choose the department and subject type, upload an {@code .xlsx}, read the
 * row-by-row mapping report (which rows reuse which catalog fields, which become new fields, what is
 * wrong or lost), then confirm to save it as one draft request — or fix the file and upload it again.
 * Nothing is saved before the confirmation; see docs/decisions/0019.
 */
@Route("requests/import")
@RolesAllowed({"ADMIN", "DEPARTMENT"})
class XlsFormImportView extends VerticalLayout implements HasDynamicTitle {

    /** Larger than any real XLSForm (a 2,000-row form is ~200 KB). */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(XlsFormImportView.class);

    private final XlsFormImporter importer;
    private final Actor actor;
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<SubjectType> subject = new Select<>();
    private final TextArea purpose = new TextArea();
    private final Div report = new Div();
    private final Button confirm = new Button();
    private byte[] uploaded;
    private String fileName;

    XlsFormImportView(CurrentUser currentUser, XlsFormImporter importer, DepartmentDirectory departments) {
        this.importer = importer;
        Account me = currentUser.require();
        this.actor = Actors.of(me);
        addClassName("of-view");

        var intro = new Paragraph(getTranslation("xlsform.intro"));
        intro.addClassName("of-muted");

        department.setId("xlsform-department");
        department.setLabel(getTranslation("request.department"));
        department.setItems(departments.all());
        department.setItemLabelGenerator(d -> CatalogTexts.department(this, departments, d.code()));
        if (me.department() != null) {
            departments.find(me.department()).ifPresent(department::setValue);
            department.setReadOnly(!actor.admin());
        }
        subject.setId("xlsform-subject");
        subject.setLabel(getTranslation("catalog.subject"));
        subject.setItems(SubjectType.values());
        subject.setItemLabelGenerator(s -> getTranslation("subject." + s.name()));
        subject.setValue(SubjectType.RESIDENT);
        purpose.setId("xlsform-purpose");
        purpose.setLabel(getTranslation("request.purpose"));
        purpose.setHelperText(getTranslation("xlsform.purpose.help"));
        purpose.setWidthFull();
        department.addValueChangeListener(e -> replan());
        subject.addValueChangeListener(e -> replan());
        purpose.addValueChangeListener(e -> replan());

        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            uploaded = bytes;
            fileName = metadata.fileName();
            replan();
        }));
        upload.setId("xlsform-upload");
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setUploadButton(new Button(getTranslation("xlsform.choose")));
        upload.setDropLabel(new Span(getTranslation("xlsform.drop")));
        upload.addFileRejectedListener(e -> Problems.done(this, getTranslation("xlsform.rejected-file")));

        confirm.setText(getTranslation("xlsform.confirm"));
        confirm.setId("xlsform-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> confirm());
        report.setId("xlsform-report");
        report.setWidthFull();

        var choices = new FlexLayout(department, subject);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "var(--lumo-space-m)");
        add(ViewPieces.homeTitle(getTranslation("xlsform.title")), intro, choices, purpose, upload, report, confirm);
    }

    private ImportOptions options() {
        if (department.getValue() == null || subject.getValue() == null) {
            return null;
        }
        DepartmentCode code = department.getValue().code();
        return new ImportOptions(code, subject.getValue(), purpose.getValue(), Period.ofYears(1), Map.of());
    }

    /** Plans the uploaded file again for the current choices and shows the report; saves nothing. */
    private void replan() {
        report.removeAll();
        confirm.setEnabled(false);
        ImportOptions options = options();
        if (uploaded == null || options == null) {
            return;
        }
        ImportReport plan = importer.preview(uploaded, fileName, options);
        show(plan);
        confirm.setEnabled(plan.importable());
    }

    private void show(ImportReport plan) {
        report.removeAll();
        var summary = new Paragraph(getTranslation("xlsform.summary", plan.title(), plan.count(RowMapping.Outcome.REUSED),
                plan.count(RowMapping.Outcome.NEW), plan.count(RowMapping.Outcome.SKIPPED), plan.errors().size(),
                plan.warnings().size()));
        summary.setId("xlsform-summary");
        var verdict = new Div(getTranslation(plan.importable() ? "xlsform.importable" : "xlsform.blocked"));
        verdict.setId("xlsform-verdict");
        verdict.getStyle().set("font-weight", "600")
                .set("color", plan.importable() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        report.add(summary, verdict);
        if (!plan.problems().isEmpty()) {
            report.add(new H3(getTranslation("xlsform.problems")));
            report.add(problemGrid(plan.problems()));
        }
        report.add(new H3(getTranslation("xlsform.rows")));
        report.add(rowGrid(plan.rows()));
    }

    private Grid<ImportProblem> problemGrid(List<ImportProblem> problems) {
        var grid = new Grid<ImportProblem>();
        grid.setId("xlsform-problems");
        grid.addColumn(p -> getTranslation(p.blocking() ? "xlsform.error" : "xlsform.warning"))
                .setHeader(getTranslation("xlsform.severity")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(p -> p.blocking() ? "of-error" : null);
        grid.addColumn(ImportProblem::sheet).setHeader(getTranslation("xlsform.sheet")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row())).setHeader(getTranslation("xlsform.row"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportProblem::column).setHeader(getTranslation("xlsform.column")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("xlsform.code." + p.code().key())).setHeader(getTranslation("xlsform.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::detail).setHeader(getTranslation("xlsform.detail")).setFlexGrow(1)
                .setTooltipGenerator(this::detail);
        // errors first: they are what the author must fix
        grid.setItems(java.util.stream.Stream.concat(problems.stream().filter(ImportProblem::blocking),
                problems.stream().filter(p -> !p.blocking())).toList());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private String detail(ImportProblem problem) {
        return problem.code() == ImportProblem.Code.MISSING_TRANSLATION
                ? getTranslation("xlsform.missing-translation." + problem.detail()) : problem.detail();
    }

    private Grid<RowMapping> rowGrid(List<RowMapping> rows) {
        var grid = new Grid<RowMapping>();
        grid.setId("xlsform-rows");
        grid.addColumn(RowMapping::row).setHeader(getTranslation("xlsform.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowMapping::name).setHeader(getTranslation("xlsform.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowMapping::xlsType).setHeader(getTranslation("xlsform.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowMapping::label).setHeader(getTranslation("xlsform.label")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("xlsform.outcome." + r.outcome().name())
                        + (r.match() == null ? "" : "（" + getTranslation("xlsform.match." + r.match().name()) + "）"))
                .setHeader(getTranslation("xlsform.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RowMapping::fieldId).setHeader(getTranslation("xlsform.field")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.type() == null ? "" : getTranslation("field.type." + r.type().name()))
                .setHeader(getTranslation("xlsform.field-type")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private void confirm() {
        ImportOptions options = options();
        if (uploaded == null || options == null) {
            return;
        }
        try {
            XlsFormImporter.Imported imported = importer.importAsDraft(actor, uploaded, fileName, options);
            uploaded = null;
            confirm.setEnabled(false);
            report.removeAll();
            var done = new Div(new Span(getTranslation("xlsform.done", imported.request().id().value(),
                    imported.report().count(RowMapping.Outcome.REUSED), imported.report().count(RowMapping.Outcome.NEW))));
            done.setId("xlsform-done");
            if (!actor.admin()) {
                done.add(new Span(" "), new Anchor("requests", getTranslation("xlsform.open-requests")));
            }
            report.add(done);
            Problems.done(this, getTranslation("request.saved", imported.request().id().value()));
        } catch (XlsFormException e) {
            show(e.report());
            confirm.setEnabled(false);
        } catch (RequestException e) {
            Problems.refused(this, e);
        } catch (RuntimeException e) {
            LOG.error("XLSForm import of {} failed", fileName, e);
            Problems.failed(this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("xlsform.title");
    }
}
