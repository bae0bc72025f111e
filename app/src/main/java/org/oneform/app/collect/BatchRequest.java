package org.oneform.app.collect;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * {@code POST /api/sync/v1/submissions}: up to 500 submissions, under {@code submissions} or (as the collector
 * contract of 2026-12-03 names it) {@code items}.
 */
record BatchRequest(@JsonAlias("items") List<SubmissionDto> submissions) {
}
