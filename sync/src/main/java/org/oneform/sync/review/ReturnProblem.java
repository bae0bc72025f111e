package org.oneform.sync.review;

/** Why a return was refused; the message says it in English for logs, screens show their own text by kind. */
public final class ReturnProblem extends RuntimeException {

    /** What is wrong with the request. */
    public enum Kind {
        /** The ledger has no submission with that id. */
        UNKNOWN_SUBMISSION,
        /** The submission was returned already (by this or another supervisor). */
        ALREADY_RETURNED,
        /** A later submission already superseded it: return that one instead. */
        ALREADY_SUPERSEDED,
        /** There is no open return of the submission to withdraw. */
        NOT_RETURNED,
        /** The comment is empty or too long, or no supervisor was named. */
        INVALID_COMMENT
    }

    private final Kind kind;

    ReturnProblem(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    /** No worker's submission reached the record. */
    public static ReturnProblem unknown(String subject) {
        return new ReturnProblem(Kind.UNKNOWN_SUBMISSION, "no submission reached " + subject);
    }

    public Kind kind() {
        return kind;
    }
}
