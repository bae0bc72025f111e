package org.oneform.app.feeds;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oneform.sync.feeds.DailyVolume;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import tools.jackson.databind.json.JsonMapper;

/**
 * A department's deliveries per day as a column chart, drawn in the browser by Chart.js through the small
 * {@code <of-volume-chart>} element in {@code frontend/charts} (the same library as the supervisor's charts).
 */
@Tag("of-volume-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./charts/of-volume-chart.ts")
final class FeedVolumeChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    void show(String title, String label, List<DailyVolume> days) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("title", title);
        spec.put("label", label);
        spec.put("color", "#1565c0");
        spec.put("days", days.stream().map(d -> DAY.format(d.day())).toList());
        spec.put("values", days.stream().map(DailyVolume::deliveries).toList());
        getElement().setProperty("spec", JSON.writeValueAsString(spec));
    }
}
