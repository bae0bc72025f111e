package org.oneform.app.search.ui;

import java.util.List;
import java.util.Optional;

import org.oneform.app.accounts.Account;
import org.oneform.app.search.RecordSummaries;
import org.oneform.app.search.RecordSummary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;

/**
 * A found record's summary, masked; "show full numbers" asks for a reason and goes through
 * {@link RecordSummaries#reveal}, which writes the audit log before anything is shown.
 */
final class RecordDialog extends Dialog {

    private final RecordSummaries summaries;
    private final Account account;
    private final RecordSummary summary;
    private final Div lines = new Div();

    private RecordDialog(RecordSummaries summaries, Account account, RecordSummary summary) {
        this.summaries = summaries;
        this.account = account;
        this.summary = summary;
        setId("record-summary");
        setHeaderTitle(getTranslation("subject." + summary.type().name()) + " · " + summary.title());
        setWidth("min(46rem, 95vw)");
        var where = new Paragraph(summary.area());
        where.addClassName("of-muted");
        where.setId("record-summary-area");
        lines.setId("record-summary-lines");
        lines.addClassName("of-summary-lines");
        show(summary.lines(), List.of());
        add(where, lines);

        var close = new Button(getTranslation("search.summary.close"), e -> close());
        close.setId("record-summary-close");
        if (summary.revealable()) {
            var reveal = new Button(getTranslation("search.reveal.button"), VaadinIcon.EYE.create());
            reveal.addClickListener(e -> {
                reveal.setEnabled(false);
                askReason(reveal);
            });
            reveal.setId("record-reveal");
            reveal.addThemeVariants(ButtonVariant.TERTIARY);
            getFooter().add(reveal);
        }
        getFooter().add(close);
    }

    /** Opens the summary of a record, or says it is not available (gone, or outside the account's scope). */
    static void open(RecordSummaries summaries, Account account, String id) {
        Optional<RecordSummary> summary = summaries.summary(account, id, com.vaadin.flow.component.UI.getCurrent().getLocale());
        if (summary.isEmpty()) {
            Notification.show(com.vaadin.flow.component.UI.getCurrent().getTranslation("search.summary.gone"));
            return;
        }
        new RecordDialog(summaries, account, summary.get()).open();
    }

    private void show(List<RecordSummary.Line> shown, List<RecordSummary.Line> revealed) {
        lines.removeAll();
        for (RecordSummary.Line line : shown) {
            String value = revealed.stream().filter(r -> r.fieldId().equals(line.fieldId())).findFirst()
                    .map(RecordSummary.Line::value).orElse(line.value());
            var label = new Span(line.label());
            label.addClassName("of-muted");
            var text = new Span(value);
            text.getElement().setAttribute("data-field", line.fieldId());
            var row = new Div(label, text);
            row.addClassName("of-summary-line");
            lines.add(row);
        }
    }

    private void askReason(Button reveal) {
        var reason = new TextField(getTranslation("search.reveal.reason"));
        reason.setId("record-reveal-reason");
        reason.setMaxLength(RecordSummaries.MAX_REASON);
        reason.setWidthFull();
        reason.setManualValidation(true);
        var confirm = new Button(getTranslation("search.reveal.confirm"));
        confirm.setId("record-reveal-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        var ask = new HorizontalLayout(reason, confirm);
        ask.setWidthFull();
        ask.setAlignItems(FlexComponent.Alignment.BASELINE);
        ask.expand(reason);
        var note = new Paragraph(getTranslation("search.reveal.note"));
        note.addClassName("of-muted");
        add(ask, note);
        reason.focus();
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("search.reveal.reason-required"));
                reason.setInvalid(true);
                return;
            }
            String address = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
            summaries.reveal(account, summary.id(), reason.getValue(), address, getLocale()).ifPresentOrElse(revealed -> {
                show(summary.lines(), revealed.lines());
                remove(ask, note);
                getFooter().remove(reveal);
                Notification.show(getTranslation("search.reveal.done"));
            }, () -> Notification.show(getTranslation("search.summary.gone")));
        });
    }
}
