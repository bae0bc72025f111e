package org.oneform.app.catalog;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.department.DepartmentDirectory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Names that come from data rather than from the message bundles, shown in the user's language: a form
 * section ({@code basic} → 基本信息, or the key itself when the bundle does not know it) and departments.
 */
public final class CatalogTexts {

    private CatalogTexts() {
    }

    /** The section's name in the component's language; the key itself when no message names it. */
    public static String section(Component in, String section) {
        String text = in.getTranslation("section." + section);
        return text.startsWith("!") ? section : text;
    }

    /** The department's name in the component's language; the code when it is unknown. */
    public static String department(Component in, DepartmentDirectory departments, DepartmentCode code) {
        return departments.find(code).map(d -> d.name(locale())).orElse(code.value());
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    /** Department names joined the way the language lists them (、 in Chinese). */
    public static String departments(Component in, DepartmentDirectory departments, List<DepartmentCode> codes) {
        return codes.stream().map(c -> department(in, departments, c))
                .collect(Collectors.joining(in.getTranslation("list.separator")));
    }

    /** A refresh interval as words: {@code P1Y6M} → 1 年 6 个月; {@code P365D} → 365 天. */
    public static String period(Component in, Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(in.getTranslation("period.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(in.getTranslation("period.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(in.getTranslation("period.days", period.getDays()));
        }
        return String.join(" ", parts);
    }
}
