package org.oneform.forms.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a field request: {@code DRAFT → SUBMITTED → APPROVED | REJECTED}, and
 * {@code APPROVED → WITHDRAWN}. Only approved requests shape the one form.
 */
public enum RequestState {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** The states this one may move to. */
    public Set<RequestState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(WITHDRAWN);
            case REJECTED, WITHDRAWN -> EnumSet.noneOf(RequestState.class);
        };
    }

    public boolean canMoveTo(RequestState target) {
        return next().contains(target);
    }
}
