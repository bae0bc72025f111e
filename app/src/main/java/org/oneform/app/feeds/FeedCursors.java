package org.oneform.app.feeds;

import java.nio.charset.StandardCharsets;

import org.oneform.app.api.SignedTokens;
import org.oneform.forms.department.DepartmentCode;

/**
 * Opaque feed cursors: a position in one department's feed, signed, so a cursor cannot be forged, moved
 * to another department's feed, or read for its number. Format: {@code c1.<base64url(dept:seq)>.<mac>}
 * ({@link SignedTokens}).
 */
final class FeedCursors {

    private final SignedTokens tokens;

    FeedCursors(byte[] key) {
        this.tokens = new SignedTokens("c1", key, 256);
    }

    String of(DepartmentCode department, long feedSeq) {
        return tokens.seal((department.value() + ":" + feedSeq).getBytes(StandardCharsets.UTF_8));
    }

    /** The feed position of a cursor given out to this department; 0 for none. Problems name the property {@code after}. */
    long position(String cursor, DepartmentCode department) {
        return position(cursor, department, "after");
    }

    /**
     * The feed position of a cursor given out to this department; 0 for none.
     *
     * @param property the request property the cursor came in, named by the problem when it is not one of this feed's
     */
    long position(String cursor, DepartmentCode department, String property) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        String[] body = tokens.open(cursor).map(b -> new String(b, StandardCharsets.UTF_8).split(":")).orElseThrow(
                () -> FeedProblem.MALFORMED_CURSOR.failure("use a cursor exactly as a response of this API gave it", property));
        if (body.length != 2 || !body[0].equals(department.value())) {
            throw FeedProblem.FOREIGN_CURSOR.failure("this cursor was given to another feed", property);
        }
        long position;
        try {
            position = Long.parseLong(body[1]);
        } catch (NumberFormatException e) {
            position = -1;
        }
        if (position < 0) { // only a cursor signed with this key but not made here could say so
            throw FeedProblem.MALFORMED_CURSOR.failure("use a cursor exactly as a response of this API gave it", property);
        }
        return position;
    }
}
