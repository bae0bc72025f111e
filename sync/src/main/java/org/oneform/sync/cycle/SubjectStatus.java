package org.oneform.sync.cycle;

/**
 * Where an expected subject stands in a cycle. When several apply, the first listed wins: a returned
 * submission must be redone whatever else happened, an open review item means the visit is not settled.
 */
public enum SubjectStatus {
    /** A submission for it was returned to the worker and not yet redone. */
    RETURNED,
    /** A submission for it raised a review item that is still open. */
    IN_REVIEW,
    /** An accepted submission for it was received in the cycle's window. */
    DONE,
    /** Nothing received for it in the window. */
    NOT_VISITED
}
