package org.oneform.app.supervisor.ui;

import org.oneform.sync.review.ReturnProblem;
import org.oneform.sync.review.Returns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks for the comment a return to the worker needs, then returns: the review queue's "return" and the drill-down's
 * "return this visit" share it. The comment is required; the outcome is told in a notification, and the caller's
 * list is reloaded whatever happened.
 */
final class ReturnCommentDialog extends Dialog {

    /** Sends the return with the comment (the review desk's call). */
    interface Send {
        void send(String comment) throws InterruptedException;
    }

    /**
     * @param idPrefix the element ids' prefix ({@code <prefix>-return-comment}, {@code <prefix>-return-send})
     * @param title    the dialog's title
     * @param worker   whom it goes back to, for the hint and the confirmation
     */
    static void open(String idPrefix, String title, String worker, Send send, Runnable reload) {
        new ReturnCommentDialog(idPrefix, title, worker, send, reload).openWithFocus();
    }

    private final TextArea comment;

    private ReturnCommentDialog(String idPrefix, String title, String worker, Send send, Runnable reload) {
        setHeaderTitle(title);
        comment = new TextArea(getTranslation("review.return.comment"));
        comment.setId(idPrefix + "-return-comment");
        comment.setMaxLength(Returns.MAX_COMMENT);
        comment.setRequired(true);
        comment.setWidth("min(90vw, 32em)");
        comment.setMinHeight("8em");
        add(new Paragraph(getTranslation("review.return.hint", worker)), comment);
        var sendButton = new Button(getTranslation("review.return.send"), e -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("review.return.comment-required"));
                return;
            }
            try {
                send.send(comment.getValue());
                notify(getTranslation("review.return.done", worker), 4000, NotificationVariant.LUMO_SUCCESS);
            } catch (ReturnProblem problem) {
                notify(getTranslation("review.return.problem." + problem.kind()), 8000, NotificationVariant.LUMO_ERROR);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            close();
            reload.run();
        });
        sendButton.setId(idPrefix + "-return-send");
        sendButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("review.cancel"), e -> close()), sendButton);
    }

    private void openWithFocus() {
        open();
        comment.focus();
    }

    private static void notify(String text, int millis, NotificationVariant variant) {
        Notification.show(text, millis, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
