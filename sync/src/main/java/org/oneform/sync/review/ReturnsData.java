package org.oneform.sync.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.oneform.sync.area.AreaId;

/** Persisted holder of the returns projection: returned submissions per grid, each grid's list stored on its own. */
public final class ReturnsData {

    final Map<AreaId, ArrayList<ReturnedSubmission>> byGrid = new HashMap<>();
}
