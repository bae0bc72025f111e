package org.oneform.sync.cycle;

/** Counts of expected subjects by status. */
public record Tally(int done, int inReview, int returned, int notVisited, int overdue) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

    public int total() {
        return done + inReview + returned + notVisited;
    }

    /** Done as a whole percentage of the total, rounded down; 0 of 0 is 0. */
    public int donePercent() {
        return total() == 0 ? 0 : (int) (100L * done / total());
    }

    Tally plus(ExpectedSubject s) {
        return new Tally(done + (s.status() == SubjectStatus.DONE ? 1 : 0),
                inReview + (s.status() == SubjectStatus.IN_REVIEW ? 1 : 0),
                returned + (s.status() == SubjectStatus.RETURNED ? 1 : 0),
                notVisited + (s.status() == SubjectStatus.NOT_VISITED ? 1 : 0),
                overdue + (s.overdue() ? 1 : 0));
    }
}
