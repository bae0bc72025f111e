package org.oneform.sync.area;

import java.util.HashMap;
import java.util.Map;

/** Persisted holder of the area tree. Only {@link Areas} reads or changes it, under its lock. */
public final class AreaTree {

    final Map<AreaId, Area> byId = new HashMap<>();
}
