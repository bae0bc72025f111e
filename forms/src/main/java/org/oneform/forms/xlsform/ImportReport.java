package org.oneform.forms.xlsform;

import java.util.List;
import java.util.Optional;

import org.oneform.forms.request.RequestContent;

/**
 * The outcome of reading an XLSForm: every survey row's mapping and every problem, and — only when no
 * problem blocks — the draft request's content (reused field ids plus proposed new fields).
 *
 * @param title    the form's title (settings {@code form_title}), or the file name
 * @param formId   the settings {@code form_id}, or empty
 * @param rows     what became of each survey row, in sheet order
 * @param problems errors and warnings, in sheet and row order
 * @param content  the request to create, empty while any problem blocks
 */
public record ImportReport(String title, String formId, List<RowMapping> rows, List<ImportProblem> problems,
                           Optional<RequestContent> content) {

    public ImportReport {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public List<ImportProblem> errors() {
        return problems.stream().filter(ImportProblem::blocking).toList();
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(p -> !p.blocking()).toList();
    }

    /** Whether it can be imported: no blocking problem. */
    public boolean importable() {
        return content.isPresent();
    }

    public long count(RowMapping.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
