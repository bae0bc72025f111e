package org.oneform.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java API and the wording of errors; the semantics are covered by {@link ConformanceTest}. */
class ExpressionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static ExpressionError parseError(String source) {
        try {
            Expression.parse(source);
        } catch (ExpressionException e) {
            return e.error();
        }
        throw new AssertionError("parsed: " + source);
    }

    @Test
    void populationFilterOfTheIssue() {
        Expression filter = Expression.parse("age(${resident.birth_date}) >= 60");
        assertThat(filter.references()).containsExactly("resident.birth_date");
        assertThat(filter.test(Map.of("resident.birth_date", LocalDate.of(1960, 5, 1)), TODAY)).isTrue();
        assertThat(filter.test(Map.of("resident.birth_date", "1990-05-01"), TODAY)).isFalse();
        assertThat(filter.test(Map.of(), TODAY)).as("empty birth date: false, not an error").isFalse();
    }

    @Test
    void referencesInOrderOfFirstAppearance() {
        assertThat(Expression.parse("${b} + ${a} * ${b} + count-selected(${c}) + .").references())
                .containsExactly("b", "a", "c");
        assertThat(Expression.parse(". > 3").usesCurrent()).isTrue();
        assertThat(Expression.parse("${a} > 3").usesCurrent()).isFalse();
    }

    @Test
    void errorMessagesNamePositionAndReason() {
        assertThat(parseError("1 + foo(2)").message()).isEqualTo("unknown function 'foo' at 4");
        assertThat(parseError("(1 + 2").message()).isEqualTo("expected ')' at 6");
        assertThat(parseError("if(1 2, 3)").message()).isEqualTo("unexpected '2' at 5");
        assertThat(parseError("age(${a} 3)").message()).isEqualTo("unexpected '3' at 9");
        assertThat(parseError("1 + 2)").message()).isEqualTo("unexpected ')' at 5");
        assertThat(parseError("").message()).isEqualTo("unexpected end of expression at 0");
        assertThat(parseError("if(1, 2)").message()).isEqualTo("if() takes 3 arguments, not 2 at 0");
        assertThat(parseError("round(1, 2, 3)").message()).isEqualTo("round() takes 1 or 2 arguments, not 3 at 0");
        assertThat(parseError("coalesce(1)").message()).isEqualTo("coalesce() takes at least 2 arguments, not 1 at 0");
        assertThat(parseError("'abc").message()).isEqualTo("unterminated string at 0");
        assertThat(parseError("${a b}").message()).isEqualTo("invalid field reference ${a b} at 0");
        assertThat(parseError("1 # 2").message()).isEqualTo("unexpected character '#' at 2");
        assertThat(parseError("1 # 2").reason()).isEqualTo(ExpressionError.Reason.UNEXPECTED_CHARACTER);
    }

    @Test
    void evaluationErrorsNamePositionAndReason() {
        assertThatThrownBy(() -> Expression.parse("1 + 'abc'").evaluate(Map.of(), TODAY))
                .isInstanceOf(ExpressionException.class).hasMessage("'abc' is not a number at 4");
        assertThatThrownBy(() -> Expression.parse("${a} div 0").evaluate(Map.of("a", 1), TODAY))
                .hasMessage("division by zero at 5");
        assertThatThrownBy(() -> Expression.parse("date('2023-02-29')").evaluate(Map.of(), TODAY))
                .hasMessage("'2023-02-29' is not a date (YYYY-MM-DD) at 5");
    }

    @Test
    void javaValuesAreConverted() {
        Map<String, Object> values = new HashMap<>();
        values.put("n", new BigDecimal("2.5"));
        values.put("i", 3);
        values.put("l", 4L);
        values.put("codes", List.of("a", "b"));
        values.put("nothing", null);
        values.put("flag", true);
        Expression e = Expression.parse("${n} + ${i} + ${l} + count-selected(${codes}) + coalesce(${nothing}, 0) + ${flag}");
        assertThat(e.evaluate(values, TODAY)).isEqualTo(new Value.Num(12.5));
        assertThat(Value.of("")).isSameAs(Value.EMPTY);
        assertThatThrownBy(() -> Value.of(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void currentValueAndInjectedToday() {
        EvaluationContext context = EvaluationContext.of(Map.of(), LocalDate.of(2024, 2, 29)).withCurrent("13912345678");
        assertThat(Expression.parse("regex(., '^1[3-9][0-9]{9}$')").test(context)).isTrue();
        assertThat(Expression.parse("today()").evaluate(context)).isEqualTo(new Value.Date(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void canonicalForm() {
        assertThat(Expression.parse("(1+2)*3").canonical()).isEqualTo("(1 + 2) * 3");
        assertThat(Expression.parse("1+(2*3)").canonical()).isEqualTo("1 + 2 * 3");
        assertThat(Expression.parse("not( 1 )").canonical()).isEqualTo("not(1)");
        assertThat(Expression.parse("10 - (4 - 3)").canonical()).isEqualTo("10 - (4 - 3)");
        assertThat(Expression.parse("7 / 2").canonical()).isEqualTo("7 div 2");
        assertThat(Expression.parse("- -1").canonical()).isEqualTo("-(-1)");
        assertThat(Expression.parse("\"it's\"").canonical()).isEqualTo("\"it's\"");
    }
}
