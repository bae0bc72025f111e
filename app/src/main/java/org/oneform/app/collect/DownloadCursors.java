package org.oneform.app.collect;

import org.oneform.app.api.SignedTokens;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opaque download cursors: a {@link DownloadPosition}, signed, so a device can neither forge one, nor use
 * another worker's, nor read it for a sequence. Format: {@code d1.<base64url(json)>.<mac>}, the MAC an
 * HMAC-SHA256 (first 16 bytes) under a key of the data directory ({@link SignedTokens}). See docs/decisions/0012-collector-download.md.
 */
final class DownloadCursors {

    /** Longer than any cursor this class gives out; longer input is refused before it is decoded. */
    static final int MAX_LENGTH = 4096;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SignedTokens tokens;

    DownloadCursors(byte[] key) {
        this.tokens = new SignedTokens("d1", key, MAX_LENGTH);
    }

    String of(DownloadPosition position) {
        return tokens.seal(JSON.writeValueAsBytes(position));
    }

    /**
     * The position of a cursor given out to {@code username}.
     *
     * @throws org.oneform.app.api.ProblemException {@code malformed-cursor} when it was not given out by this
     *         server (forged, altered, truncated), {@code foreign-cursor} when it was given to another worker
     */
    DownloadPosition read(String cursor, String username) {
        byte[] body = tokens.open(cursor).orElseThrow(() -> malformed(cursor));
        DownloadPosition position;
        try {
            position = JSON.readValue(body, DownloadPosition.class);
        } catch (JacksonException e) {
            throw malformed(cursor);
        }
        if (!username.equals(position.username())) {
            throw SyncProblem.FOREIGN_CURSOR.parameterFailure("this cursor was given to another worker: download without "
                    + "a cursor to start over", "cursor", abbreviated(cursor), java.util.Map.of());
        }
        return position;
    }

    private static org.oneform.app.api.ProblemException malformed(String cursor) {
        return SyncProblem.MALFORMED_CURSOR.parameterFailure("use a cursor exactly as a download response gave it, "
                + "or none to download everything", "cursor", abbreviated(cursor), java.util.Map.of());
    }

    private static String abbreviated(String cursor) {
        return cursor.length() <= 80 ? cursor : cursor.substring(0, 80) + "…";
    }
}
