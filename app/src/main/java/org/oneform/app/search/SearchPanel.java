package org.oneform.app.search;

import java.util.List;

import org.oneform.app.accounts.Account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One search box that understands names, pinyin and initials, ID numbers or their last four digits,
 * phone numbers and addresses, within the user's scope; results masked. The full screen with filters is
 * {@link SearchRoutes#SEARCH}, linked from here.
 */
public class SearchPanel extends VerticalLayout {

    private final RegistrySearch search;
    private final Account account;
    private final TextField box = new TextField();
    private final Grid<SearchRow> results = new Grid<>();
    private final Paragraph summary = new Paragraph();

    public SearchPanel(RegistrySearch search, Account account) {
        this.search = search;
        this.account = account;
        setPadding(false);
        box.setId("search-box");
        box.setPlaceholder(getTranslation("search.placeholder"));
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setMaxLength(200);
        box.setWidthFull();
        box.addKeyPressListener(Key.ENTER, e -> run());
        var go = new Button(getTranslation("search.button"), e -> run());
        go.setId("search-button");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        var row = new HorizontalLayout(box, go);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setId("search-summary");
        summary.addClassName("of-muted");

        results.setId("search-results");
        results.addColumn(r -> getTranslation("subject." + r.type().name())).setHeader(getTranslation("search.type")).setAutoWidth(true);
        results.addColumn(SearchRow::title).setHeader(getTranslation("search.title")).setFlexGrow(2);
        results.addColumn(this::detail).setHeader(getTranslation("search.detail"));
        results.addColumn(SearchRow::idNumberMasked).setHeader(getTranslation("resident.id-number")).setAutoWidth(true);
        results.addColumn(SearchRow::phoneMasked).setHeader(getTranslation("resident.phone")).setAutoWidth(true);
        results.addColumn(SearchRow::address).setHeader(getTranslation("household.address")).setFlexGrow(3)
                .setTooltipGenerator(SearchRow::address);
        results.addColumn(SearchRow::area).setHeader(getTranslation("search.area")).setFlexGrow(2)
                .setTooltipGenerator(SearchRow::area);
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        results.setAllRowsVisible(true);
        results.setVisible(false);
        var more = new Anchor("/" + SearchRoutes.SEARCH, getTranslation("search.more-filters"));
        more.setId("search-more-filters");
        var heading = new HorizontalLayout(new H2(getTranslation("search.heading")), more);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, row, summary, results);
    }

    /** A resident's birth date, a household's size, a place's kind. */
    private String detail(SearchRow row) {
        return switch (row.type()) {
            case RESIDENT -> row.detail();
            case HOUSEHOLD -> row.detail().isEmpty() ? "" : getTranslation("search.members", row.detail());
            case PLACE -> getTranslation("place.type." + row.detail());
        };
    }

    private void run() {
        String text = box.getValue() == null ? "" : box.getValue().strip();
        if (text.isEmpty()) {
            summary.setText(getTranslation("search.empty"));
            results.setVisible(false);
            return;
        }
        List<SearchRow> rows = search.search(account, text, null);
        results.setItems(rows);
        results.setVisible(!rows.isEmpty());
        summary.setText(rows.isEmpty() ? getTranslation("search.none")
                : rows.size() < RegistrySearch.MAX_RESULTS ? getTranslation("search.count", rows.size())
                : getTranslation("search.count-capped", RegistrySearch.MAX_RESULTS));
    }
}
