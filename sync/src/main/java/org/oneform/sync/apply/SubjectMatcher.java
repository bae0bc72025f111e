package org.oneform.sync.apply;

import java.util.Map;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;

/**
 * Dedup as the apply loop sees it. Called only from the apply loop's thread; it keeps whatever index it
 * needs in step through {@link #put} (after every applied record) and is filled from the registry at start.
 */
public interface SubjectMatcher {

    /** The golden record a newly found subject's values match, if any. */
    Match match(SubjectType type, Map<String, String> values);

    /** A record was created or changed: match against its current values from now on. */
    void put(GoldenRecord record);

    /**
     * A record left the registry (a supervisor merged it into another, docs/decisions/0028-merging-a-reviewed-duplicate.md):
     * never match against it again.
     */
    void remove(SubjectId id);
}
