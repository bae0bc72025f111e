package org.oneform.sync.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.oneform.forms.values.GeoPoint;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index over the registry (the catalogue of DESIGN.md §5): one Lucene index in one
 * directory, one {@link IndexWriter}, near-real-time searchers refreshed in the background. Derived
 * data: it can always be rebuilt from the registry. Thread-safe; writes are meant to come from one
 * writer (the apply loop), searches from anywhere. I/O failures surface as {@link UncheckedIOException}.
 * See the package documentation for fields, queries and durability.
 */
public final class RegistryIndex implements AutoCloseable {

    /** What {@link #lastCommittedSeq()} says when the index has never been committed with a sequence: rebuild it. */
    public static final long NEVER_COMMITTED = -1;
    /** New writes become searchable within this interval (plus the refresh itself) by default. */
    public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofMillis(250);
    /** Bump when the schema changes meaning: an index of another version is recreated (empty) on open. */
    static final int FORMAT_VERSION = 3; // 2: filters and geo (decision 0023); 3: dedup's blocking terms (0025)

    private static final Logger log = LoggerFactory.getLogger(RegistryIndex.class);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final IndexSchema schema;
    private final QueryPlanner planner;
    private final String format;
    private final ScheduledExecutorService refresher;
    private final ReentrantReadWriteLock rebuildLock = new ReentrantReadWriteLock();
    private final Object commitLock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long lastCommittedSeq;
    /** Set while a rebuild runs and after one failed: searches keep the last good snapshot, commits are refused. */
    private volatile boolean needsRebuild;
    /** Dedup's blocking terms per record (docs/decisions/0025-dedup-candidates-from-the-registry-index.md). */
    private volatile BlockingTerms blocking = BlockingTerms.NONE;

    private RegistryIndex(IndexFiles.Opened opened, IndexSchema schema, SearchAnalyzer analyzer, String format,
            Duration refreshInterval) throws IOException {
        this.directory = opened.directory();
        this.writer = opened.writer();
        this.schema = schema;
        this.planner = new QueryPlanner(analyzer, schema);
        this.format = format;
        this.lastCommittedSeq = opened.lastCommittedSeq();
        this.searchers = new SearcherManager(writer, null);
        this.refresher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("registry-index-refresh").daemon(true).factory());
        long millis = Math.max(1, refreshInterval.toMillis());
        refresher.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Opens (or creates) the index in a directory, refreshing searchers every {@link #DEFAULT_REFRESH_INTERVAL}. */
    public static RegistryIndex open(Path dir, byte[] termKey) {
        return open(dir, termKey, DEFAULT_REFRESH_INTERVAL);
    }

    /**
     * Opens (or creates) the index in a directory. An index written with another {@link
     * #FORMAT_VERSION} or another term key, or one whose last commit cannot be read, is recreated
     * empty and reports {@link #NEVER_COMMITTED}.
     *
     * @param termKey         the secret (at least 16 bytes) that keys the ID and phone terms; the same
     *                        key must be used for the life of the index
     * @param refreshInterval how often new writes are made searchable (at most 1 s to keep the promise)
     */
    public static RegistryIndex open(Path dir, byte[] termKey, Duration refreshInterval) {
        SensitiveTerms sensitive = new SensitiveTerms(termKey);
        String format = FORMAT_VERSION + ":" + sensitive.fingerprint();
        SearchAnalyzer analyzer = new SearchAnalyzer();
        try {
            IndexFiles.Opened opened = IndexFiles.open(dir, analyzer, format);
            try {
                return new RegistryIndex(opened, new IndexSchema(sensitive), analyzer, format, refreshInterval);
            } catch (IOException | RuntimeException e) {
                IOUtils.closeWhileHandlingException(opened.writer(), opened.directory());
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
    }

    /** Adds or replaces (by subject id) the documents of these records. Searchable after the next refresh. */
    public void index(Collection<GoldenRecord> records) {
        rebuildLock.readLock().lock();
        try {
            for (GoldenRecord record : records) {
                writer.updateDocument(new Term(IndexSchema.ID, record.id().value()), document(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("indexing failed", e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /** Removes a subject's document, if there is one. */
    public void delete(SubjectId id) {
        rebuildLock.readLock().lock();
        try {
            writer.deleteDocuments(new Term(IndexSchema.ID, id.value()));
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + id + " failed", e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /**
     * Makes every write so far durable (fsync) together with the ledger sequence they reflect. Costs
     * a disk sync: call it every few seconds or thousands of records, not per record.
     *
     * @throws IllegalStateException after a failed {@link #rebuild}, until a rebuild succeeds
     */
    public void commit(long lastAppliedSeq) {
        rebuildLock.readLock().lock();
        try {
            if (needsRebuild) {
                throw new IllegalStateException("the last rebuild of the search index failed; rebuild it before committing");
            }
            commitLocked(lastAppliedSeq);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    private void commitLocked(long seq) {
        synchronized (commitLock) {
            try {
                writer.setLiveCommitData(IndexFiles.commitData(format, seq).entrySet());
                writer.commit();
                lastCommittedSeq = seq;
            } catch (IOException e) {
                throw new UncheckedIOException("committing the search index failed", e);
            }
        }
    }

    /** The sequence of the last successful {@link #commit}, also after a restart; {@link #NEVER_COMMITTED} if none. */
    public long lastCommittedSeq() {
        return lastCommittedSeq;
    }

    /**
     * Replaces the whole index with documents of {@code all} (ids must be unique) and commits it with
     * {@code seq}. Writes wait meanwhile; searches keep seeing the old content until it is done. If it
     * fails, searches keep the old content and {@link #commit} is refused until a rebuild succeeds.
     */
    public void rebuild(Iterable<GoldenRecord> all, long seq) {
        rebuildLock.writeLock().lock();
        try {
            needsRebuild = true;
            writer.deleteAll();
            for (GoldenRecord record : all) {
                writer.addDocument(document(record));
            }
            commitLocked(seq);
            searchers.maybeRefreshBlocking();
            needsRebuild = false;
        } catch (IOException e) {
            throw new UncheckedIOException("rebuilding the search index failed", e);
        } finally {
            rebuildLock.writeLock().unlock();
        }
    }

    /**
     * Makes every write so far searchable now (blocking); normally the background refresh does it.
     * Waits for a running rebuild; does nothing after a failed one (searches keep the last good snapshot).
     */
    public void refresh() {
        rebuildLock.readLock().lock();
        try {
            if (!needsRebuild) {
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("refreshing the search index failed", e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /** How many subjects are searchable (as of the last refresh). */
    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /**
     * Searches; never fails on what the text contains (see the package documentation). With
     * {@link SearchFilters#near}, every hit carries its distance, and without searchable text the hits
     * are sorted nearest first.
     */
    public SearchResult search(SearchQuery query) {
        GeoPoint center = query.filters().near() == null ? null : query.filters().near().center();
        boolean byDistance = planner.sortsByDistance(query);
        return withSearcher(searcher -> {
            TopDocs top;
            try {
                Optional<Query> planned = planner.plan(query, new HouseholdMembers(searcher, query.scope()));
                if (planned.isEmpty()) {
                    return SearchResult.EMPTY;
                }
                top = byDistance
                        ? searcher.search(planned.get(), new TopFieldCollectorManager(distanceSort(center), query.limit(),
                                null, SearchResult.EXACT_COUNT_UP_TO))
                        : searcher.search(planned.get(),
                                new TopScoreDocCollectorManager(query.limit(), SearchResult.EXACT_COUNT_UP_TO));
            } catch (IndexSearcher.TooManyClauses e) {
                log.debug("query too large, nothing found: {}", query.text().length());
                return SearchResult.EMPTY;
            }
            StoredFields stored = searcher.storedFields();
            Set<String> fields = center == null ? IndexSchema.HIT_FIELDS : IndexSchema.HIT_FIELDS_WITH_LOCATION;
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                float score = byDistance ? 0f : scoreDoc.score;
                hits.add(IndexSchema.toHit(stored.document(scoreDoc.doc, fields), score, center));
            }
            return new SearchResult(hits, top.totalHits.value());
        });
    }

    private static Sort distanceSort(GeoPoint center) {
        return new Sort(LatLonDocValuesField.newDistanceSort(IndexSchema.LOCATION, center.lat().doubleValue(),
                center.lon().doubleValue()), SortField.FIELD_DOC);
    }

    /**
     * The location of a subject as indexed ({@code place.location}, {@code household.location}), as of
     * the last refresh; empty if the subject is not indexed or has no location. For "places within
     * 500 m of this place".
     */
    public Optional<GeoPoint> location(SubjectId id) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id.value())), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.<GeoPoint>empty();
            }
            return IndexSchema.location(searcher.storedFields().document(top.scoreDocs[0].doc,
                    Set.of(IndexSchema.LOCATION_TEXT)));
        });
    }

    /**
     * Makes every document written from now on carry dedup's blocking terms (the {@code block} field), which
     * {@link #candidates} searches. Set it before the index is caught up or rebuilt at start-up: documents
     * written before keep the terms they had. See
     * {@code docs/decisions/0025-dedup-candidates-from-the-registry-index.md}.
     */
    public void useBlockingTerms(BlockingTerms terms) {
        this.blocking = java.util.Objects.requireNonNull(terms, "terms");
    }

    /**
     * Dedup's candidate query: up to {@code k} subjects of a type sharing blocking terms with a probe, best
     * first. One boosted disjunction of the terms (term → boost); BM25's idf makes a term many records share
     * (a common name on a common birthday) count less. As of the last refresh: call {@link #refresh()} first
     * to see every write. A subject deleted or changed since may still be returned by an older snapshot.
     *
     * @param scope only subjects whose grid lies in this area, or null for everywhere
     */
    public List<SubjectId> candidates(SubjectType type, Map<String, Float> terms, int k, AreaId scope) {
        if (terms.isEmpty() || k <= 0) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.TYPE, type.key())), BooleanClause.Occur.FILTER)
                .setMinimumNumberShouldMatch(1);
        if (scope != null) {
            query.add(new TermQuery(new Term(IndexSchema.SCOPE, scope.value())), BooleanClause.Occur.FILTER);
        }
        terms.forEach((term, boost) -> query.add(new BoostQuery(new TermQuery(new Term(IndexSchema.BLOCK, term)), boost),
                BooleanClause.Occur.SHOULD));
        return withSearcher(shared -> {
            // no query cache: every probe's query is different, and tracking its clauses for caching costs
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            searcher.setQueryCache(null);
            try {
                return blockIds(searcher, searcher.search(query.build(), k).scoreDocs);
            } catch (IndexSearcher.TooManyClauses e) {
                log.debug("candidate query of {} terms too large", terms.size());
                return List.of();
            }
        });
    }

    /** The subject ids of candidate hits, best first, from the {@code block_id} doc values (visited in doc order). */
    private static List<SubjectId> blockIds(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        SubjectId[] ids = new SubjectId[hits.length];
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getBinary(leaves.get(leaf).reader(), IndexSchema.BLOCK_ID);
            }
            if (!values.advanceExact(doc - leaves.get(leaf).docBase)) {
                throw new IllegalStateException("a document with blocking terms but no block id");
            }
            ids[i] = new SubjectId(values.binaryValue().utf8ToString());
        }
        return List.of(ids);
    }

    private Document document(GoldenRecord record) {
        Document doc = schema.toDocument(record);
        IndexSchema.addBlockingTerms(doc, record.id(), blocking.of(record));
        return doc;
    }

    /** Stops the refresher and closes the index. Writes since the last {@link #commit} are discarded. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // shutdown, not shutdownNow: interrupting a thread inside Lucene I/O closes its channels and can
        // invalidate the index's write lock ("FileLock invalidated by an external force"); the periodic
        // refresh is cancelled and a running one finishes
        refresher.shutdown();
        try {
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            IOUtils.close(searchers, writer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index failed", e);
        }
    }

    private void refreshQuietly() {
        if (!rebuildLock.readLock().tryLock()) {
            return;
        }
        try {
            if (!needsRebuild) {
                searchers.maybeRefresh();
            }
        } catch (IOException | AlreadyClosedException e) {
            log.warn("Background refresh of the search index failed", e);
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
