package org.oneform.app.feeds;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.DeliveryStore;

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
 * The department portal's feed section: how much was delivered and how much is not yet acknowledged, the
 * feed API tokens (created here and shown once, revoked here), and where to pull from.
 */
public final class FeedPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final DepartmentCode department;
    private final String username;
    private final DepartmentTokens tokens;
    private final DeliveryStore deliveries;
    private final Grid<DepartmentToken> grid = new Grid<>();
    private final Span summary = new Span();

    public FeedPanel(DepartmentCode department, String username, DepartmentTokens tokens, DeliveryStore deliveries) {
        this.department = department;
        this.username = username;
        this.tokens = tokens;
        this.deliveries = deliveries;
        setId("feed-panel");
        setPadding(false);
        summary.setId("feed-summary");
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
        add(new H2(getTranslation("feed.title")), summary, delivered, endpoint, form, grid);
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
        long total = deliveries.count(department);
        long open = deliveries.countAfter(department, deliveries.acknowledged(department));
        summary.setText(getTranslation("feed.summary", total, open));
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.withLocale(getLocale() == null ? Locale.CHINA : getLocale()).format(instant);
    }
}
