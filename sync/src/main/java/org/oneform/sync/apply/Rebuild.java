package org.oneform.sync.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.oneform.sync.apply.internal.Applier;
import org.oneform.sync.apply.internal.ScratchPersister;
import org.oneform.sync.apply.internal.Step;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.RegistryData;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.review.Returns;
import org.oneform.sync.review.ReturnsData;
import org.oneform.sync.review.ReviewData;
import org.oneform.sync.review.ReviewItem;
import org.oneform.sync.review.ReviewQueue;
import org.oneform.sync.roster.RosterLog;
import org.oneform.sync.roster.RosterLogData;

/**
 * Rebuilds the registry, the review queue, the returns and the roster log from the baseline and the whole ledger, in memory, and
 * compares them with the live ones. The live projections are caught up first by the caller; the
 * search index is rebuilt from the registry separately ({@code RegistryIndex#rebuild}).
 */
public final class Rebuild {

    private final IntakeLedger ledger;

    public Rebuild(IntakeLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * @param baseline     the records the live registry was seeded with, before any ledger entry
     * @param baselineName the name {@code Registry#markBaseline} was given
     * @param matcher      a fresh matcher of the same kind the live loop uses, with an index of its own (it is
     *                     told after each step that the step's records are written, as the loop tells its matcher)
     * @param replace      whether to replace the live projections with the rebuild when they differ
     * @param persister    stores the replaced review queue, returns and roster log (the registry stores itself)
     */
    public RebuildReport rebuild(Registry live, ReviewQueue liveReview, Returns liveReturns, RosterLog liveRoster,
                                 Collection<GoldenRecord> baseline,
                                 String baselineName, SubjectMatcher matcher, boolean replace,
                                 org.eclipse.serializer.persistence.types.Persister persister) {
        long started = System.nanoTime();
        var scratch = new Registry(new RegistryData(), new ScratchPersister());
        scratch.putAll(baseline);
        scratch.markBaseline(baselineName);
        var review = new ReviewQueue(new ReviewData());
        var returns = new Returns(new ReturnsData(), null, null, () -> { });
        var roster = new RosterLog(new RosterLogData());
        scratch.allInIdOrder().forEach(matcher::load);
        matcher.written();
        var applier = new Applier(scratch, matcher, ledger::entry);
        long entries = 0;
        for (List<LedgerEntry> step; !(step = ledger.after(scratch.lastAppliedSeq(), ApplyLoop.STEP)).isEmpty(); ) {
            Step applied = applier.apply(step);
            review.add(applied.review());
            ApplyLoop.project(applied, step, review, returns, roster, scratch);
            scratch.apply(applied.lastSeq(), applied.records(), applied.removed(), applied.submissions(), List.of());
            matcher.written();
            entries += step.size();
        }
        Map<SubjectId, GoldenRecord> rebuilt = byId(scratch.all());
        Map<SubjectId, GoldenRecord> current = byId(live.all());
        var ids = new TreeSet<SubjectId>((a, b) -> a.value().compareTo(b.value()));
        ids.addAll(rebuilt.keySet());
        ids.addAll(current.keySet());
        List<SubjectId> differing = new ArrayList<>();
        for (SubjectId id : ids) {
            if (!Objects.equals(rebuilt.get(id), current.get(id))) {
                differing.add(id);
            }
        }
        List<ReviewItem> rebuiltReview = review.all();
        List<ReviewItem> liveItems = liveReview.all();
        var report = new RebuildReport(entries, scratch.lastAppliedSeq(), rebuilt.size(), current.size(), differing.size(),
                differing.subList(0, Math.min(20, differing.size())), rebuiltReview.size(), liveItems.size(),
                rebuiltReview.equals(liveItems), returns.all().equals(liveReturns.all()),
                roster.snapshot().equals(liveRoster.snapshot()), Duration.ofNanos(System.nanoTime() - started));
        if (replace && !report.equal()) {
            live.replaceWith(scratch);
            persister.storeAll(liveReview.replaceWith(review).toArray());
            persister.storeAll(liveReturns.replaceWith(returns).toArray());
            persister.storeAll(liveRoster.replaceWith(roster).toArray());
        }
        return report;
    }

    private static Map<SubjectId, GoldenRecord> byId(Collection<GoldenRecord> records) {
        Map<SubjectId, GoldenRecord> map = new HashMap<>();
        records.forEach(r -> map.put(r.id(), r));
        return map;
    }
}
