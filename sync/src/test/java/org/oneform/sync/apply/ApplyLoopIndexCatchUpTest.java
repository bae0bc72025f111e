package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.search.RegistryIndex;
import org.oneform.sync.search.SearchQuery;

/**
 * Start-up catch-up of the search index from its committed sequence (issue 7): an index whose last
 * durable commit is behind the registry (a crash lost its later writes) re-indexes exactly the
 * subjects the ledger entries after that sequence touched — changed and new ones — and commits with
 * the registry's sequence; an index that was never committed is rebuilt.
 */
class ApplyLoopIndexCatchUpTest {

    private static final SubjectId ZHANG = new SubjectId("R00000001");

    @TempDir
    Path dir;

    @Test
    void anIndexBehindTheRegistryCatchesUpFromItsCommittedSequence() throws Exception {
        long first;
        long last;
        try (SyncWorld world = SyncWorld.open(dir)) {
            first = world.send(world.found("赵敏", "33018719950303004", "13905712222")).getLast();
            world.loop.catchUp();
            GoldenRecord zhangBefore = world.registry.find(ZHANG).orElseThrow();
            last = world.send(world.edit(ZHANG, Map.of("resident.phone", "13905719999")),
                    world.found("钱多", "33018719900404005", "13905713333")).getLast();
            world.loop.catchUp();
            assertThat(world.index.lastCommittedSeq()).isEqualTo(last);
            world.index.refresh();
            // the index's durable state goes back to `first`: the second step's writes are lost
            SubjectId qian = world.index.search(SearchQuery.of("13905713333", SyncWorld.GRID)).hits().getFirst().id();
            world.index.delete(qian);
            world.index.index(List.of(zhangBefore));
            world.index.commit(first);
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            assertThat(world.index.lastCommittedSeq()).isEqualTo(first);
            assertThat(world.loop.catchUp()).as("the registry had applied everything").isZero();
            world.index.refresh();
            assertThat(world.index.lastCommittedSeq()).isEqualTo(last);
            assertThat(world.index.count()).isEqualTo(world.registry.size()).isEqualTo(4);
            assertThat(ids(world, "钱多")).hasSize(1);
            assertThat(ids(world, "13905719999")).containsExactly(ZHANG.value());
            assertThat(ids(world, "13905710000")).as("the old phone (王芳 shares it) no longer finds 张伟")
                    .containsExactly("R00000002");
        }
    }

    @Test
    void anIndexThatWasNeverCommittedIsRebuiltFromTheRegistry() throws Exception {
        long last;
        try (SyncWorld world = SyncWorld.open(dir)) {
            last = world.send(world.found("赵敏", "33018719950303004", "13905712222")).getLast();
            world.loop.catchUp();
        }
        try (RegistryIndex wrongKey = RegistryIndex.open(dir.resolve("lucene"), "another key, so the index is recreated".getBytes())) {
            assertThat(wrongKey.lastCommittedSeq()).isEqualTo(RegistryIndex.NEVER_COMMITTED);
        }
        try (SyncWorld world = SyncWorld.open(dir)) {
            assertThat(world.index.lastCommittedSeq()).isEqualTo(RegistryIndex.NEVER_COMMITTED);
            world.loop.catchUp();
            world.index.refresh();
            assertThat(world.index.lastCommittedSeq()).isEqualTo(last);
            assertThat(world.index.count()).isEqualTo(3);
            assertThat(ids(world, "赵敏")).hasSize(1);
        }
    }

    private static List<String> ids(SyncWorld world, String text) {
        return world.index.search(SearchQuery.of(text, SyncWorld.GRID)).hits().stream().map(h -> h.id().value()).toList();
    }
}
