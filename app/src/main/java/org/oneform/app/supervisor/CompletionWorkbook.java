package org.oneform.app.supervisor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.oneform.sync.cycle.Cycle;
import org.oneform.sync.cycle.RemovedSubject;
import org.oneform.sync.cycle.Tally;

/**
 * The completion report as an .xlsx workbook, written with FastExcel (streaming, no POI): a summary, one
 * sheet per grouping (community, grid, worker), the expected subjects with their status, and the subjects
 * that left mid-cycle.
 */
final class CompletionWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CompletionWorkbook() {
    }

    static byte[] write(DashboardReport report, List<SubjectLine> lines, Function<String, String> t, Clock clock) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "OneForm", "1.0");
            Cycle cycle = report.completion().cycle();
            Worksheet summary = workbook.newWorksheet(t.apply("dashboard.sheet.summary"));
            String[][] facts = {
                    {t.apply("cycle.name"), cycle.name()},
                    {t.apply("area.level.STREET"), report.street().name()},
                    {t.apply("cycle.start"), cycle.start().toString()},
                    {t.apply("cycle.due"), cycle.due().toString()},
                    {t.apply("dashboard.as-of"), LocalDateTime.now(clock).format(TIME)},
            };
            for (int r = 0; r < facts.length; r++) {
                summary.value(r, 0, facts[r][0]);
                summary.style(r, 0).bold().set();
                summary.value(r, 1, facts[r][1]);
            }
            int row = facts.length + 1;
            tallyHeader(summary, row, t, 0);
            tallyCells(summary, row + 1, 0, report.total());
            summary.value(row + 3, 0, t.apply("dashboard.added"));
            summary.value(row + 3, 1, report.completion().added());
            summary.value(row + 4, 0, t.apply("dashboard.removed"));
            summary.value(row + 4, 1, report.completion().removed().size());

            rows(workbook.newWorksheet(t.apply("dashboard.by-community")), t.apply("area.level.COMMUNITY"), null,
                    report.communities(), t);
            rows(workbook.newWorksheet(t.apply("dashboard.by-grid")), t.apply("area.level.COMMUNITY"),
                    t.apply("area.level.GRID"), report.grids(), t);
            rows(workbook.newWorksheet(t.apply("dashboard.by-worker")), t.apply("role.GRID_WORKER"), null,
                    report.workers().stream().map(w -> w.label().isEmpty()
                            ? new CompletionRow(w.key(), t.apply("dashboard.unassigned"), w.parent(), w.tally()) : w).toList(), t);
            subjects(workbook.newWorksheet(t.apply("dashboard.sheet.subjects")), lines, t, clock.getZone());
            removed(workbook.newWorksheet(t.apply("dashboard.removed")), report.completion().removed(), t, clock.getZone());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void rows(Worksheet ws, String first, String second, List<CompletionRow> rows, Function<String, String> t) {
        int offset = second == null ? 1 : 2;
        ws.value(0, 0, first);
        ws.style(0, 0).bold().set();
        if (second != null) {
            ws.value(0, 1, second);
            ws.style(0, 1).bold().set();
        }
        tallyHeader(ws, 0, t, offset);
        for (int i = 0; i < rows.size(); i++) {
            CompletionRow r = rows.get(i);
            ws.value(i + 1, 0, second == null ? r.label() : r.parent());
            if (second != null) {
                ws.value(i + 1, 1, r.label());
            }
            tallyCells(ws, i + 1, offset, r.tally());
        }
    }

    private static void tallyHeader(Worksheet ws, int row, Function<String, String> t, int col) {
        String[] keys = {"dashboard.expected", "status.DONE", "status.IN_REVIEW", "status.RETURNED", "status.NOT_VISITED",
                "dashboard.overdue", "dashboard.done-percent"};
        for (int i = 0; i < keys.length; i++) {
            ws.value(row, col + i, t.apply(keys[i]));
            ws.style(row, col + i).bold().set();
        }
    }

    private static void tallyCells(Worksheet ws, int row, int col, Tally tally) {
        ws.value(row, col, tally.total());
        ws.value(row, col + 1, tally.done());
        ws.value(row, col + 2, tally.inReview());
        ws.value(row, col + 3, tally.returned());
        ws.value(row, col + 4, tally.notVisited());
        ws.value(row, col + 5, tally.overdue());
        ws.value(row, col + 6, tally.donePercent());
    }

    private static void subjects(Worksheet ws, List<SubjectLine> lines, Function<String, String> t, ZoneId clockZone) {
        String[] keys = {"area.level.GRID", "dashboard.subject-id", "dashboard.subject-type", "dashboard.label",
                "dashboard.status", "role.GRID_WORKER", "dashboard.visited-at", "dashboard.added", "dashboard.overdue"};
        for (int i = 0; i < keys.length; i++) {
            ws.value(0, i, t.apply(keys[i]));
            ws.style(0, i).bold().set();
        }
        for (int r = 0; r < lines.size(); r++) {
            SubjectLine l = lines.get(r);
            ws.value(r + 1, 0, l.grid());
            ws.value(r + 1, 1, l.id());
            ws.value(r + 1, 2, t.apply("subject." + l.type().name()));
            ws.value(r + 1, 3, l.label());
            ws.value(r + 1, 4, t.apply("status." + l.status().name()));
            ws.value(r + 1, 5, l.worker());
            ws.value(r + 1, 6, l.visitedAt() == null ? "" : TIME.format(l.visitedAt().atZone(clockZone)));
            ws.value(r + 1, 7, l.added() ? t.apply("dashboard.yes") : "");
            ws.value(r + 1, 8, l.overdue() ? t.apply("dashboard.yes") : "");
        }
    }

    private static void removed(Worksheet ws, List<RemovedSubject> removed, Function<String, String> t, ZoneId clockZone) {
        String[] keys = {"dashboard.subject-id", "dashboard.subject-type", "dashboard.from-grid", "dashboard.to-grid",
                "dashboard.moved-at", "dashboard.moved-by"};
        for (int i = 0; i < keys.length; i++) {
            ws.value(0, i, t.apply(keys[i]));
            ws.style(0, i).bold().set();
        }
        for (int r = 0; r < removed.size(); r++) {
            RemovedSubject s = removed.get(r);
            ws.value(r + 1, 0, s.id().value());
            ws.value(r + 1, 1, t.apply("subject." + s.type().name()));
            ws.value(r + 1, 2, s.fromGrid().value());
            ws.value(r + 1, 3, s.toGrid().value());
            ws.value(r + 1, 4, TIME.format(s.at().atZone(clockZone)));
            ws.value(r + 1, 5, s.by());
        }
    }
}
