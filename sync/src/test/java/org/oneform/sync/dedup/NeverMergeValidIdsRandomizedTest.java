package org.oneform.sync.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneform.sync.dedup.People.id;
import static org.oneform.sync.dedup.People.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.oneform.forms.values.IdNumber;
import org.oneform.forms.values.Parsed;

/**
 * Whatever else agrees, a record with a valid ID number is never merged into a cluster holding a
 * different valid one. Look-alike persons (same name, birth date, phone and address; IDs valid,
 * invalid or missing) arrive in random order; every MERGE is checked. Seeded; the seed is printed.
 */
class NeverMergeValidIdsRandomizedTest {

    @RepeatedTest(5)
    void noMergeJoinsTwoDifferentValidIds() {
        long seed = new Random().nextLong();
        System.out.println("NeverMergeValidIdsRandomizedTest seed " + seed);
        Random random = new Random(seed);
        Map<RecordId, String> validIdOf = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(id("19850312", 100 + 2 * i + 1));
        }
        try (DedupEngine engine = new DedupEngine(DedupConfig.DEFAULTS.withThresholds(-50, -60))) {
            int merges = 0;
            for (int n = 0; n < 300; n++) {
                String idNumber = switch (random.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> typo(ids.get(random.nextInt(ids.size())), random);
                    default -> ids.get(random.nextInt(ids.size()));
                };
                PersonRecord p = person("r" + n, random.nextBoolean() ? "张伟" : "章伟", "男", "1985-03-12", idNumber,
                        "13812345678", "春晖苑3栋2单元501室");
                Decision d = engine.decide(p);
                String valid = IdNumber.parse(idNumber).toOptional().map(IdNumber::value).orElse(null);
                ClusterId cluster = d.kind() == Decision.Kind.MERGE ? d.cluster().orElseThrow() : new ClusterId("c" + n);
                if (d.kind() == Decision.Kind.MERGE && valid != null) {
                    for (RecordId member : engine.members(cluster)) {
                        assertThat(validIdOf.getOrDefault(member, valid)).as("seed %d, record %d", seed, n).isEqualTo(valid);
                    }
                    merges++;
                }
                engine.add(p, cluster);
                if (valid != null) {
                    validIdOf.put(p.id(), valid);
                }
                if (random.nextInt(10) == 0) {
                    engine.remove(new RecordId("r" + random.nextInt(n + 1)));
                }
            }
            assertThat(merges).as("the test must exercise merges of records with valid IDs").isGreaterThan(50);
        }
    }

    private static String typo(String id, Random random) {
        char[] c = id.toCharArray();
        int i = random.nextInt(17);
        c[i] = (char) ('0' + (c[i] - '0' + 1 + random.nextInt(9)) % 10);
        String typed = new String(c);
        return IdNumber.parse(typed) instanceof Parsed.Valid ? "" : typed;
    }
}
