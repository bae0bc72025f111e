package org.oneform.app.supervisor.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.oneform.app.accounts.Account;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.ViewPieces;
import org.oneform.app.supervisor.DecidedLine;
import org.oneform.app.supervisor.ReviewDesk;
import org.oneform.app.supervisor.ReviewLine;
import org.oneform.sync.review.ReviewDecision;
import org.oneform.sync.review.ReviewProblem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The review screen: the open review items of the supervisor's street as cards in one column (readable on a
 * tablet) — possible duplicates side by side, field conflicts with the value that stands and the one held back,
 * warnings — each with its decision and "return to the worker". The server enforces the street, masks ID numbers and
 * phones and audits every decision ({@link ReviewDesk}); an item someone else decided first is refused with who and
 * when. See {@code docs/decisions/0011-review-decisions-in-the-ledger.md}.
 */
@Route(SupervisorRoutes.REVIEW)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** Decided items shown below the open ones. */
    private static final int HISTORY = 20;

    private final ReviewDesk desk;
    private final Account me;
    private final Div body = new Div();

    ReviewView(CurrentUser currentUser, ReviewDesk desk) {
        this.desk = desk;
        this.me = currentUser.require();
        addClassName("of-view");
        body.setWidthFull();
        body.setId("review-items");
        add(ViewPieces.homeTitle(getTranslation("review.title")), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    private void reload() {
        body.removeAll();
        List<ReviewLine> lines = desk.open(me);
        var count = new Paragraph(getTranslation("review.count", lines.size()));
        count.setId("review-count");
        count.addClassName("of-muted");
        body.add(count);
        if (lines.isEmpty()) {
            var none = new Paragraph(getTranslation("review.empty"));
            none.setId("review-empty");
            body.add(none);
        }
        lines.forEach(line -> body.add(card(line)));
        List<DecidedLine> decided = desk.decided(me, HISTORY);
        if (!decided.isEmpty()) {
            var title = new H3(getTranslation("review.history"));
            var history = new Div();
            history.setId("review-history");
            decided.forEach(d -> {
                var row = new Div(new Span(TIME.format(d.at()) + "　"), new Span(getTranslation("review.kind." + d.kind()) + "　"),
                        new Span(d.subject() + "　"), new Span(getTranslation("review.decision." + d.decision()) + "　"),
                        muted(d.by()));
                if (d.undoable()) {
                    var undo = new Button(getTranslation("review.merge.undo"), VaadinIcon.SPLIT.create(), e -> {
                        try {
                            desk.undoMerge(me, d.itemId(), getTranslation("review.merge.undo"));
                            ok(getTranslation("review.merge.undone"));
                        } catch (IllegalStateException gone) {
                            error(getTranslation("review.merge.undo-gone"));
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        }
                        reload();
                    });
                    undo.setId("review-undo-merge-" + d.itemId());
                    undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    row.add(undo);
                } else if (d.decision() == org.oneform.sync.review.ReviewDecision.MERGE) {
                    // a merge no longer undoable had its merged submission split out again: it was undone
                    var undone = muted("　" + getTranslation("review.merge.was-undone"));
                    undone.addClassName("review-merge-undone");
                    row.add(undone);
                }
                row.getStyle().set("font-size", "var(--lumo-font-size-s)").set("padding", "var(--lumo-space-xs) 0");
                history.add(row);
            });
            body.add(title, history);
        }
    }

    private Component card(ReviewLine line) {
        var card = new Div();
        card.setId("review-item-" + line.itemId());
        card.addClassName("of-review-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)")
                .set("max-width", "56em").set("box-sizing", "border-box");
        var kind = new Span(getTranslation("review.kind." + line.kind()));
        kind.getElement().getThemeList().add("badge" + switch (line.kind()) {
            case POSSIBLE_DUPLICATE -> " contrast";
            case FIELD_CONFLICT -> "";
            case VALIDATION_WARNING -> " error";
            case RESUBMISSION -> " success";
        });
        var head = new HorizontalLayout(kind, muted(line.gridName()),
                muted(getTranslation("review.worker", line.worker())), muted(TIME.format(line.raisedAt())));
        head.setWrap(true);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (line.returned()) {
            var returned = new Span(getTranslation("review.returned"));
            returned.getElement().getThemeList().add("badge success");
            returned.addClassName("review-returned");
            head.add(returned);
        }
        card.add(head);
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        switch (line.kind()) {
            case POSSIBLE_DUPLICATE -> {
                card.add(new Paragraph(getTranslation("review.duplicate.question", String.format(java.util.Locale.ROOT, "%.1f", line.score()))));
                card.add(sideBySide(line));
                actions.add(confirmMerge(line),
                        decide(line, ReviewDecision.NOT_SAME_PERSON, "review-not-same-", ButtonVariant.LUMO_CONTRAST));
                var defer = new Button(getTranslation("review.defer"), e -> Notification.show(
                        getTranslation("review.deferred"), 3000, Notification.Position.TOP_CENTER));
                defer.setId("review-defer-" + line.itemId());
                actions.add(defer);
            }
            case FIELD_CONFLICT -> {
                card.add(party(getTranslation("review.subject"), line.subject()));
                card.add(conflict(line));
                actions.add(decide(line, ReviewDecision.CHOOSE_PROPOSED, "review-choose-", ButtonVariant.LUMO_PRIMARY),
                        decide(line, ReviewDecision.KEEP_CURRENT, "review-keep-", ButtonVariant.LUMO_CONTRAST));
            }
            case VALIDATION_WARNING -> {
                card.add(party(getTranslation("review.subject"), line.subject()));
                var note = new Paragraph(getTranslation("review.warning.text"));
                note.getElement().setAttribute("title", line.note() == null ? "" : line.note());
                card.add(note);
                actions.add(decide(line, ReviewDecision.APPROVED, "review-approve-", ButtonVariant.LUMO_PRIMARY));
            }
            case RESUBMISSION -> {
                card.add(party(getTranslation("review.subject"), line.subject()));
                card.add(answered(line));
                actions.add(decide(line, ReviewDecision.APPROVED, "review-approve-", ButtonVariant.LUMO_PRIMARY));
            }
        }
        var giveBack = new Button(getTranslation("review.return"), VaadinIcon.REPLY.create(), e -> askComment(line));
        giveBack.setId("review-return-" + line.itemId());
        giveBack.setEnabled(!line.returned());
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(giveBack);
        card.add(actions);
        return card;
    }

    /** What a resubmission answers: the return's comment, who returned it and when. */
    private Component answered(ReviewLine line) {
        var box = new Div();
        box.addClassName("review-resubmits");
        box.setId("review-resubmits-" + line.itemId());
        box.add(new Paragraph(getTranslation("review.resubmission.text")));
        if (line.resubmits() != null) {
            var quote = new Paragraph("“" + line.resubmits().comment() + "”");
            quote.addClassName("review-return-comment");
            quote.getStyle().set("border-left", "3px solid var(--lumo-error-color-50pct)")
                    .set("padding-left", "var(--lumo-space-s)").set("margin", "var(--lumo-space-xs) 0");
            box.add(quote, muted(getTranslation("review.resubmission.returned-by", line.resubmits().by(),
                    TIME.format(line.resubmits().at()))));
        }
        return box;
    }

    /** Merging is asked once more: the new record disappears into the existing one (a split undoes it). */
    private Button confirmMerge(ReviewLine line) {
        var button = new Button(getTranslation("review.decision.MERGE"), VaadinIcon.CONNECT.create(), e -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("review.merge.title"));
            dialog.add(new Paragraph(getTranslation("review.merge.text", line.subject().id(),
                    line.other() == null ? "" : line.other().id())));
            var merge = new Button(getTranslation("review.decision.MERGE"), click -> {
                dialog.close();
                decideNow(line, ReviewDecision.MERGE);
            });
            merge.setId("review-merge-confirm");
            merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("review.cancel"), click -> dialog.close()), merge);
            dialog.open();
        });
        button.setId("review-merge-" + line.itemId());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Component sideBySide(ReviewLine line) {
        var pair = new HorizontalLayout(party(getTranslation("review.duplicate.new"), line.subject()),
                line.other() == null ? new Div() : party(getTranslation("review.duplicate.existing"), line.other()));
        pair.setWrap(true);
        pair.setWidthFull();
        pair.addClassName("review-pair");
        return pair;
    }

    private Component party(String caption, ReviewLine.Party party) {
        var box = new Div();
        box.addClassName("review-party");
        box.getStyle().set("flex", "1 1 16em").set("min-width", "14em").set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        var title = new H3(caption);
        title.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0 0 var(--lumo-space-xs)");
        box.add(title, row("review.label", party.label()), row("review.record", party.id()));
        if (!party.idNumber().isEmpty()) {
            box.add(row("review.id-number", party.idNumber()));
        }
        if (!party.phone().isEmpty()) {
            box.add(row("review.phone", party.phone()));
        }
        if (!party.extra().isEmpty()) {
            box.add(row("review.extra", party.extra()));
        }
        return box;
    }

    private Component conflict(ReviewLine line) {
        var field = new Paragraph(getTranslation("review.conflict.field", line.fieldLabel()));
        var current = ViewPieces.labelled(getTranslation("review.conflict.current"), new Span(line.current()));
        current.setId("review-current-" + line.itemId());
        var proposed = ViewPieces.labelled(getTranslation("review.conflict.proposed"), new Span(line.proposed()));
        proposed.setId("review-proposed-" + line.itemId());
        var values = new HorizontalLayout(current, proposed);
        values.setWrap(true);
        var box = new Div(field, values);
        return box;
    }

    private Component row(String key, String value) {
        var line = new Div(new Span(getTranslation(key) + "："), new Span(value));
        line.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    private Span muted(String text) {
        var span = new Span(text);
        span.addClassName("of-muted");
        return span;
    }

    private Button decide(ReviewLine line, ReviewDecision decision, String idPrefix, ButtonVariant variant) {
        var button = new Button(getTranslation("review.decision." + decision), e -> decideNow(line, decision));
        button.setId(idPrefix + line.itemId());
        button.addThemeVariants(variant);
        return button;
    }

    private void decideNow(ReviewLine line, ReviewDecision decision) {
        try {
            desk.decide(me, line.itemId(), decision, "");
            ok(getTranslation("review.decided", getTranslation("review.decision." + decision)));
        } catch (ReviewProblem problem) {
            refused(problem);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        reload();
    }

    private void askComment(ReviewLine line) {
        ReturnCommentDialog.open("review", getTranslation("review.return.title"), line.worker(),
                comment -> desk.returnToWorker(me, line.itemId(), comment), this::reload);
    }

    private void refused(ReviewProblem problem) {
        if (problem.kind() == ReviewProblem.Kind.ALREADY_DECIDED) {
            error(getTranslation("review.problem.ALREADY_DECIDED", desk.nameOf(problem.decidedBy()), TIME.format(problem.decidedAt())));
        } else {
            error(getTranslation("review.problem." + problem.kind()));
        }
    }

    private void ok(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String message) {
        var n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("review-problem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.name");
    }
}
