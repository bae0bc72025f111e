package org.oneform.sync.dedup;

import java.util.List;
import java.util.Map;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.search.RegistryIndex;

/**
 * Dedup's candidates from the registry's search index: residents by blocking-term overlap
 * ({@link RegistryIndex#candidates}), a record id being the golden record's subject id. See {@code
 * docs/decisions/0025-dedup-candidates-from-the-registry-index.md}.
 */
public record RegistryCandidates(RegistryIndex index) implements CandidateSource {

    @Override
    public List<RecordId> candidates(Map<String, Float> terms, int k) {
        return index.candidates(SubjectType.RESIDENT, terms, k, null).stream().map(id -> new RecordId(id.value())).toList();
    }

    @Override
    public void refresh() {
        index.refresh();
    }
}
