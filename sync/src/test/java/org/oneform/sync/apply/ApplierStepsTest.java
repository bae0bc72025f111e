package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.apply.internal.Applier;
import org.oneform.sync.apply.internal.ScratchPersister;
import org.oneform.sync.apply.internal.Step;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.EntryKind;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.RegistryData;
import org.oneform.sync.review.ReviewItem;

/**
 * The outcome of applying the ledger must not depend on how it is cut into steps: the live loop's steps
 * end wherever the ledger ended when it woke up (and restart after a crash), a rebuild's every
 * {@value ApplyLoop#STEP} entries. The crash test found review item ids that did: an item's number counted
 * the items of the whole step, not of its own submission.
 */
class ApplierStepsTest {

    private static final AreaId GRID = new AreaId("330187.001.001.01");
    private static final String ID_NUMBER = "110105198003155016";

    @Test
    void reviewItemsAreTheSameWhetherTheEntriesAreAppliedInOneStepOrOneByOne() {
        // a person, then two more sightings by ID number with other phones: each raises a field conflict
        List<LedgerEntry> entries = List.of(sighting(1, "13905700001"), sighting(2, "13905700002"),
                sighting(3, "13905700003"));

        List<ReviewItem> oneStep = applyInSteps(entries, entries.size());
        List<ReviewItem> oneByOne = applyInSteps(entries, 1);

        assertThat(oneStep).hasSize(2);
        assertThat(oneStep).extracting(ReviewItem::id).containsExactly("2-0", "3-0");
        assertThat(oneByOne).isEqualTo(oneStep);
    }

    private static List<ReviewItem> applyInSteps(List<LedgerEntry> entries, int stepSize) {
        var registry = new Registry(new RegistryData(), new ScratchPersister());
        Map<UUID, LedgerEntry> byId = new java.util.HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        var applier = new Applier(registry, new IdentifierMatcher(), id -> java.util.Optional.ofNullable(byId.get(id)));
        List<ReviewItem> review = new ArrayList<>();
        for (int from = 0; from < entries.size(); from += stepSize) {
            Step step = applier.apply(entries.subList(from, Math.min(entries.size(), from + stepSize)));
            review.addAll(step.review());
            registry.apply(step.lastSeq(), step.records(), step.submissions(), List.of());
        }
        return review;
    }

    private static LedgerEntry sighting(long seq, String phone) {
        Map<String, String> values = Map.of("resident.name", "张伟明", "resident.gender", "male",
                "resident.birth_date", "1980-03-15", "resident.id_number", ID_NUMBER, "resident.phone", phone);
        return new LedgerEntry(seq, EntryKind.SUBMISSION, new UUID(0, seq), SubjectType.RESIDENT, null, GRID, 1, null, "worker01", "tablet",
                "hash-" + seq, values, Map.of(), Instant.parse("2026-11-22T09:00:00Z").plusSeconds(seq));
    }
}
