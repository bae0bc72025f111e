package org.oneform.sync.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.feeds.Backfill;
import org.oneform.sync.feeds.DeliveredRecord;
import org.oneform.sync.feeds.Delivery;
import org.oneform.sync.feeds.DeliveryChange;
import org.oneform.sync.feeds.DeliveryFilter;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.feeds.Fanout;
import org.oneform.sync.feeds.FeedWriter;
import org.oneform.sync.feeds.Grant;
import org.oneform.sync.feeds.Subscriptions;
import org.oneform.sync.registry.SubjectId;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Backfill and the portal's reading of deliveries, on real stores: a backfill sends exactly a request's fields
 * for the records inside its filter, once however often it runs, and never overtakes a newer delivery;
 * browsing and exporting read exactly a department's deliveries, filtered and paged.
 */
class FeedBackfillTest {

    private static final byte[] KEY = "feed-backfill-test-pseudonym-key".getBytes(StandardCharsets.UTF_8);
    private static final SubjectId ZHANG = new SubjectId("R00000001");

    @TempDir
    Path dir;

    @Test
    void aBackfillDeliversExactlyTheRequestsFieldsOnceHoweverOftenItRuns() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            var store = new DeliveryStore(world.dataSource, new DataSourceTransactionManager(world.dataSource), Clock.systemUTC());
            var subscriptions = Subscriptions.of(world.requests);
            var backfill = new Backfill(subscriptions, world.registry, store, KEY, Clock.systemUTC());
            List<Grant> grants = subscriptions.forType(SubjectType.RESIDENT).values().stream().flatMap(List::stream).toList();
            assertThat(grants).isNotEmpty();
            for (Grant grant : grants) {
                List<long[]> progress = new ArrayList<>();
                Backfill.Result first = backfill.run(grant, (done, total) -> progress.add(new long[] {done, total}));
                assertThat(progress.getLast()).containsExactly(first.considered(), first.considered());
                assertThat(first.considered()).isEqualTo(2);
                assertThat(subscriptions.grant(grant.request())).contains(grant);

                Backfill.Result again = backfill.run(grant, (done, total) -> { });
                assertThat(again.matched()).isEqualTo(first.matched());
                assertThat(again.written()).as("re-running duplicates nothing").isZero();
            }
            for (var department : subscriptions.forType(SubjectType.RESIDENT).keySet()) {
                Set<String> asked = new HashSet<>();
                subscriptions.of(department).forEach(g -> asked.addAll(g.fields()));
                List<DeliveredRecord> got = store.delivered(department, DeliveryFilter.ALL, 0, 100);
                Set<String> ids = new HashSet<>();
                assertThat(got).allSatisfy(d -> {
                    assertThat(asked).containsAll(d.fields().keySet());
                    assertThat(d.change()).isEqualTo(DeliveryChange.UPDATED);
                    assertThat(d.provenance()).isEqualTo(Delivery.BACKFILL);
                    assertThat(d.subject()).startsWith("S").doesNotContain("R0000");
                    assertThat(ids.add(d.deliveryId())).as("one delivery per request x subject").isTrue();
                });
            }
        }
    }

    @Test
    void aBackfillNeverOvertakesADeliveryOfANewerChange() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            var store = new DeliveryStore(world.dataSource, new DataSourceTransactionManager(world.dataSource), Clock.systemUTC());
            var subscriptions = Subscriptions.of(world.requests);
            var writer = new FeedWriter(new Fanout(subscriptions, KEY), store);
            world.listener = writer::applied;
            world.loop.catchUp();
            world.loop.start();
            long seq = world.send(world.edit(ZHANG, Map.of("resident.phone", "13905719997"))).getFirst();
            assertThat(world.loop.awaitApplied(seq, Duration.ofSeconds(10))).isTrue();
            List<DeliveryStore.LedgerRow> applied = store.ledgerOf(ZHANG.value());
            assertThat(applied).isNotEmpty();
            var department = applied.getFirst().department();
            long before = store.count(department);

            // a backfill that read the registry before that change must not deliver the older values after it
            var stale = new Delivery("0".repeat(32), department, seq - 1, java.util.UUID.randomUUID(), ZHANG, "Sstale",
                    DeliveryChange.UPDATED, Map.of("resident.phone", "13905710000"), Set.of("resident.phone"),
                    Map.of(), List.of("test"), Instant.now(), Delivery.BACKFILL);
            assertThat(store.writeUnlessNewer(List.of(stale), seq - 1)).isZero();
            assertThat(store.count(department)).isEqualTo(before);
            assertThat(store.writeUnlessNewer(List.of(stale), seq)).as("read after the change: delivered").isOne();
        }
    }

    @Test
    void browsingAndExportingReadExactlyADepartmentsFilteredDeliveries() throws Exception {
        try (SyncWorld world = SyncWorld.open(dir)) {
            var store = new DeliveryStore(world.dataSource, new DataSourceTransactionManager(world.dataSource), Clock.systemUTC());
            var subscriptions = Subscriptions.of(world.requests);
            var backfill = new Backfill(subscriptions, world.registry, store, KEY, Clock.systemUTC());
            subscriptions.forType(SubjectType.RESIDENT).values().stream().flatMap(List::stream)
                    .forEach(g -> backfill.run(g, (d, t) -> { }));
            var department = subscriptions.forType(SubjectType.RESIDENT).keySet().iterator().next();
            long all = store.count(department, DeliveryFilter.ALL);
            assertThat(all).isPositive().isEqualTo(store.count(department));

            List<DeliveredRecord> newestFirst = store.delivered(department, DeliveryFilter.ALL, 0, 1000);
            assertThat(newestFirst).hasSize((int) all);
            assertThat(store.delivered(department, DeliveryFilter.ALL, 1, 1)).containsExactly(newestFirst.get(1 % newestFirst.size()))
                    .hasSize(all > 1 ? 1 : 0);
            List<DeliveredRecord> oldestFirst = new ArrayList<>();
            assertThat(store.forEachDelivered(department, DeliveryFilter.ALL, 1, oldestFirst::add)).isEqualTo(all);
            assertThat(oldestFirst).containsExactlyElementsOf(newestFirst.reversed());

            String field = newestFirst.getFirst().fields().keySet().iterator().next();
            var byField = new DeliveryFilter(field, null, null);
            assertThat(store.delivered(department, byField, 0, 1000)).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.fields()).containsKey(field));
            var byAbsentField = new DeliveryFilter("resident.no_such_field", null, null);
            assertThat(store.count(department, byAbsentField)).isZero();
            var future = new DeliveryFilter(null, Instant.now().plus(Duration.ofDays(1)), null);
            assertThat(store.count(department, future)).isZero();
            var past = new DeliveryFilter(null, null, Instant.now().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC).toInstant());
            assertThat(store.delivered(department, past, 0, 10)).isEmpty();
        }
    }
}
