package org.oneform.app.feeds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.feeds.DeliveryStore;
import org.oneform.sync.feeds.DeliveryStore.FeedLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes each department's deliveries to its webhook, driven by the delivery table and the department's push
 * cursor in SQL — never by the apply loop, so a slow consumer cannot hold it up. A tick looks for webhooks that
 * are due and have deliveries after their cursor; each gets one worker (a virtual thread) at a time, at most
 * {@code maxConcurrent} at once, so one slow or failing consumer holds up no other. A worker POSTs batches in
 * feed order (JSON lines, signed, see {@link Webhooks#signature}); a 2xx moves the cursor; anything else — a
 * status, a timeout, a refused connection — backs off exponentially with jitter. At least once: a consumer
 * dedups by {@code deliveryId}. See docs/decisions/0009-feed-webhooks.md.
 */
public final class WebhookPusher implements AutoCloseable {

    /** Timing and size settings. */
    public record Settings(Duration tick, int batch, int maxConcurrent, int batchesPerTurn, Duration timeout,
                           Duration backoffBase, Duration backoffCap) {
    }

    static final String TIMESTAMP = "OneForm-Timestamp";
    static final String SIGNATURE = "OneForm-Signature";
    static final String CURSOR = "OneForm-Cursor";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookPusher.class);

    private final Webhooks webhooks;
    private final DeliveryStore deliveries;
    private final FeedCursors cursors;
    private final Clock clock;
    private final Settings settings;
    private final HttpClient http;
    private final Semaphore slots;
    private final Set<DepartmentCode> busy = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("feed-webhooks").daemon().factory());

    WebhookPusher(Webhooks webhooks, DeliveryStore deliveries, FeedCursors cursors, Clock clock, Settings settings) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.cursors = cursors;
        this.clock = clock;
        this.settings = settings;
        this.slots = new Semaphore(settings.maxConcurrent());
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    void start() {
        long ms = settings.tick().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Starts a worker for every due webhook with something to push that has none. */
    void tick() {
        try {
            long last = deliveries.lastFeedSeq();
            for (DepartmentWebhook hook : webhooks.due()) {
                if (hook.pushedSeq() >= last || busy.contains(hook.department()) || !slots.tryAcquire()) {
                    continue;
                }
                busy.add(hook.department());
                Thread.ofVirtual().name("feed-webhook-" + hook.department().value()).start(() -> {
                    try {
                        turn(hook);
                    } finally {
                        busy.remove(hook.department());
                        slots.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("the webhook tick failed; the next one retries", e);
        }
    }

    /** Up to {@code batchesPerTurn} batches for one department, in order, stopping at the first failure. */
    private void turn(DepartmentWebhook hook) {
        long from = hook.pushedSeq();
        for (int b = 0; b < settings.batchesPerTurn(); b++) {
            List<FeedLine> lines = deliveries.after(hook.department(), from, settings.batch());
            if (lines.isEmpty()) {
                return;
            }
            long to = lines.getLast().feedSeq();
            String failure = push(hook, lines, to);
            if (failure != null) {
                int failures = hook.failures() + 1;
                webhooks.failed(hook.department(), hook.url(), failure, clock.instant().plus(backoff(failures)));
                return;
            }
            webhooks.pushed(hook.department(), hook.url(), from, to);
            from = to;
            hook = new DepartmentWebhook(hook.department(), hook.url(), to, 0, hook.nextAttemptAt(), null, null);
        }
    }

    /** One signed POST; null when the consumer acknowledged it (2xx), otherwise what went wrong. */
    private String push(DepartmentWebhook hook, List<FeedLine> lines, long to) {
        var secret = webhooks.secret(hook.department());
        if (secret.isEmpty()) {
            return "removed";
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.json()).append('\n'));
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(hook.url())).timeout(settings.timeout())
                    .header("Content-Type", "application/x-ndjson; charset=utf-8")
                    .header("User-Agent", "OneForm-Webhooks/1")
                    .header(TIMESTAMP, timestamp)
                    .header(SIGNATURE, Webhooks.signature(secret.get(), timestamp, body))
                    .header(CURSOR, cursors.of(hook.department(), to))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (HttpTimeoutException e) {
            return "timeout";
        } catch (java.io.IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (IllegalArgumentException e) {
            return "bad URL";
        }
    }

    /** Exponential backoff with full jitter in its upper half: base × 2^(failures-1), capped, × [0.5, 1). */
    java.time.Duration backoff(int failures) {
        long base = settings.backoffBase().toMillis();
        long cap = settings.backoffCap().toMillis();
        long exponential = failures >= 31 ? cap : Math.min(cap, base << Math.max(0, failures - 1));
        return Duration.ofMillis((long) (exponential * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5)));
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        http.close();
    }
}
