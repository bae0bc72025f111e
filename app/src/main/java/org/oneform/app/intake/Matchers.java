package org.oneform.app.intake;

import org.oneform.sync.apply.DedupMatcher;
import org.oneform.sync.apply.SubjectMatcher;
import org.oneform.sync.search.RegistryIndex;

/**
 * Makes the dedup matcher the apply loop uses, fresh: the live loop's takes its candidates from the loop's
 * search index; a rebuild's has a scratch index of its own (docs/decisions/0025-dedup-candidates-from-the-registry-index.md).
 */
public interface Matchers {

    SubjectMatcher live(RegistryIndex index);

    /** A matcher for a rebuild: close it when done (it deletes its scratch index). */
    DedupMatcher scratch();
}
