package org.oneform.app.collect;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oneform.forms.catalog.FieldType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A golden record's canonical text value (see {@code FieldValue}) back in the wire form a device submits, so the
 * collector prefills its inputs with what it would send: numbers as numbers, multiple choices as arrays, GPS as
 * {@code {lat, lon}}, repeat groups as rows. Text that does not parse as its type is given as text.
 */
final class PrefillValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PrefillValues() {
    }

    static Object wire(FieldType type, String text) {
        try {
            return switch (type) {
                case INTEGER, DECIMAL -> new BigDecimal(text);
                case MULTIPLE_CHOICE -> text.isBlank() ? List.of() : Arrays.asList(text.strip().split(" "));
                case GPS -> gps(text);
                case REPEAT_GROUP -> JSON.readValue(text, List.class);
                default -> text;
            };
        } catch (NumberFormatException | JacksonException e) {
            return text;
        }
    }

    private static Object gps(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length < 2) {
            return text;
        }
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("lat", new BigDecimal(parts[0]));
        point.put("lon", new BigDecimal(parts[1]));
        return point;
    }
}
