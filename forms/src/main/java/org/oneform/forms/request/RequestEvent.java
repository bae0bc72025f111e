package org.oneform.forms.request;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a request's history.
 *
 * @param actor the username of who did it
 * @param at    when
 * @param from  the state before, or {@code null} when the request was created
 * @param to    the state after (equal to {@code from} for an edit of a draft)
 * @param note  what happened or why (the rejection reason, "edited", …); may be empty
 */
public record RequestEvent(String actor, Instant at, RequestState from, RequestState to, String note) {

    public RequestEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        note = note == null ? "" : note;
    }
}
