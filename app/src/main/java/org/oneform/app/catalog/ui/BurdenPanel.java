package org.oneform.app.catalog.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.oneform.app.catalog.CatalogTexts;
import org.oneform.app.shell.ViewPieces;
import org.oneform.forms.compile.Burden;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.department.DepartmentDirectory;

/**
 * The question burden of one subject type (issue 3, item 9): every department's own form against the one merged
 * form, and what a revisit asks when the subject's values are all fresh. {@code bin/oneform burden} prints the
 * same figures.
 */
class BurdenPanel extends VerticalLayout {

    BurdenPanel(Burden burden, DepartmentDirectory departments) {
        setPadding(false);
        setId("burden-panel");
        int fewer = (int) Math.round(burden.fewer() * 100);
        int fresh = (int) Math.round(burden.freshShare() * 100);
        add(ViewPieces.stats(
                ViewPieces.stat(getTranslation("burden.separate", burden.perDepartment().size()), burden.separate()),
                ViewPieces.stat(getTranslation("burden.merged"), burden.merged()),
                ViewPieces.stat(getTranslation("burden.fewer"), fewer),
                ViewPieces.stat(getTranslation("burden.fresh-asked"), burden.freshAsked()),
                ViewPieces.stat(getTranslation("burden.fresh-verified"), burden.freshVerified())));
        var verdict = new Paragraph(getTranslation(burden.fewer() >= 0.60 ? "burden.goal.met" : "burden.goal.missed",
                fewer, fresh));
        verdict.setId("burden-verdict");
        var grid = new Grid<Map.Entry<DepartmentCode, Integer>>();
        grid.setId("burden-departments");
        grid.addColumn(e -> CatalogTexts.departments(this, departments, List.of(e.getKey())))
                .setHeader(getTranslation("burden.department")).setFlexGrow(2);
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("burden.department.questions"));
        grid.setItems(List.copyOf(burden.perDepartment().entrySet()));
        grid.setAllRowsVisible(true);
        add(verdict, new Paragraph(getTranslation("burden.explain")), grid);
    }
}
