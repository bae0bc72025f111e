package org.oneform.sync.intake.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canonical forms: JSON with sorted keys (so "same content" does not depend on key order), SHA-256 in
 * lower-case hex, and the text form of a validated value that golden records keep. Thread-safe.
 */
public final class Canonical {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private Canonical() {
    }

    /** JSON of plain values (maps, lists, strings, numbers, booleans, null) with every map's keys sorted. */
    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static Map<String, Object> parseObject(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * A validated value as text: strings as they are, numbers without exponent, dates ISO, multiple
     * choices space-separated, repeat-group rows as JSON (sorted keys, values in text form).
     */
    public static String text(Object value) {
        return switch (value) {
            case String s -> s;
            case BigDecimal d -> d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString()
                    : d.stripTrailingZeros().toPlainString();
            case Number n -> n.toString();
            case LocalDate d -> d.toString();
            case Boolean b -> b ? "yes" : "no";
            case List<?> list when list.stream().allMatch(Map.class::isInstance) -> json(list.stream()
                    .map(row -> textRow((Map<?, ?>) row)).toList());
            case List<?> list -> String.join(" ", list.stream().map(Canonical::text).toList());
            default -> value.toString();
        };
    }

    private static Map<String, String> textRow(Map<?, ?> row) {
        Map<String, String> out = new TreeMap<>();
        row.forEach((k, v) -> {
            if (v != null) {
                out.put(k.toString(), text(v));
            }
        });
        return out;
    }
}
