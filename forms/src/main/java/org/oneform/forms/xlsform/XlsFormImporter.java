package org.oneform.forms.xlsform;

import java.util.List;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestException;
import org.oneform.forms.xlsform.ImportProblem.Code;
import org.oneform.forms.xlsform.internal.Planner;

/**
 * Imports an XLSForm ({@code .xlsx} with survey, choices and settings sheets) as a department's draft field
 * request: rows that match existing catalog fields request those fields, the others become new fields
 * proposed with the request, which join the catalog when an admin approves it. {@link #preview} reads and
 * checks everything and saves nothing; {@link #importAsDraft} re-checks against the catalog as it is now
 * and saves the draft in one step — or nothing. Rules: docs/decisions/0019-xlsform-import.md.
 */
public final class XlsFormImporter {

    private final Catalog catalog;
    private final FieldRequests requests;

    public XlsFormImporter(Catalog catalog, FieldRequests requests) {
        this.catalog = catalog;
        this.requests = requests;
    }

    /** The mapping report; saves nothing. */
    public ImportReport preview(byte[] xlsx, String fileName, ImportOptions options) {
        return Planner.plan(catalog, xlsx, fileName, options);
    }

    /**
     * Creates the draft request, whole or not at all.
     *
     * @throws XlsFormException when any problem blocks (nothing was saved)
     * @throws RequestException when the actor may not act for the department
     */
    public Imported importAsDraft(Actor actor, byte[] xlsx, String fileName, ImportOptions options) {
        if (!actor.actsFor(options.department())) {
            throw new RequestException(RequestException.Kind.NOT_ALLOWED,
                    actor.username() + " does not act for department " + options.department());
        }
        ImportReport report = preview(xlsx, fileName, options);
        if (report.content().isEmpty()) {
            throw new XlsFormException(report);
        }
        try {
            return new Imported(requests.create(actor, report.content().get()), report);
        } catch (RequestException e) {
            if (e.kind() != RequestException.Kind.INVALID) {
                throw e;
            }
            List<ImportProblem> problems = e.problems().stream()
                    .map(p -> new ImportProblem("survey", 0, "", Code.REJECTED, p)).toList();
            throw new XlsFormException(new ImportReport(report.title(), report.formId(), report.rows(), problems,
                    java.util.Optional.empty()));
        }
    }

    /** The saved draft and the report it was made from. */
    public record Imported(FieldRequest request, ImportReport report) {
    }
}
