package org.oneform.sync.dedup.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.oneform.sync.dedup.RecordId;
import org.oneform.sync.dedup.normal.NormalisedPerson;

/**
 * Dedup's own Lucene index of blocking terms ({@link BlockingKeys}): one document per record, the
 * record id stored, the terms indexed as keywords. A probe's terms form one disjunction, each term
 * boosted by its kind; BM25's idf makes a term shared by many records (a common name on a common
 * birthday) count less. The top k are the candidates.
 *
 * <p>Near-real-time without a reader reopen per record: records added since the last reopen are kept
 * in a small in-memory posting map ("pending") and matched exactly; the reader is reopened every
 * {@code PENDING_LIMIT} additions. A removed record may still be returned by the stale reader: callers
 * drop ids they no longer hold. In memory ({@link ByteBuffersDirectory}): it is rebuilt from the
 * registry on start like every projection. Single writer, not thread-safe.
 */
public final class CandidateIndex implements AutoCloseable {

    private static final int PENDING_LIMIT = 8192;
    private static final String ID = "rid";
    private static final String KEY = "k";

    private final BlockingKeys keys;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final Map<String, List<RecordId>> pending = new HashMap<>();
    private int pendingRecords;
    private DirectoryReader reader;
    private NormalisedPerson lastPerson;
    private List<String> lastTerms;
    private IndexSearcher searcher;

    public CandidateIndex(String hashKey) {
        this.keys = new BlockingKeys(hashKey);
        try {
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                    .setMergeScheduler(new SerialMergeScheduler())
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            reader = DirectoryReader.open(writer);
            searcher = searcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No query cache: every probe's query is different, caching would only cost. */
    private static IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        return searcher;
    }

    public void add(NormalisedPerson person) {
        List<String> terms = terms(person);
        Document doc = new Document();
        doc.add(new StringField(ID, person.id().value(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(ID, new BytesRef(person.id().value())));
        for (String term : terms) {
            doc.add(new StringField(KEY, term, Field.Store.NO));
            pending.computeIfAbsent(term, t -> new ArrayList<>(1)).add(person.id());
        }
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (++pendingRecords >= PENDING_LIMIT) {
            refresh();
        }
    }

    public void remove(RecordId id) {
        try {
            writer.deleteDocuments(new Term(ID, id.value()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code k} ids from the index plus every pending record sharing a term, best first; may hold removed ids. */
    public Set<RecordId> candidates(NormalisedPerson probe, int k) {
        List<String> terms = terms(probe);
        Set<RecordId> found = new LinkedHashSet<>();
        if (terms.isEmpty()) {
            return found;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new BoostQuery(new TermQuery(new Term(KEY, term)), BlockingKeys.boost(term)), BooleanClause.Occur.SHOULD);
            List<RecordId> recent = pending.get(term);
            if (recent != null) {
                found.addAll(recent);
            }
        }
        try {
            ScoreDoc[] hits = searcher.search(query.build(), k).scoreDocs;
            for (RecordId id : ids(hits)) {
                found.add(id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * The record ids of hits, best first. Read from doc values, not stored fields: a stored field costs a
     * compressed block's decompression per hit, which made it a tenth of the apply loop's time.
     */
    private RecordId[] ids(ScoreDoc[] hits) throws IOException {
        RecordId[] ids = new RecordId[hits.length];
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        // doc values iterate forwards only: visit the hits in doc order, answer in score order
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getBinary(leaves.get(leaf).reader(), ID);
            }
            if (!values.advanceExact(doc - leaves.get(leaf).docBase)) {
                throw new IllegalStateException("a candidate document without a record id");
            }
            ids[i] = new RecordId(values.binaryValue().utf8ToString());
        }
        return ids;
    }

    /** The terms of a person; the apply loop decides and then adds the same person, so the last is kept. */
    private List<String> terms(NormalisedPerson person) {
        if (person != lastPerson) {
            lastTerms = List.copyOf(new LinkedHashSet<>(keys.of(person)));
            lastPerson = person;
        }
        return lastTerms;
    }

    private void refresh() {
        try {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
            if (newer != null) {
                reader.close();
                reader = newer;
                searcher = searcher(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pending.clear();
        pendingRecords = 0;
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
