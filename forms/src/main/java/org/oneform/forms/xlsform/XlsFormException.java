package org.oneform.forms.xlsform;

import java.util.stream.Collectors;

/** An import refused: the report names every blocking problem by sheet and row. Nothing was saved. */
public final class XlsFormException extends RuntimeException {

    private final transient ImportReport report;

    public XlsFormException(ImportReport report) {
        super("the XLSForm cannot be imported: " + report.errors().stream().map(ImportProblem::toString)
                .collect(Collectors.joining("; ")));
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
