package org.oneform.sync.dedup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void pairwiseAndBCubedOnAHandCheckedExample() {
        // truth: {1,2,3} {4,5}; predicted: {1,2} {3,4,5}
        Metrics m = Metrics.of(List.of("x", "x", "y", "y", "y"), List.of("a", "a", "a", "b", "b"));

        // predicted pairs: 1 + 3 = 4, of which true: (1,2), (4,5) = 2; true pairs: 3 + 1 = 4
        assertThat(m.pairPrecision()).isEqualTo(0.5);
        assertThat(m.pairRecall()).isEqualTo(0.5);
        // B3 precision: 1, 1, 1/3, 2/3, 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15
        assertThat(m.b3Precision()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(m.b3Recall()).isCloseTo(11.0 / 15, within(1e-12));
        assertThat(Metrics.f1(0.5, 1.0)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void allSingletonsArePerfectlyPreciseAndRecallNothing() {
        Metrics m = Metrics.of(List.of("1", "2", "3"), List.of("a", "a", "b"));

        assertThat(m.pairPrecision()).isEqualTo(1.0);
        assertThat(m.pairRecall()).isZero();
    }
}
