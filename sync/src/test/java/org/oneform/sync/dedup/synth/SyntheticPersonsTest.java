package org.oneform.sync.dedup.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.oneform.forms.values.IdNumber;

class SyntheticPersonsTest {

    @Test
    void theSameSeedGivesTheSameRecords() {
        assertThat(SyntheticPersons.generate(7, NoiseLevel.HARD, 300)).isEqualTo(SyntheticPersons.generate(7, NoiseLevel.HARD, 300));
        assertThat(SyntheticPersons.generate(7, NoiseLevel.HARD, 300)).isNotEqualTo(SyntheticPersons.generate(8, NoiseLevel.HARD, 300));
    }

    @Test
    void everyPersonHasRecordsAndDuplicatesAreCommon() {
        List<SyntheticRecord> records = SyntheticPersons.generate(1, NoiseLevel.MODERATE, 1000);

        Map<String, Long> perPerson = records.stream().collect(Collectors.groupingBy(SyntheticRecord::trueCluster, Collectors.counting()));
        assertThat(perPerson).hasSize(1000);
        assertThat(perPerson.values()).allMatch(n -> n >= 1 && n <= 4);
        assertThat(records.size()).isBetween(1500, 2000);
        assertThat(records).extracting(SyntheticRecord::recordId).doesNotHaveDuplicates();
    }

    @Test
    void idNumbersAreMostlyValidSomeMistypedOrLegacy() {
        List<SyntheticRecord> records = SyntheticPersons.generate(2, NoiseLevel.HARD, 2000);

        Map<Boolean, Long> valid = records.stream().filter(r -> !r.idNumber().isEmpty())
                .collect(Collectors.partitioningBy(r -> IdNumber.parse(r.idNumber()).isValid(), Collectors.counting()));
        assertThat(valid.get(true)).isGreaterThan(4 * valid.get(false));
        assertThat(valid.get(false)).isPositive();
        assertThat(records).anyMatch(r -> r.idNumber().length() == 15);
        assertThat(records).anyMatch(r -> r.idNumber().chars().anyMatch(c -> c >= '０' && c <= '９'));
    }

    @Test
    void distinctPersonsNeverShareAValidIdNumber() {
        Map<String, String> clusterOfId = SyntheticPersons.generate(3, NoiseLevel.MODERATE, 2000).stream()
                .filter(r -> IdNumber.parse(r.idNumber()).isValid())
                .collect(Collectors.toMap(r -> IdNumber.parse(r.idNumber()).orElseThrow().value(),
                        SyntheticRecord::trueCluster, (x, y) -> {
                            assertThat(x).isEqualTo(y);
                            return x;
                        }));
        assertThat(clusterOfId).isNotEmpty();
    }

    @Test
    void thereAreTwinsSameBirthSameHomeDifferentPersons() {
        List<SyntheticRecord> records = SyntheticPersons.generate(4, NoiseLevel.MODERATE, 3000);
        Map<String, SyntheticRecord> onePerPerson = records.stream()
                .filter(r -> IdNumber.parse(r.idNumber()).isValid())
                .collect(Collectors.toMap(SyntheticRecord::trueCluster, Function.identity(), (x, y) -> x));

        long twinPairs = onePerPerson.values().stream()
                .collect(Collectors.groupingBy(r -> IdNumber.parse(r.idNumber()).orElseThrow().value().substring(0, 14)
                        + r.phone().replaceAll("\\D", ""), Collectors.counting()))
                .values().stream().filter(n -> n > 1).count();
        assertThat(twinPairs).isPositive();
    }
}
