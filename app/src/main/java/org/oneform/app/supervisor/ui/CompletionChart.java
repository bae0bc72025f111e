package org.oneform.app.supervisor.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.oneform.app.supervisor.CompletionRow;
import org.oneform.sync.cycle.Tally;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.json.JsonMapper;

/**
 * A stacked bar chart of completion rows, drawn in the browser by Chart.js through the small
 * {@code <of-completion-chart>} element in {@code frontend/charts}. See the README's library section for
 * why Chart.js.
 */
@Tag("of-completion-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./charts/of-completion-chart.ts")
class CompletionChart extends Component implements com.vaadin.flow.component.HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Colours of the four statuses: done, in review, returned, not visited (Lumo-like, readable in print). */
    private static final String[] COLORS = {"#2e7d32", "#f9a825", "#c62828", "#b0bec5"};

    void show(String title, List<CompletionRow> rows, Function<String, String> t) {
        List<String> labels = rows.stream().map(r -> r.label().isEmpty() ? t.apply("dashboard.unassigned") : r.label()).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(series(t.apply("status.DONE"), COLORS[0], rows, Tally::done));
        series.add(series(t.apply("status.IN_REVIEW"), COLORS[1], rows, Tally::inReview));
        series.add(series(t.apply("status.RETURNED"), COLORS[2], rows, Tally::returned));
        series.add(series(t.apply("status.NOT_VISITED"), COLORS[3], rows, Tally::notVisited));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("title", title);
        spec.put("labels", labels);
        spec.put("series", series);
        getElement().setProperty("spec", JSON.writeValueAsString(spec));
    }

    private static Map<String, Object> series(String label, String color, List<CompletionRow> rows,
                                              ToIntFunction<Tally> value) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("label", label);
        s.put("color", color);
        s.put("values", rows.stream().mapToInt(r -> value.applyAsInt(r.tally())).boxed().toList());
        return s;
    }
}
