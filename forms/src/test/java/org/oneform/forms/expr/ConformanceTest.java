package org.oneform.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.minidev.json.JSONArray;
import net.minidev.json.JSONObject;
import net.minidev.json.parser.JSONParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code expr/conformance.json} against the Java evaluator. The tablet's
 * {@code frontend/expr/conformance.test.ts} runs the same file against the TypeScript evaluator.
 */
class ConformanceTest {

    static List<JSONObject> cases() throws Exception {
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/expr/conformance.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JSONObject root = (JSONObject) new JSONParser(JSONParser.MODE_RFC4627).parse(json);
            List<JSONObject> cases = new ArrayList<>();
            for (Object c : (JSONArray) root.get("cases")) {
                cases.add((JSONObject) c);
            }
            return cases;
        }
    }

    static Stream<Arguments> conformance() throws Exception {
        List<JSONObject> cases = cases();
        return IntStream.range(0, cases.size())
                .mapToObj(i -> Arguments.of(i, cases.get(i).getAsString("expr"), cases.get(i)));
    }

    @Test
    void theFileHasAtLeast200Cases() throws Exception {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(200);
    }

    @ParameterizedTest(name = "#{0} {1}")
    @MethodSource("conformance")
    void conformance(int index, String source, JSONObject c) {
        EvaluationContext context = new EvaluationContext(values(c.get("values")),
                LocalDate.parse(c.getAsString("today")), decode(c.get("current")));
        if (c.containsKey("error")) {
            JSONObject error = (JSONObject) c.get("error");
            assertThatThrownBy(() -> Expression.parse(source).evaluate(context))
                    .isInstanceOfSatisfying(ExpressionException.class, e -> {
                        assertThat(e.error().reason().code()).as("reason (%s)", e.getMessage())
                                .isEqualTo(error.getAsString("reason"));
                        assertThat(e.error().position()).as("position (%s)", e.getMessage())
                                .isEqualTo(error.getAsNumber("position").intValue());
                        assertThat(e.getMessage()).endsWith(" at " + e.error().position());
                    });
            return;
        }
        Value actual;
        try {
            actual = Expression.parse(source).evaluate(context);
        } catch (ExpressionException e) {
            fail("unexpected error: " + e.getMessage());
            return;
        }
        assertThat(actual).isEqualTo(Value.of(decode(c.get("expect"))));
    }

    private static Map<String, Object> values(Object json) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (json instanceof JSONObject o) {
            o.forEach((k, v) -> values.put(k, decode(v)));
        }
        return values;
    }

    /** The file's value encoding → what an application would pass (see conformance.py). */
    private static Object decode(Object json) {
        return switch (json) {
            case null -> null;
            case JSONObject o when o.containsKey("date") -> LocalDate.parse(o.getAsString("date"));
            case JSONArray a -> new ArrayList<>(a);
            case Number n -> n.doubleValue();
            default -> json;
        };
    }
}
