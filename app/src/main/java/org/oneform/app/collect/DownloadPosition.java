package org.oneform.app.collect;

import java.util.List;

/**
 * Where a worker's download stands; the body of a signed cursor ({@link DownloadCursors}).
 *
 * @param username the worker it was given to
 * @param since    the ledger sequence the device is up to date with, for the grids in {@code known}
 * @param known    the grids the device holds as of {@code since} (other grids are downloaded whole)
 * @param upto     the registry's applied sequence when this download began (-1 before it began): the next {@code since}
 * @param grids    the worker's grids when this download began
 * @param phase    {@code next} (a finished download: start the next one from here), {@code assignments} or
 *                 {@code removals} (paging)
 * @param after    the last subject id given in the phase, "" before the first
 * @param total    the items of this download, counted when it began
 */
record DownloadPosition(String username, long since, List<String> known, long upto, List<String> grids, String phase,
                        String after, int total) {

    static final String NEXT = "next";
    static final String ASSIGNMENTS = "assignments";
    static final String REMOVALS = "removals";

    DownloadPosition {
        known = List.copyOf(known);
        grids = List.copyOf(grids);
    }

    /** A download that has not begun: everything after {@code since} for the {@code known} grids, all of any other. */
    static DownloadPosition next(String username, long since, List<String> known) {
        return new DownloadPosition(username, since, known, -1, known, NEXT, "", 0);
    }

    boolean begun() {
        return !NEXT.equals(phase);
    }

    DownloadPosition at(String phase, String after) {
        return new DownloadPosition(username, since, known, upto, grids, phase, after, total);
    }
}
