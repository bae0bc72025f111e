package org.oneform.app.supervisor;

import org.oneform.sync.cycle.Tally;

/**
 * One line of the completion table: a community, grid or worker with its counts.
 *
 * @param key    the area id or user name (for drill-down and tests)
 * @param label  what people call it (area name, worker's display name)
 * @param parent the enclosing area's name (the community of a grid), or empty
 * @param tally  done / in review / returned / not visited / overdue
 */
public record CompletionRow(String key, String label, String parent, Tally tally) {
}
