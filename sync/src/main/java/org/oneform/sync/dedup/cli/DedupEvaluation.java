package org.oneform.sync.dedup.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.oneform.sync.dedup.DedupConfig;
import org.oneform.sync.dedup.cli.PersonCsv.Row;

/**
 * {@code bin/oneform dedup-eval --in records.csv --out clusters.csv [--upper 16 --lower 10] [--warmup 1]}: clusters
 * the records in file order with {@link org.oneform.sync.dedup.DedupEngine} and writes
 * {@code record_id,cluster_id}. With a {@code true_cluster} column it prints pairwise and B³ precision,
 * recall and F1, the review share, and the speed.
 */
public final class DedupEvaluation {

    private static final String USAGE = "dedup-eval --in records.csv --out clusters.csv [--upper N] [--lower N] [--warmup passes]";

    private DedupEvaluation() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = Args.parseOrExit(argv, Set.of("in", "out", "upper", "lower", "warmup"), Set.of("in", "out"), USAGE);
        Path in = Path.of(args.required("in", USAGE));
        Path out = Path.of(args.required("out", USAGE));
        DedupConfig config = DedupConfig.DEFAULTS.withThresholds(
                Double.parseDouble(args.get("upper", String.valueOf(DedupConfig.DEFAULTS.upper()))),
                Double.parseDouble(args.get("lower", String.valueOf(DedupConfig.DEFAULTS.lower()))));
        List<Row> rows = PersonCsv.read(in);
        int warmup = Integer.parseInt(args.get("warmup", "0"));
        for (int i = 0; i < warmup; i++) {
            Evaluation.run(rows, config); // untimed: lets the JIT compile before the measured pass
        }
        Evaluation.Result result = Evaluation.run(rows, config);
        List<String[]> written = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            written.add(new String[] {rows.get(i).record().id().value(), result.clusters().get(i)});
        }
        PersonCsv.writeClusters(out, written);
        report(System.out, in, config, result);
        System.out.printf(Locale.ROOT, "          (measured pass after %d untimed warm-up pass%s; one thread)%n", warmup,
                warmup == 1 ? "" : "es");
    }

    static void report(PrintStream out, Path in, DedupConfig config, Evaluation.Result r) {
        out.printf(Locale.ROOT, "%s: %d records, thresholds merge >= %.1f, review >= %.1f%n", in, r.clusters().size(),
                config.upper(), config.lower());
        Metrics m = r.metrics();
        if (m != null) {
            out.printf(Locale.ROOT, "pairwise  precision %.4f  recall %.4f  F1 %.4f  (%d predicted pairs, %d true pairs)%n",
                    m.pairPrecision(), m.pairRecall(), Metrics.f1(m.pairPrecision(), m.pairRecall()), m.predictedPairs(),
                    m.truePairs());
            out.printf(Locale.ROOT, "B3        precision %.4f  recall %.4f  F1 %.4f%n", m.b3Precision(), m.b3Recall(),
                    Metrics.f1(m.b3Precision(), m.b3Recall()));
        }
        out.printf(Locale.ROOT, "review    %d records (%.2f%%)%s; counted once per record sent to review, as the pair"
                + " (record, best candidate cluster); such a record is written as its own cluster%n", r.reviews(),
                100 * r.reviewShare(), m == null ? "" : String.format(Locale.ROOT, ", %d of them true matches", r.reviewsTrue()));
        out.printf(Locale.ROOT, "speed     %.0f records/s wall, %.0f records per CPU second of the deciding thread"
                + " (%.0f without writing the search index)%n", r.recordsPerSecond(), r.recordsPerCpuSecond(),
                r.recordsPerDedupCpuSecond());
    }
}
