package org.oneform.sync.cycle;

import java.util.List;
import java.util.Objects;

/**
 * Why a cycle was not defined: a reason, the field concerned and the values a message needs (an area's
 * name, the name of the overlapping cycle). Nothing was stored.
 */
public final class CycleProblem extends RuntimeException {

    /** What is wrong. Screens turn {@code cycle.problem.<REASON>} into a sentence. */
    public enum Reason {
        /** No name. */
        NAME_MISSING("name"),
        /** No subject type chosen. */
        NO_TYPES("types"),
        /** No area chosen. */
        NO_AREAS("areas"),
        /** Start or due date missing. */
        DATES_MISSING("start"),
        /** The due date is before the start. */
        DUE_BEFORE_START("due"),
        /** An area id the area tree does not know. Argument: the id. */
        UNKNOWN_AREA("areas"),
        /** An area outside the definer's street. Argument: the area's name. */
        OUT_OF_SCOPE("areas"),
        /** An area with no subject of the chosen types. Argument: the area's name. */
        EMPTY_AREA("areas"),
        /** Another cycle covers the same area and subject type on a common day. Arguments: its name, its dates. */
        OVERLAP("areas");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final Reason reason;
    private final List<String> arguments;

    public CycleProblem(Reason reason, String... arguments) {
        super(reason + (arguments.length == 0 ? "" : " " + String.join(", ", arguments)));
        this.reason = Objects.requireNonNull(reason);
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return reason.field();
    }

    public List<String> arguments() {
        return arguments;
    }
}
