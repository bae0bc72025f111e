package org.oneform.sync.dedup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneform.sync.dedup.DedupConfig;
import org.oneform.sync.dedup.PersonRecord;
import org.oneform.sync.dedup.RecordId;
import org.oneform.sync.dedup.cli.PersonCsv.Row;
import org.oneform.sync.dedup.synth.NoiseLevel;
import org.oneform.sync.dedup.synth.SyntheticPersons;

/**
 * The DESIGN.md §9 quality targets on a small test split (the test seed, 2,500 persons: about 4,500 records): auto-merge
 * precision ≥ 99.5%, recall ≥ 99% (moderate) / ≥ 95% (hard), review share ≤ 5%. Speed is a benchmark,
 * not a test (docs/benchmarks.md).
 */
class EvaluationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"moderate, 0.99", "hard, 0.95"})
    void meetsTheTargetsOnASmallTestSplit(String level, double recallTarget) {
        List<Row> rows = SyntheticPersons.generate(DedupGenerate.TEST_SEED, NoiseLevel.named(level), 2500).stream()
                .map(r -> new Row(new PersonRecord(new RecordId(r.recordId()), r.name(), r.gender(), r.birthDate(),
                        r.idNumber(), r.phone(), r.address()), r.trueCluster()))
                .toList();

        Evaluation.Result result = Evaluation.run(rows, DedupConfig.DEFAULTS);

        DedupEvaluation.report(System.out, Path.of(level), DedupConfig.DEFAULTS, result);
        assertThat(result.metrics().pairPrecision()).isGreaterThanOrEqualTo(0.995);
        assertThat(result.metrics().pairRecall()).isGreaterThanOrEqualTo(recallTarget);
        assertThat(result.reviewShare()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void theCommandsWriteAndReadTheCsvFiles(@TempDir Path dir) throws Exception {
        DedupGenerate.main(new String[] {"--out", dir.toString(), "--persons", "200"});
        Path in = dir.resolve("test-moderate.csv");
        Path out = dir.resolve("clusters.csv");
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DedupEvaluation.main(new String[] {"--in", in.toString(), "--out", out.toString()});
        } finally {
            System.setOut(stdout);
        }

        List<String> input = Files.readAllLines(in);
        List<String> output = Files.readAllLines(out);
        assertThat(input.getFirst()).isEqualTo("record_id,name,gender,birth_date,id_number,phone,address,true_cluster");
        assertThat(output.getFirst()).isEqualTo("record_id,cluster_id");
        assertThat(output).hasSameSizeAs(input);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("pairwise  precision", "B3", "review", "records/s");
    }
}
