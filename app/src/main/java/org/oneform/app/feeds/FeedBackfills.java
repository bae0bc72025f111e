package org.oneform.app.feeds;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.oneform.app.audit.AuditLog;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.RequestId;
import org.oneform.sync.feeds.Backfill;
import org.oneform.sync.feeds.Grant;
import org.oneform.sync.feeds.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/**
 * Runs backfills on request from the department portal: one at a time (they read the whole registry), one
 * per request at most, with progress a screen can poll; start and outcome audited. Running one again is safe:
 * delivery ids are stable, so it adds only what is missing. See docs/decisions/0008-feed-backfill-and-exports.md.
 */
@Service
public class FeedBackfills {

    /** A backfill's state, read by screens while it runs. */
    public static final class Job {
        private final Grant grant;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong(-1);
        private volatile Backfill.Result result;
        private volatile boolean failed;

        Job(Grant grant) {
            this.grant = grant;
        }

        public Grant grant() {
            return grant;
        }

        public long done() {
            return done.get();
        }

        /** How many records it reads; -1 until it has started. */
        public long total() {
            return total.get();
        }

        /** What it did, once finished. */
        public Optional<Backfill.Result> result() {
            return Optional.ofNullable(result);
        }

        public boolean failed() {
            return failed;
        }

        public boolean running() {
            return result == null && !failed;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(FeedBackfills.class);

    private final Backfill backfill;
    private final Subscriptions subscriptions;
    private final AuditLog audit;
    private final Map<RequestId, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("feed-backfill")
            .daemon().factory());

    FeedBackfills(Backfill backfill, Subscriptions subscriptions, AuditLog audit) {
        this.backfill = backfill;
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    /**
     * Starts (or, while it runs, returns) the backfill of one of the department's approved requests.
     *
     * @throws IllegalArgumentException when the request is not an approved request of this department
     */
    public Job start(DepartmentCode department, RequestId request, String actor) {
        Grant grant = subscriptions.grant(request).filter(g -> g.department().equals(department))
                .orElseThrow(() -> new IllegalArgumentException("not an approved request of this department"));
        return jobs.compute(request, (id, running) -> {
            if (running != null && running.running()) {
                return running;
            }
            Job job = new Job(grant);
            audit.record(actor, "feed-backfill-started", department.value(), "request " + request.value(), null);
            worker.execute(() -> run(job, actor));
            return job;
        });
    }

    /** The latest backfill of a request, running or finished. */
    public Optional<Job> latest(RequestId request) {
        return Optional.ofNullable(jobs.get(request));
    }

    private void run(Job job, String actor) {
        Grant grant = job.grant();
        try {
            Backfill.Result result = backfill.run(grant, (done, total) -> {
                job.total.set(total);
                job.done.set(done);
            });
            job.result = result;
            audit.record(actor, "feed-backfill", grant.department().value(), "request " + grant.request().value() + ": "
                    + result.matched() + " of " + result.considered() + " records, " + result.written() + " new deliveries", null);
        } catch (RuntimeException e) {
            job.failed = true;
            LOG.error("the backfill of request {} failed", grant.request().value(), e);
            audit.record(actor, "feed-backfill-failed", grant.department().value(), "request " + grant.request().value(), null);
        }
    }

    @PreDestroy
    void shutdown() {
        worker.shutdownNow();
    }
}
