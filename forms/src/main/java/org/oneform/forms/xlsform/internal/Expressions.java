package org.oneform.forms.xlsform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.oneform.forms.expr.Expression;
import org.oneform.forms.expr.ExpressionException;

/**
 * Carries an XLSForm expression over into the expression language (docs/decisions/0004): the syntax is
 * the same for what both share, so the author's text is parsed as written (errors point at the author's
 * own characters) and only the {@code ${name}} references are rewritten to catalog ids. XPath-only
 * constructs (paths, {@code position()}, {@code jr:} and {@code once()}, {@code now()}…) fail to parse and
 * are reported.
 */
final class Expressions {

    private Expressions() {
    }

    /** The result: the translated source, or the problems (malformed, or unknown references). */
    record Translation(String source, List<String> malformed, List<String> unknown) {
        boolean ok() {
            return malformed.isEmpty() && unknown.isEmpty();
        }
    }

    /** {@code required}: yes/true → {@code true()}, no/false/blank → none, anything else is an expression. */
    static String required(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "yes", "true", "true()", "1", "y" -> "true()";
            case "", "no", "false", "false()", "0", "n" -> "";
            default -> cell.strip();
        };
    }

    /**
     * Translates {@code source}.
     *
     * @param ids      XLSForm name → catalog id
     * @param metadata names of metadata rows (not imported), for a clearer message
     */
    static Translation translate(String source, Map<String, String> ids, Set<String> metadata) {
        if (source.isBlank()) {
            return new Translation("", List.of(), List.of());
        }
        Expression parsed;
        try {
            parsed = Expression.parse(source);
        } catch (ExpressionException e) {
            return new Translation("", List.of("'" + source + "': " + e.error().message()), List.of());
        }
        List<String> unknown = new ArrayList<>();
        for (String name : parsed.references()) {
            if (!ids.containsKey(name)) {
                unknown.add("${" + name + "}" + (metadata.contains(name) ? " (metadata, not imported)" : ""));
            }
        }
        if (!unknown.isEmpty()) {
            return new Translation("", List.of(), unknown);
        }
        return new Translation(rewrite(source, ids), List.of(), List.of());
    }

    /** {@code source} with every {@code ${name}} outside string literals replaced by {@code ${id}}. */
    static String rewrite(String source, Map<String, String> ids) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                out.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
            } else if (c == '$' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                int end = source.indexOf('}', i);
                String name = source.substring(i + 2, end).strip();
                out.append("${").append(ids.get(name)).append('}');
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
