package org.oneform.sync.dedup.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.oneform.sync.dedup.synth.NoiseLevel;
import org.oneform.sync.dedup.synth.SyntheticPersons;
import org.oneform.sync.dedup.synth.SyntheticRecord;

/**
 * {@code bin/oneform dedup-generate --out dir [--persons 10000]}: writes the synthetic benchmark,
 * {@code dev-moderate.csv}, {@code dev-hard.csv}, {@code test-moderate.csv}, {@code test-hard.csv}, with
 * {@code true_cluster}. Dev and test use different seeds; tune on dev, report test.
 */
public final class DedupGenerate {

    static final long DEV_SEED = 20261122L;
    static final long TEST_SEED = 4_0607L;
    private static final String USAGE = "dedup-generate --out dir [--persons N] [--dev-seed N] [--test-seed N]";

    private DedupGenerate() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parseOrExit(argv, Set.of("out", "persons", "dev-seed", "test-seed"), Set.of("out"), USAGE);
        Path dir = Files.createDirectories(Path.of(args.required("out", USAGE)));
        int persons = Integer.parseInt(args.get("persons", "10000"));
        long[] seeds = {Long.parseLong(args.get("dev-seed", String.valueOf(DEV_SEED))),
            Long.parseLong(args.get("test-seed", String.valueOf(TEST_SEED)))};
        String[] splits = {"dev", "test"};
        for (int s = 0; s < splits.length; s++) {
            for (NoiseLevel level : List.of(NoiseLevel.MODERATE, NoiseLevel.HARD)) {
                List<SyntheticRecord> records = SyntheticPersons.generate(seeds[s], level, persons);
                Path file = dir.resolve(splits[s] + "-" + level.name() + ".csv");
                PersonCsv.writeSynthetic(file, records);
                System.out.printf("%s: %d records of %d persons (seed %d)%n", file, records.size(), persons, seeds[s]);
            }
        }
    }
}
