package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.apply.internal.ScratchPersister;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.IntakeLedger;
import org.oneform.sync.intake.EntryKind;
import org.oneform.sync.intake.LedgerEntry;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.RegistryData;
import org.oneform.sync.review.ReviewData;
import org.oneform.sync.review.ReviewQueue;
import org.oneform.sync.search.RegistryIndex;

/**
 * Start-up catch-up must end even while devices keep uploading: the sync API answers as soon as the web server
 * listens, before catch-up is done, and the crash test saw a start-up replay thousands of entries that arrived
 * during it (ingest outpaces the apply loop), so under steady load the application would never become ready.
 */
class ApplyLoopCatchUpTest {

    @Test
    void catchUpAppliesWhatTheLedgerHeldWhenItBeganAndLeavesNewArrivalsToTheLoop() {
        IntakeLedger ledger = mock(IntakeLedger.class);
        when(ledger.lastSeq()).thenReturn(3L);
        // a ledger that always has one more entry: a device uploading for ever
        when(ledger.after(anyLong(), anyInt())).thenAnswer(call -> List.of(entry((long) call.getArgument(0) + 1)));
        var registry = new Registry(new RegistryData(), new ScratchPersister());
        var loop = new ApplyLoop(ledger, registry, new ReviewQueue(new ReviewData()),
                new org.oneform.sync.review.Returns(new org.oneform.sync.review.ReturnsData(), ledger, java.time.Clock.systemUTC(), () -> { }),
                new org.oneform.sync.roster.RosterLog(new org.oneform.sync.roster.RosterLogData()), new IdentifierMatcher(),
                mock(RegistryIndex.class), List.of());

        long applied = assertTimeoutPreemptively(Duration.ofSeconds(10), loop::catchUp);

        assertThat(applied).isEqualTo(3);
        assertThat(registry.lastAppliedSeq()).isEqualTo(3);
    }

    private static LedgerEntry entry(long seq) {
        return new LedgerEntry(seq, EntryKind.SUBMISSION, new UUID(0, seq), SubjectType.RESIDENT, null, new AreaId("330187.001.001.01"), 1, null,
                "worker01", "tablet", "hash-" + seq, Map.of("resident.name", "居民" + seq), Map.of(),
                Instant.parse("2026-11-22T09:00:00Z").plusSeconds(seq));
    }
}
