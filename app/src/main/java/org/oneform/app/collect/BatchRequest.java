package org.oneform.app.collect;

import java.util.List;

/** {@code POST /api/sync/v1/submissions}: up to 500 submissions. */
record BatchRequest(List<SubmissionDto> submissions) {
}
