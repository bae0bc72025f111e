package org.oneform.sync.dedup.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The synthetic dedup benchmark: a seeded population ({@link Population}) and, per person, one to four
 * captured records rendered with noise ({@link Noise}), shuffled. The same seed, size and level give
 * the same records, byte for byte. All persons are fake: region codes are the demo's 330187 and a few
 * Zhejiang codes, ID numbers carry real GB 11643 check characters, phones are well-formed mobiles.
 */
public final class SyntheticPersons {

    private SyntheticPersons() {
    }

    public static List<SyntheticRecord> generate(long seed, NoiseLevel level, int persons) {
        Random random = new Random(seed);
        List<Person> population = new Population(random, level.twinRate()).generate(persons);
        Noise noise = new Noise(random, level);
        List<SyntheticRecord> records = new ArrayList<>();
        for (Person p : population) {
            int copies = 1 + draw(random, level.extraRecords());
            for (int i = 0; i < copies; i++) {
                records.add(new SyntheticRecord("", noise.name(p.name()), noise.gender(p.male()),
                        noise.birthDate(p.birth()), noise.idNumber(p.idNumber()), noise.phone(p.phone()),
                        noise.address(p.home()), p.cluster()));
            }
        }
        Collections.shuffle(records, random);
        List<SyntheticRecord> numbered = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            SyntheticRecord r = records.get(i);
            numbered.add(new SyntheticRecord(String.format("r%07d", i + 1), r.name(), r.gender(), r.birthDate(),
                    r.idNumber(), r.phone(), r.address(), r.trueCluster()));
        }
        return numbered;
    }

    /** An index drawn with the given probabilities. */
    private static int draw(Random random, double[] probabilities) {
        double pick = random.nextDouble();
        for (int i = 0; i < probabilities.length; i++) {
            pick -= probabilities[i];
            if (pick < 0) {
                return i;
            }
        }
        return probabilities.length - 1;
    }
}
