package org.oneform.sync.apply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.dedup.ClusterId;
import org.oneform.sync.dedup.Decision;
import org.oneform.sync.dedup.DedupConfig;
import org.oneform.sync.dedup.DedupEngine;
import org.oneform.sync.dedup.PersonRecord;
import org.oneform.sync.dedup.RecordId;
import org.oneform.sync.dedup.ResidentFields;
import org.oneform.sync.dedup.RegistryCandidates;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.search.RegistryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dedup for the apply loop: residents through the {@link DedupEngine} (a valid ID match, else candidates
 * from the registry's search index scored Fellegi–Sunter style with pinyin name readings; merge, review
 * band, or new), places and households through {@link IdentifierMatcher}. Each golden record is one engine
 * record in a cluster of its own id, kept in step by {@link #put}.
 *
 * <p>Candidates come from the {@link RegistryIndex} the loop writes (its {@code block} field, filled by
 * {@link #blockingTerms}); records put since the loop last wrote the index are candidates from the engine's
 * pending terms until {@link #written()}. A {@linkplain #scratch scratch} matcher (for a rebuild) owns a
 * temporary index and writes it itself. Single writer, like the loop. See {@code
 * docs/decisions/0025-dedup-candidates-from-the-registry-index.md}.
 */
public final class DedupMatcher implements SubjectMatcher, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DedupMatcher.class);
    private static final RecordId PROBE = new RecordId("probe");

    private final DedupEngine engine;
    private final IdentifierMatcher others = new IdentifierMatcher();
    private final RegistryIndex index;
    /** The scratch index's directory (deleted on close), or null when the loop writes a live index. */
    private final Path scratchDir;
    private final Map<SubjectId, GoldenRecord> unwritten = new LinkedHashMap<>();

    /** Matches against the live loop's index, which the loop writes; registers the blocking terms with it. */
    public DedupMatcher(DedupConfig config, RegistryIndex index) {
        this(config, index, null);
    }

    private DedupMatcher(DedupConfig config, RegistryIndex index, Path scratchDir) {
        this.engine = new DedupEngine(config, new RegistryCandidates(index));
        this.index = index;
        this.scratchDir = scratchDir;
        index.useBlockingTerms(this::blockingTerms);
    }

    /** A matcher with its own index in a temporary directory (a rebuild's): close it to delete the directory. */
    public static DedupMatcher scratch(DedupConfig config) {
        try {
            Path dir = Files.createTempDirectory("oneform-dedup-");
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            // refreshed by the matcher before each probe that needs it, not in the background
            return new DedupMatcher(config, RegistryIndex.open(dir, key, Duration.ofHours(1)), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch index for dedup", e);
        }
    }

    @Override
    public Match match(SubjectType type, Map<String, String> values) {
        if (type != SubjectType.RESIDENT) {
            return others.match(type, values);
        }
        Decision decision = engine.decide(ResidentFields.person(PROBE, values));
        return switch (decision.kind()) {
            case MERGE -> new Match.Same(subject(decision), decision.score());
            case REVIEW -> new Match.Possible(subject(decision), decision.score());
            case NEW -> new Match.None();
        };
    }

    @Override
    public void put(GoldenRecord record) {
        hold(record, false);
    }

    @Override
    public void load(GoldenRecord record) {
        hold(record, scratchDir == null);
    }

    @Override
    public void written() {
        if (scratchDir != null && !unwritten.isEmpty()) {
            index.index(List.copyOf(unwritten.values()));
            unwritten.clear();
        }
        engine.written();
    }

    /** The blocking terms the index keeps for a record: a resident's, none for other types. Thread-safe. */
    List<String> blockingTerms(GoldenRecord record) {
        return record.type() == SubjectType.RESIDENT ? engine.blockingTerms(ResidentFields.person(record)) : List.of();
    }

    private void hold(GoldenRecord record, boolean inIndex) {
        if (record.type() != SubjectType.RESIDENT) {
            others.put(record);
            return;
        }
        if (scratchDir != null) {
            unwritten.put(record.id(), record);
        }
        PersonRecord person = ResidentFields.person(record);
        engine.remove(person.id());
        try {
            if (inIndex) {
                engine.addWritten(person, new ClusterId(record.id().value()));
            } else {
                engine.add(person, new ClusterId(record.id().value()));
            }
        } catch (IllegalArgumentException e) {
            // e.g. a split left two records with one valid ID number: the second is not matched against
            log.warn("dedup does not hold {}: {}", record.id().value(), e.getMessage());
        }
    }

    @Override
    public void remove(SubjectId id) {
        engine.remove(new RecordId(id.value()));
        others.remove(id);
    }

    private static SubjectId subject(Decision decision) {
        return new SubjectId(decision.cluster().orElseThrow().value());
    }

    /** Deletes a scratch matcher's index; nothing for a live one (the index belongs to the loop). */
    @Override
    public void close() {
        if (scratchDir == null) {
            return;
        }
        index.close();
        try (Stream<Path> files = Files.walk(scratchDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete the scratch dedup index {}", scratchDir, e);
        }
    }
}
