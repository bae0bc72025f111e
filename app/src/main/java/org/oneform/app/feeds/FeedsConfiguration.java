package org.oneform.app.feeds;

import java.time.Clock;

import javax.sql.DataSource;

import org.oneform.app.storage.SecretKeys;
import org.oneform.forms.request.FieldRequests;
import org.oneform.sync.feeds.Backfill;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.feeds.Fanout;
import org.oneform.sync.feeds.FeedActivity;
import org.oneform.sync.feeds.FeedWriter;
import org.oneform.sync.feeds.Subscriptions;
import org.oneform.sync.registry.Registry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Subscriptions follow the approved requests; every applied step is fanned out before it is stored. */
@Configuration(proxyBeanMethods = false)
class FeedsConfiguration {

    @Bean
    Subscriptions subscriptions(FieldRequests requests) {
        return Subscriptions.of(requests);
    }

    @Bean
    @DependsOnDatabaseInitialization
    DeliveryStore deliveryStore(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        return new DeliveryStore(dataSource, transactions, clock);
    }

    /** The portal's feed figures: lag, last pull, volume per day. */
    @Bean
    @DependsOnDatabaseInitialization
    FeedActivity feedActivity(DataSource dataSource, Clock clock) {
        return new FeedActivity(dataSource, clock);
    }

    /** Signed cursors, with their own key. */
    @Bean
    FeedCursors feedCursors(SecretKeys keys, @Value("${oneform.feeds.cursor-key:}") String configuredKey) {
        return new FeedCursors(keys.key("feed-cursors", configuredKey));
    }

    /** Backfills of newly requested fields, under the same pseudonym key as the apply loop's deliveries. */
    @Bean
    Backfill backfill(Subscriptions subscriptions, Registry registry, DeliveryStore store, SecretKeys keys, Clock clock,
                      @Value("${oneform.feeds.pseudonym-key:}") String configuredKey) {
        return new Backfill(subscriptions, registry, store, keys.key("feed-pseudonyms", configuredKey), clock);
    }

    /** Departments' webhooks; secrets encrypted under their own data-directory key. */
    @Bean
    @DependsOnDatabaseInitialization
    Webhooks webhooks(org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock, org.oneform.app.audit.AuditLog audit,
                      SecretKeys keys, @Value("${oneform.feeds.webhook-key:}") String configuredKey) {
        return new Webhooks(jdbc, clock, audit, keys.key("feed-webhooks", configuredKey));
    }

    /** Replays of a department's webhook queue from the start, a moment or a cursor (API and portal). */
    @Bean
    WebhookReplays webhookReplays(Webhooks webhooks, FeedCursors cursors, DeliveryStore deliveries,
                                  org.oneform.app.audit.AuditLog audit, Clock clock) {
        return new WebhookReplays(webhooks, cursors, deliveries, audit, clock);
    }

    /** The pusher: started with the application, stopped with it. */
    @Bean(initMethod = "start", destroyMethod = "close")
    WebhookPusher webhookPusher(Webhooks webhooks, DeliveryStore deliveries, FeedCursors cursors, Clock clock,
                                @Value("${oneform.feeds.webhooks.tick:1s}") java.time.Duration tick,
                                @Value("${oneform.feeds.webhooks.batch:200}") int batch,
                                @Value("${oneform.feeds.webhooks.max-concurrent:16}") int maxConcurrent,
                                @Value("${oneform.feeds.webhooks.timeout:10s}") java.time.Duration timeout,
                                @Value("${oneform.feeds.webhooks.backoff-base:2s}") java.time.Duration backoffBase,
                                @Value("${oneform.feeds.webhooks.backoff-cap:10m}") java.time.Duration backoffCap) {
        return new WebhookPusher(webhooks, deliveries, cursors, clock,
                new WebhookPusher.Settings(tick, batch, maxConcurrent, 20, timeout, backoffBase, backoffCap));
    }

    /** The apply loop's listener; pseudonyms use their own key from the data directory (or the setting). */
    @Bean
    FeedWriter feedWriter(Subscriptions subscriptions, DeliveryStore store, SecretKeys keys,
                          @Value("${oneform.feeds.pseudonym-key:}") String configuredKey) {
        return new FeedWriter(new Fanout(subscriptions, keys.key("feed-pseudonyms", configuredKey)), store);
    }
}
