package org.oneform.forms.catalog;

import java.util.ArrayList;
import java.util.List;


/** A tiny notation for writing the demo catalog: one section at a time, one line per field. */
final class DemoFields {

    private final List<FieldDefinition> all = new ArrayList<>();
    private String section = "general";
    private Sensitivity sensitivity = Sensitivity.PERSONAL;

    /** DemoFields added from now on go to this section with this sensitivity (each may override it). */
    DemoFields section(String name, Sensitivity defaultSensitivity) {
        this.section = name;
        this.sensitivity = defaultSensitivity;
        return this;
    }

    /** Starts a field in the current section; call {@link #add(FieldDefinition.Builder)} with it. */
    FieldDefinition.Builder field(String id, FieldType type, String zh, String en) {
        return FieldDefinition.builder(id, type).label(zh, en).section(section).sensitivity(sensitivity);
    }

    /** Adds a choice field; {@code choices} are triples: code, Chinese label, English label. */
    FieldDefinition.Builder choice(String id, FieldType type, String zh, String en, String... choices) {
        FieldDefinition.Builder b = field(id, type, zh, en);
        for (int i = 0; i < choices.length; i += 3) {
            b.choice(choices[i], choices[i + 1], choices[i + 2]);
        }
        return b;
    }

    DemoFields add(FieldDefinition.Builder builder) {
        all.add(builder.build());
        return this;
    }

    List<FieldDefinition> list() {
        return List.copyOf(all);
    }
}
