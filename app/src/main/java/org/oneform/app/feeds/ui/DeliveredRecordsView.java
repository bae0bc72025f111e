package org.oneform.app.feeds.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.feeds.ExportFormat;
import org.oneform.app.feeds.FeedBackfills;
import org.oneform.app.feeds.FeedExports;
import org.oneform.app.feeds.WebhookReplays;
import org.oneform.app.feeds.Webhooks;
import org.oneform.app.api.ProblemException;
import org.oneform.app.security.CurrentUser;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.DeliveredRecord;
import org.oneform.sync.feeds.DeliveryFilter;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.feeds.Grant;
import org.oneform.sync.feeds.Subscriptions;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * The department portal's view of what it received: its delivered records, newest first, paged from SQL,
 * filtered by field and delivery date, ID numbers and phones masked on the server; an export of the same
 * selection to Excel or CSV with a progress bar (the UI polls while it runs), audited; and, per approved
 * request, a backfill of its fields for records the registry already held; and its push webhook (URL, secret
 * shown once, state, replay from the start, a moment or a cursor: {@link WebhookReplayDialog}). See docs/decisions/0008-feed-backfill-and-exports.md and 0009-feed-webhooks.md.
 */
@Route("department/delivered")
@RolesAllowed("DEPARTMENT")
class DeliveredRecordsView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);
    private static final int POLL_MS = 400;

    private final DepartmentCode department;
    private final String username;
    private final DeliveryStore deliveries;
    private final FeedExports exports;
    private final FeedBackfills backfills;
    private final Webhooks webhooks;
    private final WebhookReplays replays;
    private final Span webhookState = new Span();
    private final List<String> fields;
    private final ComboBox<String> field = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<DeliveredRecord> grid = new Grid<>();
    private final Span count = new Span();
    private final Checkbox reveal = new Checkbox();
    private final ProgressBar exportProgress = new ProgressBar();
    private final Span exportStatus = new Span();
    private final HorizontalLayout download = new HorizontalLayout();
    private final List<Button> exportButtons = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private DeliveryFilter filter = DeliveryFilter.ALL;
    private int polling;

    DeliveredRecordsView(CurrentUser currentUser, DeliveryStore deliveries, FeedExports exports, FeedBackfills backfills,
                         Subscriptions subscriptions, Webhooks webhooks, WebhookReplays replays) {
        this.webhooks = webhooks;
        this.replays = replays;
        Account me = currentUser.require();
        this.department = me.department();
        this.username = me.username();
        this.deliveries = deliveries;
        this.exports = exports;
        this.backfills = backfills;
        this.fields = exports.fieldsEverGranted(department);
        addClassName("of-view");
        var title = new H1(getTranslation("delivered.title"));
        title.setId("delivered-title");

        field.setLabel(getTranslation("delivered.field"));
        field.setItems(fields);
        field.setItemLabelGenerator(f -> exports.label(f, getLocale()));
        field.setClearButtonVisible(true);
        field.setId("delivered-field");
        from.setLabel(getTranslation("delivered.from"));
        from.setId("delivered-from");
        to.setLabel(getTranslation("delivered.to"));
        to.setId("delivered-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        var search = new Button(getTranslation("delivered.search"), e -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("delivered-search");
        var filters = new HorizontalLayout(field, from, to, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("delivered-grid");
        grid.addColumn(r -> TIME.format(r.deliveredAt())).setHeader(getTranslation("feed.export.column.delivered-at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DeliveredRecord::subject).setHeader(getTranslation("feed.export.column.subject")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("ledger.change." + r.change().name()))
                .setHeader(getTranslation("feed.export.column.change")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("feed.export.source." + r.provenance()))
                .setHeader(getTranslation("feed.export.column.source")).setWidth("7em").setFlexGrow(0);
        for (String f : fields) {
            ValueProvider<DeliveredRecord, String> shown = r -> {
                String value = r.fields().get(f);
                return value == null ? "" : exports.display(f, exports.masked(f, value), getLocale());
            };
            String label = exports.label(f, getLocale());
            grid.addColumn(shown).setHeader(label).setKey(f).setResizable(true).setFlexGrow(0)
                    .setWidth(Math.max(9, Math.min(15, label.length() + 6)) + "em")
                    .setTooltipGenerator(r -> shown.apply(r) + (r.changed().contains(f)
                            ? "（" + getTranslation("feed.export.column.changed") + "）" : ""));
        }
        grid.setHeight("55vh");
        grid.setPageSize(50);
        count.setId("delivered-count");

        reveal.setLabel(getTranslation("delivered.export.reveal"));
        reveal.setId("export-reveal");
        for (ExportFormat format : ExportFormat.values()) {
            var button = new Button(getTranslation("delivered.export." + format.extension()), e -> export(format));
            button.setId("export-" + format.extension());
            exportButtons.add(button);
        }
        exportProgress.setId("export-progress");
        exportProgress.setVisible(false);
        exportProgress.setWidth("20em");
        exportStatus.setId("export-status");
        download.setId("export-download");
        var exportRow = new HorizontalLayout();
        exportRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        exportRow.setWrap(true);
        exportButtons.forEach(exportRow::add);
        exportRow.add(reveal);

        add(title, new Paragraph(getTranslation("delivered.intro")), filters, count, grid,
                new H2(getTranslation("delivered.export.title")), exportRow, exportProgress, exportStatus, download,
                new H2(getTranslation("backfill.title")), new Paragraph(getTranslation("backfill.intro")),
                backfillGrid(subscriptions.of(department)),
                new H2(getTranslation("webhook.title")), new Paragraph(getTranslation("webhook.intro")), webhookSection());
        search();
    }

    private void search() {
        try {
            var start = from.getOptionalValue().map(d -> d.atStartOfDay(CHINA).toInstant()).orElse(null);
            var end = to.getOptionalValue().map(d -> d.plusDays(1).atStartOfDay(CHINA).toInstant()).orElse(null);
            filter = new DeliveryFilter(field.getValue(), start, end);
        } catch (IllegalArgumentException e) {
            error(getTranslation("delivered.bad-period"));
            return;
        }
        DeliveryFilter current = filter;
        long total = deliveries.count(department, current);
        count.setText(getTranslation("delivered.count", total));
        grid.setItems(query -> deliveries.delivered(department, current, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, deliveries.count(department, current)));
    }

    private void export(ExportFormat format) {
        UI ui = UI.getCurrent();
        exportButtons.forEach(b -> b.setEnabled(false));
        download.removeAll();
        exportProgress.setVisible(true);
        exportProgress.setIndeterminate(true);
        exportStatus.setText(getTranslation("delivered.export.running", 0, "…"));
        startPolling(ui);
        exports.start(department, filter, format, reveal.getValue(), username, getLocale(),
                (done, total) -> ui.access(() -> {
                    exportProgress.setIndeterminate(false);
                    exportProgress.setValue(total == 0 ? 1 : (double) done / total);
                    exportStatus.setText(getTranslation("delivered.export.running", done, total));
                })).whenComplete((export, failure) -> ui.access(() -> {
                    stopPolling(ui);
                    exportButtons.forEach(b -> b.setEnabled(true));
                    exportProgress.setVisible(false);
                    if (failure != null) {
                        exportStatus.setText("");
                        error(getTranslation("delivered.export.failed"));
                        return;
                    }
                    files.add(export.file());
                    exportStatus.setText(getTranslation("delivered.export.done", export.rows()));
                    var link = new Anchor(DownloadHandler.forFile(export.file().toFile(), export.fileName()),
                            getTranslation("delivered.export.download", export.fileName()));
                    link.getElement().setAttribute("download", export.fileName());
                    link.setId("export-file-" + format.extension());
                    download.add(link);
                }));
    }

    private Component backfillGrid(List<Grant> grants) {
        var table = new Grid<Grant>();
        table.setId("backfill-grid");
        table.addColumn(Grant::purpose).setHeader(getTranslation("backfill.purpose")).setFlexGrow(1)
                .setTooltipGenerator(Grant::purpose);
        table.addColumn(g -> g.fields().stream().map(f -> exports.label(f, getLocale())).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("delivered.field")).setFlexGrow(1)
                .setTooltipGenerator(g -> g.fields().stream().map(f -> exports.label(f, getLocale())).sorted()
                        .collect(Collectors.joining("、")));
        table.addComponentColumn(this::backfillCell).setHeader(getTranslation("backfill.state")).setWidth("26em")
                .setFlexGrow(0);
        table.setItems(grants);
        table.setAllRowsVisible(true);
        return table;
    }

    private Component backfillCell(Grant grant) {
        var bar = new ProgressBar();
        bar.setWidth("10em");
        var status = new Span();
        var button = new Button(getTranslation("backfill.run"));
        button.addClassName("run-backfill");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var cell = new VerticalLayout(new HorizontalLayout(button, bar), status);
        cell.setPadding(false);
        cell.setSpacing(false);
        status.getStyle().set("white-space", "normal").set("font-size", "var(--lumo-font-size-s)");
        Runnable show = () -> backfills.latest(grant.request()).ifPresentOrElse(job -> {
            bar.setVisible(job.running());
            bar.setIndeterminate(job.total() < 0);
            bar.setValue(job.total() <= 0 ? 0 : (double) job.done() / job.total());
            button.setEnabled(!job.running());
            status.setText(job.failed() ? getTranslation("backfill.failed") : job.result()
                    .map(r -> getTranslation("backfill.done", r.matched(), r.written()))
                    .orElseGet(() -> getTranslation("backfill.running", job.done(), Math.max(job.total(), 0))));
        }, () -> bar.setVisible(false));
        show.run();
        button.addClickListener(e -> {
            UI ui = UI.getCurrent();
            backfills.start(department, grant.request(), username);
            startPolling(ui);
            com.vaadin.flow.shared.Registration[] registration = new com.vaadin.flow.shared.Registration[1];
            registration[0] = ui.addPollListener(poll -> {
                show.run();
                if (backfills.latest(grant.request()).map(j -> !j.running()).orElse(true)) {
                    registration[0].remove();
                    stopPolling(ui);
                    search();
                }
            });
            show.run();
        });
        return cell;
    }

    private Component webhookSection() {
        var url = new TextField(getTranslation("webhook.url"));
        url.setId("webhook-url");
        url.setWidth("32em");
        url.setPlaceholder("https://");
        webhooks.of(department).ifPresent(h -> url.setValue(h.url()));
        var save = new Button(getTranslation("webhook.save"), e -> {
            try {
                String secret = webhooks.configure(department, url.getValue(), deliveries.lastFeedSeq(), username);
                var value = new Div(secret);
                value.setId("webhook-secret");
                value.getStyle().set("font-family", "monospace").set("word-break", "break-all").set("user-select", "all");
                var dialog = new Dialog(new Paragraph(getTranslation("webhook.secret-once")), value);
                dialog.setHeaderTitle(getTranslation("webhook.saved"));
                var close = new Button(getTranslation("feed.token.done"), x -> dialog.close());
                close.setId("close-webhook-secret");
                dialog.getFooter().add(close);
                dialog.open();
            } catch (ProblemException problem) {
                error(getTranslation("webhook.bad-url"));
            }
            showWebhook();
        });
        save.setId("webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var replay = new Button(getTranslation("webhook.replay"), e -> {
            if (webhooks.of(department).isEmpty()) {
                error(getTranslation("webhook.replay.error.no-webhook"));
                return;
            }
            new WebhookReplayDialog(replays, department, username, CHINA, this::showWebhook).open();
        });
        replay.setId("webhook-replay");
        var remove = new Button(getTranslation("webhook.remove"), e -> {
            webhooks.remove(department, username);
            url.clear();
            showWebhook();
        });
        remove.setId("webhook-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var refresh = new Button(getTranslation("webhook.refresh"), e -> showWebhook());
        refresh.setId("webhook-refresh");
        var form = new HorizontalLayout(url, save, replay, remove, refresh);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        webhookState.setId("webhook-state");
        showWebhook();
        return new VerticalLayout(form, webhookState);
    }

    private void showWebhook() {
        webhookState.setText(webhooks.of(department).map(h -> {
            long behind = deliveries.countAfter(department, h.pushedSeq());
            String state = getTranslation("webhook.state", behind, h.lastSuccessAt() == null
                    ? getTranslation("feed.token.never") : TIME.format(h.lastSuccessAt()));
            return h.lastError() == null ? state
                    : state + " " + getTranslation("webhook.failing", h.failures(), h.lastError(), TIME.format(h.nextAttemptAt()));
        }).orElse(getTranslation("webhook.none")));
    }

    private void startPolling(UI ui) {
        if (polling++ == 0) {
            ui.setPollInterval(POLL_MS);
        }
    }

    private void stopPolling(UI ui) {
        if (polling > 0 && --polling == 0) {
            ui.setPollInterval(-1);
        }
    }

    private void error(String text) {
        var notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = 0;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file: the OS cleans its temp directory
            }
        }
        files.clear();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delivered.title") + " · " + getTranslation("app.name");
    }
}
