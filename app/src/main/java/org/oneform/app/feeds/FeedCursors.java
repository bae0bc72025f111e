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

    /** The feed position of a cursor given out to this department; 0 for none. */
    long position(String cursor, DepartmentCode department) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        String[] body = tokens.open(cursor).map(b -> new String(b, StandardCharsets.UTF_8).split(":")).orElseThrow(
                () -> FeedProblem.MALFORMED_CURSOR.failure("use a cursor exactly as a response of this API gave it", "after"));
        if (body.length != 2 || !body[0].equals(department.value())) {
            throw FeedProblem.FOREIGN_CURSOR.failure("this cursor was given to another feed", "after");
        }
        return Long.parseLong(body[1]);
    }
}
