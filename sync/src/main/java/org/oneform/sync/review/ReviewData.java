package org.oneform.sync.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.oneform.sync.area.AreaId;

/** Persisted holder of the review queue: open items per grid, each grid's list stored on its own. */
public final class ReviewData {

    final Map<AreaId, ArrayList<ReviewItem>> byGrid = new HashMap<>();
}
