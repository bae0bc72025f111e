package org.oneform.sync.dedup.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oneform.sync.dedup.ClusterId;
import org.oneform.sync.dedup.FieldScore;
import org.oneform.sync.dedup.PersonRecord;
import org.oneform.sync.dedup.RecordId;
import org.oneform.sync.dedup.normal.NormalisedPerson;

class ScorerTest {

    private final ValueFrequencies names = new ValueFrequencies(1e-4);
    private final ValueFrequencies phones = new ValueFrequencies(1e-4);
    private final ValueFrequencies dwellings = new ValueFrequencies(1e-4);
    private int population;
    private final Scorer scorer = new Scorer(names, phones, dwellings, () -> population);

    @Test
    void aCommonNameIsWeakerEvidenceThanARareOne() {
        for (int i = 0; i < 2000; i++) {
            names.add(i < 60 ? "张伟" : "某" + i, new ClusterId("c" + i));
        }
        names.add("欧阳秋实", new ClusterId("rare"));
        population = 2001;

        double common = nameWeight("张伟");
        double rare = nameWeight("欧阳秋实");

        assertThat(common).isPositive();
        assertThat(rare).isGreaterThan(common + 4);
    }

    @Test
    void frequenciesAreForgottenWithTheRecords() {
        ClusterId c = new ClusterId("c");
        names.add("张伟", c);
        names.add("张伟", c);
        assertThat(names.clusters("张伟")).isEqualTo(1);
        names.remove("张伟", c);
        assertThat(names.clusters("张伟")).isEqualTo(1);
        names.remove("张伟", c);
        assertThat(names.clusters("张伟")).isZero();
    }

    @Test
    void phoneAndAddressCountOnceAsHouseholdEvidence() {
        population = 1000;
        NormalisedPerson a = person("r1", "王芳", "13812345678", "春晖苑3栋2单元501室");
        NormalisedPerson b = person("r2", "王芳", "13812345678", "春晖苑3栋2单元501室");

        List<FieldScore> fields = scorer.score(a, b).fields();

        FieldScore phone = field(fields, "phone");
        FieldScore address = field(fields, "address");
        assertThat(Math.min(phone.weight(), address.weight())).isLessThan(Math.max(phone.weight(), address.weight()) / 3);
    }

    @Test
    void withoutANameOrIdAgreeingThereIsNoMerge() {
        population = 1000;
        Scorer.Score s = scorer.score(person("r1", "", "13812345678", "春晖苑3栋2单元501室"),
                person("r2", "王芳", "13812345678", "春晖苑3栋2单元501室"));

        assertThat(s.total()).isPositive();
        assertThat(s.mergeAllowed()).isFalse();
        assertThat(s.conflict()).isFalse();
    }

    private double nameWeight(String name) {
        return field(scorer.score(person("a", name, "", ""), person("b", name, "", "")).fields(), "name").weight();
    }

    private static FieldScore field(List<FieldScore> fields, String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
    }

    private static NormalisedPerson person(String id, String name, String phone, String address) {
        return NormalisedPerson.of(new PersonRecord(new RecordId(id), name, "女", "1990-01-01", "", phone, address));
    }
}
