package org.oneform.app.requests.ui;

import java.time.Clock;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.oneform.app.accounts.Account;
import org.oneform.app.catalog.CatalogTexts;
import org.oneform.app.requests.Actors;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestContent;
import org.oneform.forms.request.RequestException;
import org.oneform.forms.request.RequestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A department's field requests (数据需求): the list with each request's state, and beside it the selected
 * request — editable while it is a draft (save, submit), withdrawable once approved, with its history.
 */
@Route("requests")
@RolesAllowed("DEPARTMENT")
class RequestsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(RequestsView.class);

    private final FieldRequests requests;
    private final Catalog catalog;
    private final Clock clock;
    private final Actor actor;
    private final Account me;
    private final DateTimeFormatter time;
    private final Grid<FieldRequest> grid = new Grid<>();
    private final RequestEditor editor;
    private final Div header = new Div();
    private final Div history = new Div();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button withdraw = new Button();
    private final Button copy = new Button();
    private FieldRequest current;

    RequestsView(CurrentUser currentUser, FieldRequests requests, Catalog catalog, DepartmentDirectory departments,
                 Clock clock) {
        this.requests = requests;
        this.catalog = catalog;
        this.clock = clock;
        this.me = currentUser.require();
        this.actor = Actors.of(me);
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.editor = new RequestEditor(catalog, requests, me.department());
        addClassName("of-view");
        setHeightFull();

        var create = new Button(getTranslation("request.new"), VaadinIcon.PLUS.create(), e -> startNew(null));
        create.setId("request-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var who = new Paragraph(getTranslation("requests.intro", CatalogTexts.department(this, departments, me.department())));
        who.addClassName("of-muted");
        who.getStyle().set("margin", "0");

        grid.setId("request-grid");
        grid.addColumn(r -> r.id().value()).setHeader(getTranslation("request.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("subject." + r.subjectType().name())).setHeader(getTranslation("catalog.subject"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.content().purpose()).setHeader(getTranslation("request.purpose")).setFlexGrow(1)
                .setTooltipGenerator(r -> r.content().purpose());
        grid.addColumn(r -> r.fieldIds().size()).setHeader(getTranslation("request.fields.short")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new StateTag(r.state())).setHeader(getTranslation("request.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeightFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });

        save.setText(getTranslation("request.save"));
        save.setId("request-save");
        save.addClickListener(e -> save());
        submit.setText(getTranslation("request.submit"));
        submit.setId("request-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        withdraw.setText(getTranslation("request.withdraw"));
        withdraw.setId("request-withdraw");
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        withdraw.addClickListener(e -> confirmWithdraw());
        copy.setText(getTranslation("request.copy"));
        copy.setId("request-copy");
        copy.addClickListener(e -> startNew(current.content()));
        var actions = new FlexLayout(save, submit, withdraw, copy);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");

        var detail = new VerticalLayout(header, editor, actions, history);
        detail.setId("request-detail");
        detail.getStyle().set("overflow", "auto");
        var split = new SplitLayout(grid, detail);
        split.setSplitterPosition(50);
        split.setSizeFull();
        var top = new HorizontalLayout(ViewPieces.homeTitle(getTranslation("requests.title")), create);
        top.setAlignItems(Alignment.BASELINE);
        top.setWidthFull();
        top.expand(top.getComponentAt(0));
        add(top, who, split);
        setFlexGrow(1, split);
        refreshGrid();
        startNew(null);
    }

    private void refreshGrid() {
        List<FieldRequest> mine = requests.ofDepartment(me.department()).stream()
                .sorted(Comparator.comparing(FieldRequest::id).reversed()).toList();
        grid.setItems(mine);
    }

    /** An empty draft, or a copy of {@code template} (e.g. a rejected request to send again). */
    private void startNew(RequestContent template) {
        current = null;
        grid.asSingleSelect().clear();
        header.removeAll();
        header.add(new H2(getTranslation("request.new.title")));
        editor.setContent(template != null ? template
                : RequestContent.of(me.department(), SubjectType.RESIDENT, List.of(), "", "", Period.ofDays(365)));
        editor.setEditable(true);
        history.removeAll();
        buttons(null);
    }

    private void show(FieldRequest request) {
        current = request;
        header.removeAll();
        var title = new H2(request.id().value() + " ");
        title.add(new StateTag(request.state()));
        header.add(title);
        if (request.state() == RequestState.REJECTED) {
            var reason = new Paragraph(getTranslation("request.rejected-because", request.rejectionReason()));
            reason.setId("request-rejection");
            reason.getStyle().set("color", "var(--lumo-error-text-color)");
            header.add(reason);
        }
        editor.setContent(request.content());
        editor.setEditable(request.state() == RequestState.DRAFT);
        history.removeAll();
        history.add(new H3(getTranslation("request.history")), new RequestHistory(request, clock.getZone()));
        buttons(request.state());
    }

    private void buttons(RequestState state) {
        save.setVisible(state == null || state == RequestState.DRAFT);
        submit.setVisible(state == null || state == RequestState.DRAFT);
        withdraw.setVisible(state == RequestState.APPROVED);
        copy.setVisible(state == RequestState.REJECTED || state == RequestState.WITHDRAWN);
    }

    /** Saves the editor's content as a new draft or over the current one; the saved request, or null if refused. */
    private FieldRequest saveDraft() {
        RequestContent content = editor.content();
        return act(() -> current == null ? requests.create(actor, content) : requests.update(actor, current.id(), content));
    }

    private void save() {
        FieldRequest saved = saveDraft();
        if (saved != null) {
            Problems.done(this, getTranslation("request.saved", saved.id().value()));
            reload(saved);
        }
    }

    private void submit() {
        FieldRequest saved = saveDraft();
        if (saved == null) {
            return;
        }
        FieldRequest submitted = act(() -> requests.submit(actor, saved.id(), ""));
        if (submitted != null) {
            Problems.done(this, getTranslation("request.submitted", submitted.id().value()));
        }
        reload(submitted != null ? submitted : saved);
    }

    private void confirmWithdraw() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("request.withdraw.title", current.id().value()));
        dialog.setText(getTranslation("request.withdraw.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("request.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            FieldRequest withdrawn = act(() -> requests.withdraw(actor, current.id(), ""));
            if (withdrawn != null) {
                Problems.done(this, getTranslation("request.withdrawn", withdrawn.id().value()));
                reload(withdrawn);
            }
        });
        dialog.open();
    }

    private void reload(FieldRequest request) {
        refreshGrid();
        grid.select(request);
        show(request);
    }

    private FieldRequest act(java.util.function.Supplier<FieldRequest> step) {
        try {
            return step.get();
        } catch (RequestException e) {
            Problems.refused(this, e);
        } catch (RuntimeException e) {
            LOG.error("request action failed for {}", me.username(), e);
            Problems.failed(this);
        }
        return null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title") + " · " + getTranslation("app.name");
    }
}
