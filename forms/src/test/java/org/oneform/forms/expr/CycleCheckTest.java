package org.oneform.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CycleCheckTest {

    private static Map<String, Expression> calculations(String... idAndSource) {
        Map<String, Expression> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idAndSource.length; i += 2) {
            map.put(idAndSource[i], Expression.parse(idAndSource[i + 1]));
        }
        return map;
    }

    @Test
    void noCycleInAChainOfCalculations() {
        assertThat(CycleCheck.findCycle(calculations(
                "household.income_per_head", "${household.income} div ${household.member_count}",
                "household.poor", "${household.income_per_head} < 500"))).isEmpty();
    }

    @Test
    void twoFieldsComputedFromEachOther() {
        var cycle = CycleCheck.findCycle(calculations("b", "${a} + 1", "a", "${b} * 2")).orElseThrow();
        assertThat(cycle.path()).containsExactly("a", "b", "a");
        assertThat(cycle).hasToString("a → b → a");
    }

    @Test
    void aFieldComputedFromItself() {
        assertThat(CycleCheck.findCycle(calculations("x", "coalesce(${x}, 0) + 1")).orElseThrow())
                .hasToString("x → x");
    }

    @Test
    void theCycleIsReportedWithoutTheLeadIn() {
        var cycle = CycleCheck.findCycle(calculations(
                "a", "${b}", "b", "${c}", "c", "${d} + ${e}", "d", "${b}", "e", "1")).orElseThrow();
        assertThat(cycle).hasToString("b → c → d → b");
    }

    @Test
    void referencesToPlainFieldsAreLeaves() {
        assertThat(CycleCheck.findCycle(calculations("age", "age(${resident.birth_date})"))).isEmpty();
    }

    @Test
    void diamondsAreNotCycles() {
        assertThat(CycleCheckTest.cycleIn(Map.of("a", Set.of("b", "c"), "b", Set.of("d"), "c", Set.of("d"),
                "d", Set.of()))).isNull();
    }

    @Test
    void theSameGraphAlwaysGivesTheSameCycle() {
        Map<String, List<String>> graph = Map.of("z", List.of("y"), "y", List.of("z"), "m", List.of("n"),
                "n", List.of("m"));
        assertThat(cycleIn(graph)).isEqualTo("m → n → m");
    }

    private static String cycleIn(Map<String, ? extends java.util.Collection<String>> graph) {
        return CycleCheck.findCycleIn(graph).map(CycleCheck.Cycle::toString).orElse(null);
    }
}
