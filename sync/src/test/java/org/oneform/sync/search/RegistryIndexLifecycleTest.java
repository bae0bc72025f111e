package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oneform.sync.search.Records.DISTRICT;
import static org.oneform.sync.search.Records.GRID_1;
import static org.oneform.sync.search.Records.GRID_3;
import static org.oneform.sync.search.Records.STREET_1;
import static org.oneform.sync.search.Records.STREET_2;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;

/** Near-real-time visibility, durability through commits, rebuilds and deletes, on a real index on disk. */
class RegistryIndexLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void aRecordIsSearchableWithinOneSecondWithoutCommitOrRefresh() throws InterruptedException {
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            long start = System.nanoTime();
            index.index(List.of(SearchData.ALL.getFirst()));
            while (index.search(SearchQuery.of("13812345678", DISTRICT)).isEmpty()
                    && System.nanoTime() - start < Duration.ofSeconds(2).toNanos()) {
                Thread.sleep(10);
            }
            Duration visibleAfter = Duration.ofNanos(System.nanoTime() - start);
            assertThat(index.search(SearchQuery.of("13812345678", DISTRICT)).hits()).hasSize(1);
            assertThat(visibleAfter).isLessThan(Duration.ofSeconds(1));
            assertThat(index.lastCommittedSeq()).isEqualTo(RegistryIndex.NEVER_COMMITTED);
        }
    }

    /**
     * A changed record becomes searchable by its new values without a commit or an explicit refresh:
     * the background refresh does it (how fast is measured by the search benchmark, not asserted here;
     * the 10 s bound only stops a broken refresher from hanging the build).
     */
    @Test
    void aChangedRecordIsFoundByItsNewValuesWithoutCommitOrRefresh() throws InterruptedException {
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            index.index(List.of(Records.resident("C1", GRID_1, "孙悦", "330110198803030011", "13711112222")));
            index.refresh();
            index.index(List.of(Records.resident("C1", GRID_1, "孙越", "330110198803030011", "13733334444")));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (index.search(SearchQuery.of("13733334444", DISTRICT)).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(index.search(SearchQuery.of("13733334444", DISTRICT)).hits()).extracting(h -> h.id().value())
                    .containsExactly("C1");
            assertThat(index.search(SearchQuery.of("13711112222", DISTRICT)).hits()).as("the old phone").isEmpty();
            assertThat(index.search(SearchQuery.of("孙悦", DISTRICT).withType(org.oneform.forms.catalog.SubjectType.RESIDENT))
                    .hits().getFirst().score()).as("the old name is no longer exact")
                    .isLessThan(index.search(SearchQuery.of("孙越", DISTRICT)).hits().getFirst().score());
            assertThat(index.count()).isEqualTo(1);
            assertThat(index.lastCommittedSeq()).isEqualTo(RegistryIndex.NEVER_COMMITTED);
        }
    }

    @Test
    void aRefreshMakesWritesSearchableAtOnce() {
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY, Duration.ofHours(1))) {
            index.index(SearchData.ALL);
            index.refresh();
            assertThat(index.search(SearchQuery.of("杨长青", DISTRICT)).hits()).isNotEmpty();
            assertThat(index.count()).isEqualTo(SearchData.ALL.size());
        }
    }

    @Test
    void theCommittedSequenceAndContentSurviveAReopenButUncommittedWritesDoNot() {
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            assertThat(index.lastCommittedSeq()).isEqualTo(RegistryIndex.NEVER_COMMITTED);
            index.index(SearchData.ALL);
            index.commit(42);
            index.index(List.of(Records.resident("R99", GRID_1, "周末", "330110200001010011", "13011112222")));
            index.refresh();
            assertThat(index.count()).isEqualTo(SearchData.ALL.size() + 1);
        }
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            index.refresh();
            assertThat(index.lastCommittedSeq()).isEqualTo(42);
            assertThat(index.count()).isEqualTo(SearchData.ALL.size());
            assertThat(ids(index, "张伟", STREET_1).getFirst()).isIn("R1", "H1");
            assertThat(ids(index, "周末", DISTRICT)).isEmpty();
            index.commit(43);
        }
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            assertThat(index.lastCommittedSeq()).isEqualTo(43);
        }
    }

    @Test
    void anIndexWrittenWithAnotherKeyIsRecreatedAndAsksForARebuild() {
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            index.index(SearchData.ALL);
            index.commit(7);
        }
        try (RegistryIndex index = RegistryIndex.open(dir, "another key, equally not secret".getBytes())) {
            assertThat(index.lastCommittedSeq()).isEqualTo(RegistryIndex.NEVER_COMMITTED);
            assertThat(index.count()).isZero();
        }
        assertThatThrownBy(() -> RegistryIndex.open(dir, "short".getBytes())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRebuildFindsWhatIncrementalIndexingFinds(@TempDir Path rebuiltDir) {
        List<GoldenRecord> finalState = new ArrayList<>(SearchData.ALL);
        try (RegistryIndex incremental = RegistryIndex.open(dir, Records.KEY);
                RegistryIndex rebuilt = RegistryIndex.open(rebuiltDir, Records.KEY)) {
            incremental.index(List.of(Records.resident("R1", GRID_3, "张三", "330110198501010000", "13000000001")));
            incremental.index(SearchData.ALL);
            GoldenRecord moved = Records.resident("R2", GRID_3, "章伟", "330110198703150021", "13900001111");
            incremental.index(List.of(moved));
            finalState.set(1, moved);
            incremental.delete(new SubjectId("P2"));
            incremental.delete(new SubjectId("never-indexed"));
            finalState.removeIf(r -> r.id().value().equals("P2"));
            incremental.commit(9);
            rebuilt.rebuild(finalState, 9);
            incremental.refresh();

            assertThat(rebuilt.lastCommittedSeq()).isEqualTo(9);
            assertThat(rebuilt.count()).isEqualTo(incremental.count()).isEqualTo(finalState.size());
            for (String text : List.of("张伟", "zhangwei", "zw", "ycq", "清河家园3栋", "5678", "555X", "13900001111",
                    "阳光幼儿园", "张三", "13000000001", "便民超市")) {
                for (AreaId scope : List.of(DISTRICT, STREET_1, STREET_2, GRID_3)) {
                    SearchResult a = incremental.search(SearchQuery.of(text, scope));
                    SearchResult b = rebuilt.search(SearchQuery.of(text, scope));
                    assertThat(idSet(b)).as("%s in %s", text, scope).isEqualTo(idSet(a));
                    assertThat(b.totalHits()).isEqualTo(a.totalHits());
                }
            }
            assertThat(ids(rebuilt, "13900001111", STREET_2)).containsExactly("R2");
            assertThat(ids(rebuilt, "张三", DISTRICT)).isEmpty();

            incremental.rebuild(finalState, 10);
            assertThat(incremental.count()).isEqualTo(finalState.size());
            assertThat(incremental.lastCommittedSeq()).isEqualTo(10);
        }
    }

    @Test
    void aDeletedRecordIsNoLongerFound() {
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            index.index(SearchData.ALL);
            index.refresh();
            index.delete(new SubjectId("R1"));
            index.refresh();
            assertThat(ids(index, "330110198501012316", DISTRICT)).isEmpty();
            assertThat(ids(index, "张伟", STREET_1)).doesNotContain("R1").contains("H1");
            assertThat(index.count()).isEqualTo(SearchData.ALL.size() - 1);
        }
    }

    @Test
    void aFailedRebuildKeepsTheOldSnapshotAndRefusesCommitsUntilARebuildSucceeds() {
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY, Duration.ofMillis(10))) {
            index.index(SearchData.ALL);
            index.commit(5);
            index.refresh();
            Iterable<GoldenRecord> failing = () -> new Iterator<>() {
                private final Iterator<GoldenRecord> records = SearchData.ALL.iterator();
                private int served;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public GoldenRecord next() {
                    if (++served > 3) {
                        throw new IllegalStateException("registry went away");
                    }
                    return records.next();
                }
            };
            assertThatThrownBy(() -> index.rebuild(failing, 6)).hasMessage("registry went away");
            assertThat(index.count()).isEqualTo(SearchData.ALL.size());
            assertThatThrownBy(() -> index.commit(6)).isInstanceOf(IllegalStateException.class);
            assertThat(index.lastCommittedSeq()).isEqualTo(5);

            index.rebuild(SearchData.ALL, 6);
            index.commit(7);
            assertThat(index.lastCommittedSeq()).isEqualTo(7);
        }
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            assertThat(index.count()).isEqualTo(SearchData.ALL.size());
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        RegistryIndex index = RegistryIndex.open(dir, Records.KEY);
        index.close();
        index.close();
    }

    private static List<String> ids(RegistryIndex index, String text, AreaId scope) {
        return index.search(SearchQuery.of(text, scope)).hits().stream().map(h -> h.id().value()).toList();
    }

    private static Set<String> idSet(SearchResult result) {
        return result.hits().stream().map(h -> h.id().value()).collect(Collectors.toSet());
    }
}
