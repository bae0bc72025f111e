package org.oneform.sync.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneform.sync.dedup.People.id;
import static org.oneform.sync.dedup.People.person;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneform.sync.dedup.Decision.Basis;
import org.oneform.sync.dedup.Decision.Kind;

class DedupEngineTest {

    private static final ClusterId A = new ClusterId("A");
    private static final ClusterId B = new ClusterId("B");

    private final DedupEngine engine = new DedupEngine();

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aValidIdHeldByAClusterIsAMatchWhateverElseDiffers() {
        engine.add(person("r1", "欧阳秋实", "男", "1985-03-12", id("19850312", 123), "13812345678", "春晖苑3栋2单元501室"), A);

        Decision d = engine.decide(person("r2", "李娜", "女", "", "330187 19850312 123x", "", ""));

        assertThat(d.kind()).isEqualTo(Kind.MERGE);
        assertThat(d.basis()).isEqualTo(Basis.VALID_ID);
        assertThat(d.cluster()).contains(A);
    }

    @Test
    void aHomophoneTypoWithAMistypedIdStillMerges() {
        engine.add(person("r1", "欧阳秋实", "男", "1985-03-12", id("19850312", 123), "13812345678", "春晖苑3栋2单元501室"), A);

        Decision d = engine.decide(person("r2", "欧阳秋石", "男", "1985/3/12", "330187198503121240", "138 1234 5678",
                "清河街道春晖苑3幢2单元5-01"));

        assertThat(d.kind()).isEqualTo(Kind.MERGE);
        assertThat(d.basis()).isEqualTo(Basis.SCORE);
        assertThat(d.cluster()).contains(A);
        assertThat(d.explanation()).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("name");
            assertThat(f.level()).isEqualTo("HOMOPHONE");
        });
    }

    @Test
    void twinsStayApartEvenWhenOneRecordLacksItsId() {
        engine.add(person("r1", "张子涵", "女", "2012-05-01", id("20120501", 122), "13812345678", "春晖苑3栋2单元501室"), A);

        Decision withId = engine.decide(person("r2", "张子轩", "男", "2012-05-01", id("20120501", 131), "13812345678",
                "春晖苑3栋2单元501室"));
        Decision withoutId = engine.decide(person("r3", "张子轩", "男", "2012-05-01", "", "13812345678", "春晖苑3栋2单元501室"));
        Decision withoutName = engine.decide(person("r4", "", "女", "2012-05-01", "", "13812345678", "春晖苑3栋2单元501室"));

        assertThat(withId.kind()).isEqualTo(Kind.NEW);
        assertThat(withoutId.kind()).isNotEqualTo(Kind.MERGE);
        assertThat(withoutName.kind()).as("birth date and household alone are what twins share").isNotEqualTo(Kind.MERGE);
    }

    @Test
    void theReviewBandLiesBetweenTheThresholds() {
        PersonRecord first = person("r1", "欧阳秋实", "男", "1985-03-12", "", "", "春晖苑3栋2单元501室");
        PersonRecord probe = person("r2", "欧阳秋实", "男", "", "", "", "春晖苑");
        double score;
        try (DedupEngine scoring = new DedupEngine()) {
            scoring.add(first, A);
            score = scoring.decide(probe).score();
        }

        assertThat(decide(first, probe, score, score - 1).kind()).isEqualTo(Kind.MERGE);
        assertThat(decide(first, probe, score + 1, score - 1).kind()).isEqualTo(Kind.REVIEW);
        assertThat(decide(first, probe, score + 2, score + 1).kind()).isEqualTo(Kind.NEW);
    }

    private static Decision decide(PersonRecord first, PersonRecord probe, double upper, double lower) {
        try (DedupEngine e = new DedupEngine(DedupConfig.DEFAULTS.withThresholds(upper, lower))) {
            e.add(first, A);
            return e.decide(probe);
        }
    }

    @Test
    void aRemovedRecordIsForgottenAndCanBeAddedElsewhere() {
        PersonRecord first = person("r1", "欧阳秋实", "男", "1985-03-12", id("19850312", 123), "13812345678", "春晖苑3栋2单元501室");
        PersonRecord second = person("r2", "欧阳秋实", "男", "1985-03-12", "", "13812345678", "春晖苑3栋2单元501室");
        engine.add(first, A);
        engine.add(second, A);

        assertThat(engine.remove(first.id())).contains(A);
        assertThat(engine.remove(first.id())).isEmpty();
        assertThat(engine.members(A)).containsExactly(second.id());
        Decision again = engine.decide(person("r3", "李娜", "女", "", id("19850312", 123), "", ""));
        assertThat(again.basis()).as("the valid ID left with the record").isNotEqualTo(Basis.VALID_ID);

        engine.remove(second.id());
        assertThat(engine.decide(first).kind()).isEqualTo(Kind.NEW);
        engine.add(first, B);
        assertThat(engine.decide(second).cluster()).contains(B);
        assertThat(engine.clusterOf(first.id())).contains(B);
    }

    @Test
    void aClusterNeverHoldsTwoDifferentValidIds() {
        engine.add(person("r1", "张伟", "男", "1985-03-12", id("19850312", 123), "", ""), A);
        engine.add(person("r2", "张伟", "男", "1985-03-12", id("19850312", 125), "", ""), B);

        assertThatThrownBy(() -> engine.add(person("r3", "张伟", "男", "", id("19850312", 125), "", ""), A))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.add(person("r4", "张伟", "男", "", id("19850312", 123), "", ""), new ClusterId("C")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already in cluster A");
        assertThat(engine.compatible(A, B)).isFalse();
        assertThat(engine.members(A)).hasSize(1);
        assertThat(engine.size()).isEqualTo(2);
        assertThatThrownBy(() -> engine.add(person("r1", "张伟", "", "", "", "", ""), B))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already held");
    }
}
