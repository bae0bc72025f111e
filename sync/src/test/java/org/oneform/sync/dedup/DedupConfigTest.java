package org.oneform.sync.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DedupConfigTest {

    @Test
    void thresholdsRiseWithTheLog2OfThePopulationBeyondTheReference() {
        DedupConfig config = DedupConfig.DEFAULTS;

        assertThat(config.thresholdShift(1)).isZero();
        assertThat(config.thresholdShift(10_000)).isZero();
        assertThat(config.thresholdShift(20_000)).isCloseTo(1, within(1e-9));
        assertThat(config.thresholdShift(5_120_000)).isCloseTo(9, within(1e-9));
    }

    @Test
    void aLargerRegistryNeedsMoreEvidenceForTheSameMerge() {
        PersonRecord first = People.person("r1", "欧阳秋实", "男", "1985-03-12", "", "", "春晖苑3栋2单元501室");
        PersonRecord other = People.person("r2", "李娜", "女", "1990-01-01", "", "", "");
        PersonRecord probe = People.person("r3", "欧阳秋实", "男", "1985-03-12", "", "", "");
        DedupConfig forOne = new DedupConfig(21, 18, 24, "k", 1);
        try (DedupEngine small = new DedupEngine(forOne);
             DedupEngine grown = new DedupEngine(forOne)) {
            small.add(first, new ClusterId("A"));
            grown.add(first, new ClusterId("A"));
            grown.add(other, new ClusterId("B"));
            grown.add(People.person("r4", "王芳", "女", "1970-01-01", "", "", ""), new ClusterId("C"));
            grown.add(People.person("r5", "刘洋", "男", "1960-01-01", "", "", ""), new ClusterId("D"));

            Decision inSmall = small.decide(probe);
            Decision inGrown = grown.decide(probe);

            assertThat(inSmall.score()).as("merges with 21, not with 23").isBetween(21.0, 23.0);
            assertThat(inSmall.kind()).isEqualTo(Decision.Kind.MERGE);
            assertThat(inGrown.kind()).as("4 clusters for a population of 1: thresholds +2").isEqualTo(Decision.Kind.REVIEW);
        }
    }

    @Test
    void rejectsAReviewThresholdAboveTheMergeThreshold() {
        assertThatThrownBy(() -> DedupConfig.DEFAULTS.withThresholds(10, 12)).isInstanceOf(IllegalArgumentException.class);
    }
}
