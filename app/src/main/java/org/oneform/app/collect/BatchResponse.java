package org.oneform.app.collect;

import java.util.List;

/** One result per submission, in the order sent. */
record BatchResponse(List<ItemResultDto> results) {
}
