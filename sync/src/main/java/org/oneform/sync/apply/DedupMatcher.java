package org.oneform.sync.apply;

import java.util.Map;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.dedup.ClusterId;
import org.oneform.sync.dedup.Decision;
import org.oneform.sync.dedup.DedupConfig;
import org.oneform.sync.dedup.DedupEngine;
import org.oneform.sync.dedup.PersonRecord;
import org.oneform.sync.dedup.RecordId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dedup for the apply loop: residents through the {@link DedupEngine} (a valid ID match, else Lucene
 * candidates scored Fellegi–Sunter style with pinyin name readings; merge, review band, or new), places
 * and households through {@link IdentifierMatcher}. Each golden record is one engine record in a cluster
 * of its own id, kept in step by {@link #put}. Single writer, like the loop.
 */
public final class DedupMatcher implements SubjectMatcher {

    private static final Logger log = LoggerFactory.getLogger(DedupMatcher.class);
    private static final RecordId PROBE = new RecordId("probe");

    private final DedupEngine engine;
    private final IdentifierMatcher others = new IdentifierMatcher();

    public DedupMatcher(DedupConfig config) {
        this.engine = new DedupEngine(config);
    }

    @Override
    public Match match(SubjectType type, Map<String, String> values) {
        if (type != SubjectType.RESIDENT) {
            return others.match(type, values);
        }
        Decision decision = engine.decide(person(PROBE, values));
        return switch (decision.kind()) {
            case MERGE -> new Match.Same(subject(decision), decision.score());
            case REVIEW -> new Match.Possible(subject(decision), decision.score());
            case NEW -> new Match.None();
        };
    }

    @Override
    public void put(GoldenRecord record) {
        if (record.type() != SubjectType.RESIDENT) {
            others.put(record);
            return;
        }
        var id = new RecordId(record.id().value());
        engine.remove(id);
        Map<String, String> values = new java.util.HashMap<>();
        record.fields().forEach((field, value) -> values.put(field, value.value()));
        try {
            engine.add(person(id, values), new ClusterId(record.id().value()));
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

    private static PersonRecord person(RecordId id, Map<String, String> values) {
        String gender = switch (values.getOrDefault("resident.gender", "")) {
            case "male" -> "M";
            case "female" -> "F";
            default -> null;
        };
        return new PersonRecord(id, values.get("resident.name"), gender, values.get("resident.birth_date"),
                values.get("resident.id_number"), values.get("resident.phone"), values.get("resident.hukou_address"));
    }
}
