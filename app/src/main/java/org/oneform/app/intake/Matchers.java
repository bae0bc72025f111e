package org.oneform.app.intake;

import org.oneform.sync.apply.SubjectMatcher;

/** Makes the dedup matcher the apply loop uses, fresh: one for the live loop, one for each rebuild. */
@FunctionalInterface
public interface Matchers {

    SubjectMatcher create();
}
