package org.oneform.app.requests.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.oneform.app.catalog.CatalogTexts;
import org.oneform.app.catalog.DiffPanel;
import org.oneform.app.requests.Actors;
import org.oneform.app.security.CurrentUser;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.compile.CompileException;
import org.oneform.forms.compile.CompiledForm;
import org.oneform.forms.compile.FormCompiler;
import org.oneform.forms.compile.FormDiff;
import org.oneform.forms.compile.FormField;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.RequestException;
import org.oneform.forms.request.RequestState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's approval queue (审批): submitted requests, each with its content and what approving it would
 * change in its subject type's one form — the current version against the form compiled with the request as
 * if approved. Approve, or reject with a reason.
 */
@Route("approvals")
@RolesAllowed("ADMIN")
class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalsView.class);

    private final FieldRequests requests;
    private final FormVersions versions;
    private final Catalog catalog;
    private final DepartmentDirectory departments;
    private final Clock clock;
    private final Actor actor;
    private final DateTimeFormatter time;
    private final Grid<FieldRequest> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    ApprovalsView(CurrentUser currentUser, FieldRequests requests, FormVersions versions, Catalog catalog,
                  DepartmentDirectory departments, Clock clock) {
        this.requests = requests;
        this.versions = versions;
        this.catalog = catalog;
        this.departments = departments;
        this.clock = clock;
        this.actor = Actors.of(currentUser.require());
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        addClassName("of-view");
        setHeightFull();

        grid.setId("approval-grid");
        grid.addColumn(r -> r.id().value()).setHeader(getTranslation("request.id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> CatalogTexts.department(this, departments, r.department()))
                .setHeader(getTranslation("request.department")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("subject." + r.subjectType().name())).setHeader(getTranslation("catalog.subject"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> time.format(r.history().getLast().at())).setHeader(getTranslation("approvals.submitted-at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeightFull();
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        detail.setId("approval-detail");
        detail.getStyle().set("overflow", "auto");
        var split = new SplitLayout(grid, detail);
        split.setSplitterPosition(40);
        split.setSizeFull();
        add(ViewPieces.homeTitle(getTranslation("approvals.title")), split);
        setFlexGrow(1, split);
        refresh();
    }

    private void refresh() {
        List<FieldRequest> waiting = requests.submitted();
        grid.setItems(waiting);
        if (waiting.isEmpty()) {
            show(null);
        } else {
            grid.select(waiting.getFirst());
        }
    }

    private void show(FieldRequest request) {
        detail.removeAll();
        if (request == null) {
            var none = new Paragraph(getTranslation(requests.submitted().isEmpty() ? "approvals.empty" : "approvals.pick"));
            none.addClassName("of-muted");
            detail.add(none);
            return;
        }
        var approve = new Button(getTranslation("approvals.approve"), e -> approve(request));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        var reject = new Button(getTranslation("approvals.reject"), e -> askReason(request));
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.ERROR);
        detail.add(new H2(request.id().value()), new HorizontalLayout(approve, reject),
                new RequestSummary(request, catalog, departments),
                new H3(getTranslation("approvals.effect")), effect(request),
                new H3(getTranslation("request.history")), new RequestHistory(request, clock.getZone()));
    }

    /** What approving would change: the current version against the form compiled with this request approved. */
    private Div effect(FieldRequest request) {
        var effect = new Div();
        effect.setId("approval-effect");
        Optional<FormVersion> current = versions.current(request.subjectType());
        List<FieldDefinition> fields = new ArrayList<>(catalog.all());
        fields.addAll(request.content().proposedFields());
        List<FieldRequest> approved = new ArrayList<>(requests.approved(request.subjectType()));
        approved.add(new FieldRequest(request.id(), request.content(), RequestState.APPROVED, "", request.history()));
        try {
            CompiledForm next = FormCompiler.compile(request.subjectType(), fields, approved);
            List<FormField> before = current.map(FormVersion::fields).orElse(List.of());
            int from = current.map(FormVersion::number).orElse(0);
            FormDiff diff = FormDiff.of(request.subjectType(), from, from + 1, before, next.fields());
            effect.add(new Paragraph(getTranslation(diff.isEmpty() ? "approvals.effect.same" : "approvals.effect.new",
                    getTranslation("subject." + request.subjectType().name()), from, from + 1,
                    before.size(), next.fields().size())));
            effect.add(new DiffPanel(diff, catalog, departments));
        } catch (CompileException e) {
            var broken = new Paragraph(getTranslation("approvals.effect.broken"));
            broken.getStyle().set("color", "var(--lumo-error-text-color)");
            var list = new UnorderedList();
            e.problems().forEach(p -> list.add(new ListItem(p)));
            effect.add(broken, list);
        }
        return effect;
    }

    private void approve(FieldRequest request) {
        try {
            requests.approve(actor, request.id(), "");
            Problems.done(this, getTranslation("approvals.approved", request.id().value(),
                    versions.current(request.subjectType()).map(FormVersion::number).orElse(0)));
        } catch (RequestException e) {
            Problems.refused(this, e);
        } catch (RuntimeException e) {
            LOG.error("approving {} failed", request.id(), e);
            Problems.failed(this);
        }
        refresh();
    }

    private void askReason(FieldRequest request) {
        var dialog = new Dialog(getTranslation("approvals.reject.title", request.id().value()));
        var reason = new TextArea(getTranslation("approvals.reject.reason"));
        reason.setId("reject-reason");
        reason.setRequired(true);
        reason.setWidth("min(32rem, 80vw)");
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        var confirm = new Button(getTranslation("approvals.reject"));
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.setEnabled(false);
        reason.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        confirm.addClickListener(e -> {
            try {
                requests.reject(actor, request.id(), reason.getValue());
                Problems.done(this, getTranslation("approvals.rejected", request.id().value()));
                dialog.close();
            } catch (RequestException ex) {
                Problems.refused(this, ex);
            } catch (RuntimeException ex) {
                LOG.error("rejecting {} failed", request.id(), ex);
                Problems.failed(this);
            }
            refresh();
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        reason.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.title") + " · " + getTranslation("app.name");
    }
}
