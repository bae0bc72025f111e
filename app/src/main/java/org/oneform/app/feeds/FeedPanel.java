package org.oneform.app.feeds;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.FeedActivity;
import org.oneform.sync.feeds.FeedStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The department portal's feed section: how much was delivered and how much is not yet acknowledged, the feed's
 * lag and last pull, the deliveries per day of the last {@value #DAYS} days, the feed API tokens (created here and
 * shown once, revoked here), and where to pull from.
 */
public final class FeedPanel extends VerticalLayout {

    /** How many days the volume chart shows, today included. */
    static final int DAYS = 14;
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final DepartmentCode department;
    private final String username;
    private final DepartmentTokens tokens;
    private final FeedActivity activity;
    private final Div status = new Div();
    private final FeedVolumeChart volume = new FeedVolumeChart();
    private final Grid<DepartmentToken> grid = new Grid<>();
    private final Span summary = new Span();

    public FeedPanel(DepartmentCode department, String username, DepartmentTokens tokens, FeedActivity activity) {
        this.department = department;
        this.username = username;
        this.tokens = tokens;
        this.activity = activity;
        setId("feed-panel");
        setPadding(false);
        summary.setId("feed-summary");
        status.setId("feed-status");
        status.setWidthFull();
        volume.setId("feed-volume");
        volume.setWidthFull();
        grid.setId("feed-tokens");
        grid.addColumn(DepartmentToken::label).setHeader(getTranslation("feed.token.label")).setAutoWidth(true);
        grid.addColumn(DepartmentToken::createdBy).setHeader(getTranslation("feed.token.created-by")).setAutoWidth(true);
        grid.addColumn(t -> time(t.createdAt())).setHeader(getTranslation("feed.token.created-at")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("feed.token.never") : time(t.lastUsedAt()))
                .setHeader(getTranslation("feed.token.last-used")).setAutoWidth(true);
        grid.addComponentColumn(this::stateOrRevoke).setHeader(getTranslation("feed.token.state")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        var label = new TextField(getTranslation("feed.token.label"));
        label.setId("new-token-label");
        label.setMaxLength(100);
        label.setPlaceholder(getTranslation("feed.token.label-hint"));
        var create = new Button(getTranslation("feed.token.create"), e -> {
            create(label.getValue());
            label.clear();
        });
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(label, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        var endpoint = new Paragraph(getTranslation("feed.endpoint", "/api/feeds/v1/changes"));
        endpoint.addClassName("of-hint");
        var delivered = new com.vaadin.flow.component.html.Anchor("department/delivered", getTranslation("feed.delivered-link"));
        delivered.setId("delivered-link");
        add(new H2(getTranslation("feed.title")), summary, status, volume, delivered, endpoint, form, grid);
        refresh();
    }

    private void create(String label) {
        String token = tokens.create(department, label, username);
        var value = new Div(token);
        value.setId("new-token-value");
        value.getStyle().set("font-family", "monospace").set("word-break", "break-all").set("user-select", "all");
        var dialog = new Dialog(new Paragraph(getTranslation("feed.token.shown-once")), value);
        dialog.setHeaderTitle(getTranslation("feed.token.created"));
        var close = new Button(getTranslation("feed.token.done"), e -> dialog.close());
        close.setId("close-new-token");
        dialog.getFooter().add(close);
        dialog.open();
        refresh();
    }

    private com.vaadin.flow.component.Component stateOrRevoke(DepartmentToken token) {
        if (!token.live()) {
            return new Span(getTranslation("feed.token.revoked", time(token.revokedAt())));
        }
        var revoke = new Button(getTranslation("feed.token.revoke"), e -> {
            var confirm = new ConfirmDialog(getTranslation("feed.token.revoke-title"),
                    getTranslation("feed.token.revoke-text", token.label()), getTranslation("feed.token.revoke"),
                    ok -> {
                        tokens.revoke(department, token.hash(), username);
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("feed.token.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.addClassName("revoke-token");
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.of(department));
        FeedStatus now = activity.status(department);
        summary.setText(getTranslation("feed.summary", now.delivered(), now.unacknowledged()));
        status.removeAll();
        status.add(ViewPieces.stats(
                ViewPieces.stat(getTranslation("feed.status.lag"), now.lag(java.time.Instant.now())
                        .map(this::duration).orElse(getTranslation("feed.status.up-to-date"))),
                ViewPieces.stat(getTranslation("feed.status.last-pull"), now.lastPullAt() == null
                        ? getTranslation("feed.status.never-pulled") : time(now.lastPullAt())),
                ViewPieces.stat(getTranslation("feed.status.last-delivery"), now.lastDeliveredAt() == null
                        ? getTranslation("feed.status.none-yet") : time(now.lastDeliveredAt()))));
        java.time.LocalDate today = java.time.LocalDate.now(PORTAL_ZONE);
        volume.show(getTranslation("feed.volume.title", DAYS), getTranslation("feed.volume.label"),
                activity.perDay(department, today.minusDays(DAYS - 1), today, PORTAL_ZONE));
    }

    /** A lag in the largest two units that matter: days and hours, hours and minutes, or minutes. */
    private String duration(java.time.Duration lag) {
        if (lag.toDays() > 0) {
            return getTranslation("feed.duration.days", lag.toDays(), lag.toHoursPart());
        }
        if (lag.toHours() > 0) {
            return getTranslation("feed.duration.hours", lag.toHours(), lag.toMinutesPart());
        }
        return getTranslation("feed.duration.minutes", lag.toMinutes());
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.withLocale(getLocale() == null ? Locale.CHINA : getLocale()).format(instant);
    }
}
