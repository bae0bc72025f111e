package org.oneform.app.catalog.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.oneform.app.catalog.DiffPanel;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.Burden;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.forms.request.FieldRequests;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The one form (一张表) per subject type: the current version as the tablet will ask it, and every published
 * version with what changed from the one before.
 */
@Route("forms")
@RolesAllowed({"ADMIN", "DEPARTMENT"})
class FormsView extends VerticalLayout implements HasDynamicTitle {

    private final FormVersions versions;
    private final Catalog catalog;
    private final FieldRequests requests;
    private final DepartmentDirectory departments;
    private final DateTimeFormatter time;
    private final Div content = new Div();

    FormsView(FormVersions versions, Catalog catalog, FieldRequests requests, DepartmentDirectory departments, Clock clock) {
        this.versions = versions;
        this.requests = requests;
        this.catalog = catalog;
        this.departments = departments;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        addClassName("of-view");
        var subjects = new Tabs();
        subjects.setId("form-subjects");
        List<Tab> tabs = new ArrayList<>();
        for (SubjectType type : SubjectType.values()) {
            var tab = new Tab(getTranslation("subject." + type.name()));
            tab.setId("form-subject-" + type.key());
            tabs.add(tab);
            subjects.add(tab);
        }
        subjects.addSelectedChangeListener(e -> show(SubjectType.values()[tabs.indexOf(e.getSelectedTab())]));
        content.setWidthFull();
        add(ViewPieces.homeTitle(getTranslation("forms.title")), new Paragraph(getTranslation("forms.intro")), subjects, content);
        show(SubjectType.RESIDENT);
    }

    private void show(SubjectType type) {
        content.removeAll();
        Optional<FormVersion> current = versions.current(type);
        if (current.isEmpty()) {
            content.add(new Paragraph(getTranslation("forms.none")));
            return;
        }
        FormVersion version = current.get();
        var summary = new Paragraph(getTranslation("forms.summary", version.number(), time.format(version.publishedAt()),
                version.fields().size(), version.questionCount(), version.basedOn().size()));
        summary.setId("form-summary");
        var sheet = new TabSheet();
        sheet.setWidthFull();
        sheet.add(getTranslation("forms.tab.current"), new FormPreview(version, departments));
        sheet.add(getTranslation("forms.tab.history"), history(type));
        sheet.add(getTranslation("forms.tab.burden"), new BurdenPanel(Burden.of(version, requests.approved(type), catalog),
                departments));
        content.add(summary, sheet);
    }

    private VerticalLayout history(SubjectType type) {
        List<FormVersion> all = new ArrayList<>(versions.history(type));
        Collections.reverse(all);
        var grid = new Grid<FormVersion>();
        grid.setId("version-grid");
        grid.addColumn(v -> getTranslation("forms.version", v.number())).setHeader(getTranslation("forms.version.header"));
        grid.addColumn(v -> time.format(v.publishedAt())).setHeader(getTranslation("forms.published-at"));
        grid.addColumn(v -> v.fields().size()).setHeader(getTranslation("forms.fields"));
        grid.addColumn(FormVersion::questionCount).setHeader(getTranslation("forms.questions"));
        grid.addColumn(v -> v.basedOn().size()).setHeader(getTranslation("forms.based-on"));
        grid.setItems(all);
        grid.setHeight("12rem");
        var diff = new Div();
        diff.setId("version-diff");
        grid.asSingleSelect().addValueChangeListener(e -> {
            diff.removeAll();
            if (e.getValue() != null) {
                FormVersion v = e.getValue();
                diff.add(new H3(v.number() == 1 ? getTranslation("forms.diff.initial")
                                : getTranslation("forms.diff.title", v.number() - 1, v.number())),
                        new DiffPanel(versions.diffToPrevious(v), catalog, departments));
            }
        });
        grid.select(all.getFirst());
        var layout = new VerticalLayout(grid, diff);
        layout.setPadding(false);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forms.title") + " · " + getTranslation("app.name");
    }
}
