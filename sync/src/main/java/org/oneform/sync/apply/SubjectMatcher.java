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

    /**
     * A record of the registry as it stands at start-up (or a rebuild's baseline), which the search index
     * already holds once the loop has caught it up. Like {@link #put} unless the matcher keeps state per index.
     */
    default void load(GoldenRecord record) {
        put(record);
    }

    /**
     * The loop has written every record put or loaded so far to the search index (after each step, and after
     * catching the index up at start): a matcher that takes candidates from the index sees them from now on.
     */
    default void written() {
    }
}
