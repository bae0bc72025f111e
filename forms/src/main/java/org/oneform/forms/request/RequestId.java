package org.oneform.forms.request;

import java.util.Objects;
import java.util.regex.Pattern;

/** A field request's stable id, e.g. {@code req-0007}. */
public record RequestId(String value) implements Comparable<RequestId> {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public RequestId {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("request id must match " + VALID + ": " + value);
        }
    }

    /** The id for the {@code n}th request: {@code req-0007}. */
    public static RequestId number(int n) {
        return new RequestId("req-%04d".formatted(n));
    }

    @Override
    public int compareTo(RequestId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
