package org.oneform.app.supervisor.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.oneform.app.accounts.Account;
import org.oneform.app.supervisor.Dashboard;
import org.oneform.app.supervisor.SubjectLine;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.cycle.Cycle;
import org.oneform.sync.cycle.SubjectStatus;

import org.oneform.app.supervisor.ReviewDesk;
import org.oneform.sync.registry.SubjectId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.select.Select;

/**
 * The drill-down of one grid: its expected subjects of one status, not visited first. Names and
 * addresses only (no ID numbers or phones), so the supervisor can send the worker to them.
 */
class NotVisitedDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Grid<SubjectLine> list = new Grid<>();

    NotVisitedDialog(Dashboard dashboard, ReviewDesk desk, Account me, Cycle cycle, AreaId grid, String gridName) {
        setHeaderTitle(getTranslation("dashboard.drill-title", gridName, cycle.name()));
        setId("drill-down");
        setWidth("min(960px, 96vw)");
        var status = new Select<SubjectStatus>();
        status.setLabel(getTranslation("dashboard.status"));
        status.setId("drill-status");
        status.setItems(SubjectStatus.NOT_VISITED, SubjectStatus.RETURNED, SubjectStatus.IN_REVIEW, SubjectStatus.DONE);
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        list.setId("drill-subjects");
        list.addColumn(SubjectLine::id).setHeader(getTranslation("dashboard.subject-id")).setAutoWidth(true);
        list.addColumn(l -> getTranslation("subject." + l.type().name())).setHeader(getTranslation("dashboard.subject-type"))
                .setAutoWidth(true);
        list.addColumn(SubjectLine::label).setHeader(getTranslation("dashboard.label")).setFlexGrow(1);
        list.addColumn(SubjectLine::worker).setHeader(getTranslation("role.GRID_WORKER")).setAutoWidth(true);
        list.addColumn(l -> l.visitedAt() == null ? "" : TIME.format(l.visitedAt().atZone(ZoneId.of("Asia/Shanghai"))))
                .setHeader(getTranslation("dashboard.visited-at")).setAutoWidth(true);
        list.addColumn(l -> (l.added() ? getTranslation("dashboard.added") + " " : "")
                + (l.overdue() ? getTranslation("dashboard.overdue") : "")).setAutoWidth(true);
        // a visit that came in but is wrong: back to the worker with a comment (the tablet shows it on the subject)
        list.addComponentColumn(l -> {
            if (l.status() != SubjectStatus.DONE && l.status() != SubjectStatus.IN_REVIEW) {
                return new Span();
            }
            var giveBack = new Button(getTranslation("dashboard.return"), VaadinIcon.REPLY.create(),
                    e -> askComment(desk, me, l, () -> list.setItems(dashboard.subjects(me, cycle.id(), grid, l.status()))));
            giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            giveBack.getElement().setAttribute("data-subject", l.id());
            giveBack.addClassName("drill-return");
            return giveBack;
        }).setWidth("8rem").setFlexGrow(0).setFrozenToEnd(true);
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        list.setEmptyStateText(getTranslation("dashboard.drill-empty"));
        status.addValueChangeListener(e -> list.setItems(dashboard.subjects(me, cycle.id(), grid, e.getValue())));
        status.setValue(SubjectStatus.NOT_VISITED);
        add(status, list);
        getFooter().add(new Button(getTranslation("dashboard.close"), e -> close()));
    }

    private void askComment(ReviewDesk desk, Account me, SubjectLine line, Runnable reload) {
        ReturnCommentDialog.open("drill", getTranslation("review.return.title") + " · " + line.label(), line.worker(),
                comment -> desk.returnLatest(me, new SubjectId(line.id()), comment), reload);
    }
}
