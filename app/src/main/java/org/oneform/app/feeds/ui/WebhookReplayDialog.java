package org.oneform.app.feeds.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.oneform.app.api.ProblemException;
import org.oneform.app.feeds.ReplayFrom;
import org.oneform.app.feeds.ReplayPlan;
import org.oneform.app.feeds.WebhookReplays;
import org.oneform.forms.department.DepartmentCode;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Replaying the department's webhook queue: from the start, from a date and time (China time) or after a cursor.
 * "Preview" asks {@link WebhookReplays} what would be pushed again and shows the count; only then can it be
 * confirmed, and any change of the start point asks for a new preview. A bad start (a cursor that is not this
 * feed's, one from the future, a time after now) is shown at its field. See
 * docs/decisions/0034-feed-csv-and-webhook-replay.md.
 */
class WebhookReplayDialog extends Dialog {

    enum Mode { START, SINCE, CURSOR }

    private final WebhookReplays replays;
    private final DepartmentCode department;
    private final String username;
    private final ZoneId zone;
    private final Runnable replayed;
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final DateTimePicker since = new DateTimePicker();
    private final TextField cursor = new TextField();
    private final Span count = new Span();
    private final Button confirm = new Button();
    private ReplayFrom previewed;

    WebhookReplayDialog(WebhookReplays replays, DepartmentCode department, String username, ZoneId zone, Runnable replayed) {
        this.replays = replays;
        this.department = department;
        this.username = username;
        this.zone = zone;
        this.replayed = replayed;
        setId("webhook-replay-dialog");
        setHeaderTitle(getTranslation("webhook.replay.title"));
        setWidth("36em");

        mode.setId("webhook-replay-mode");
        mode.setLabel(getTranslation("webhook.replay.from"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("webhook.replay.from." + m.name().toLowerCase()));
        mode.setValue(Mode.START);
        mode.addValueChangeListener(e -> modeChanged());

        since.setId("webhook-replay-since");
        since.setLabel(getTranslation("webhook.replay.since"));
        since.setStep(java.time.Duration.ofMinutes(1));
        since.setManualValidation(true);
        since.setMax(LocalDateTime.now(zone));
        since.addValueChangeListener(e -> stale());
        cursor.setId("webhook-replay-cursor");
        cursor.setLabel(getTranslation("webhook.replay.cursor"));
        cursor.setHelperText(getTranslation("webhook.replay.cursor.helper"));
        cursor.setPlaceholder("c1.");
        cursor.setWidthFull();
        cursor.setManualValidation(true);
        cursor.addValueChangeListener(e -> stale());
        count.setId("webhook-replay-count");

        var intro = new Paragraph(getTranslation("webhook.replay.intro"));
        var fields = new VerticalLayout(intro, mode, since, cursor, count);
        fields.setPadding(false);
        add(fields);

        var preview = new Button(getTranslation("webhook.replay.preview"), e -> preview());
        preview.setId("webhook-replay-preview");
        confirm.setText(getTranslation("webhook.replay.confirm"));
        confirm.setId("webhook-replay-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        var cancel = new Button(getTranslation("webhook.replay.cancel"), e -> close());
        cancel.setId("webhook-replay-cancel");
        getFooter().add(cancel, preview, confirm);
        modeChanged();
    }

    private void modeChanged() {
        since.setVisible(mode.getValue() == Mode.SINCE);
        cursor.setVisible(mode.getValue() == Mode.CURSOR);
        stale();
    }

    /** The start point changed: what was previewed no longer holds. */
    private void stale() {
        previewed = null;
        confirm.setEnabled(false);
        count.setText("");
        since.setInvalid(false);
        cursor.setInvalid(false);
    }

    private ReplayFrom from() {
        return switch (mode.getValue()) {
            case START -> new ReplayFrom.Start();
            case SINCE -> new ReplayFrom.Since(since.getValue() == null ? null : since.getValue().atZone(zone).toInstant());
            case CURSOR -> new ReplayFrom.AfterCursor(cursor.getValue());
        };
    }

    private void preview() {
        stale();
        ReplayFrom from = from();
        try {
            ReplayPlan plan = replays.plan(department, from);
            previewed = from;
            count.setText(getTranslation("webhook.replay.count", plan.deliveries()));
            confirm.setEnabled(true);
        } catch (ProblemException problem) {
            show(problem);
        }
    }

    private void confirm() {
        if (previewed == null) {
            return;
        }
        try {
            ReplayPlan plan = replays.replay(department, previewed, username);
            close();
            Notification.show(getTranslation("webhook.replay.done", plan.deliveries()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            replayed.run();
        } catch (ProblemException problem) {
            stale();
            show(problem);
        }
    }

    /** The problem's message at the field it names (the time or the cursor), else as a notification. */
    private void show(ProblemException problem) {
        var properties = problem.problem().getProperties();
        String code = properties == null ? "" : String.valueOf(properties.get("code"));
        String property = properties == null ? "" : String.valueOf(properties.get("property"));
        String text = getTranslation("webhook.replay.error." + code);
        HasValidation at = switch (property) {
            case "since" -> since;
            case "cursor" -> cursor;
            default -> null;
        };
        if (at == null) {
            Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        at.setErrorMessage(text);
        at.setInvalid(true);
    }
}
