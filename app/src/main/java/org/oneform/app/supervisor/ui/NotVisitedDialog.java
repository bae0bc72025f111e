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
import org.oneform.sync.review.ReturnProblem;
import org.oneform.sync.review.Returns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
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
        }).setWidth("8em").setFlexGrow(0).setFrozenToEnd(true);
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        list.setEmptyStateText(getTranslation("dashboard.drill-empty"));
        status.addValueChangeListener(e -> list.setItems(dashboard.subjects(me, cycle.id(), grid, e.getValue())));
        status.setValue(SubjectStatus.NOT_VISITED);
        add(status, list);
        getFooter().add(new Button(getTranslation("dashboard.close"), e -> close()));
    }

    private void askComment(ReviewDesk desk, Account me, SubjectLine line, Runnable reload) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.return.title") + " · " + line.label());
        var comment = new TextArea(getTranslation("review.return.comment"));
        comment.setId("drill-return-comment");
        comment.setMaxLength(Returns.MAX_COMMENT);
        comment.setRequired(true);
        comment.setWidth("min(90vw, 32em)");
        comment.setMinHeight("8em");
        dialog.add(new Paragraph(getTranslation("review.return.hint", line.worker())), comment);
        var send = new Button(getTranslation("review.return.send"), e -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("review.return.comment-required"));
                return;
            }
            try {
                desk.returnLatest(me, new SubjectId(line.id()), comment.getValue());
                Notification.show(getTranslation("review.return.done", line.worker()), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ReturnProblem problem) {
                Notification.show(getTranslation("review.return.problem." + problem.kind()), 8000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            dialog.close();
            reload.run();
        });
        send.setId("drill-return-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("review.cancel"), e -> dialog.close()), send);
        dialog.open();
        comment.focus();
    }
}
