package org.oneform.sync.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index directory and its commit user data: {@value #FORMAT_KEY} (schema version and term-key
 * fingerprint) and {@value #SEQ_KEY} (the ledger sequence the commit reflects). An index whose format
 * is not ours, or whose last commit cannot be read, is recreated empty: it is derived data.
 */
final class IndexFiles {

    static final String SEQ_KEY = "oneform.lastAppliedSeq";
    static final String FORMAT_KEY = "oneform.indexFormat";

    private static final Logger log = LoggerFactory.getLogger(IndexFiles.class);

    /** An open writer on the directory, and the sequence of its last commit ({@link RegistryIndex#NEVER_COMMITTED} if none). */
    record Opened(Directory directory, IndexWriter writer, long lastCommittedSeq) {
    }

    private IndexFiles() {
    }

    static Opened open(Path dir, Analyzer analyzer, String format) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer = null;
        try {
            Map<String, String> committed = lastCommitData(directory);
            boolean compatible = format.equals(committed.get(FORMAT_KEY));
            if (!compatible && !committed.isEmpty()) {
                log.warn("Search index in {} has another format or term key; recreating it empty (rebuild needed)", dir);
            }
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(compatible ? OpenMode.APPEND : OpenMode.CREATE)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64));
            if (!compatible) {
                writer.setLiveCommitData(Map.of(FORMAT_KEY, format).entrySet());
                writer.commit();
                return new Opened(directory, writer, RegistryIndex.NEVER_COMMITTED);
            }
            return new Opened(directory, writer, seq(committed.get(SEQ_KEY)));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    /** The user data of a commit that reflects the ledger up to {@code seq}. */
    static Map<String, String> commitData(String format, long seq) {
        return Map.of(FORMAT_KEY, format, SEQ_KEY, Long.toString(seq));
    }

    private static Map<String, String> lastCommitData(Directory directory) {
        try {
            return DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot read the search index's last commit; it will be recreated", e);
            return Map.of("unreadable", "true");
        }
    }

    private static long seq(String value) {
        try {
            return value == null ? RegistryIndex.NEVER_COMMITTED : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return RegistryIndex.NEVER_COMMITTED;
        }
    }
}
