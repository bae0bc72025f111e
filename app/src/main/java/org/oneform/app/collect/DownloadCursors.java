package org.oneform.app.collect;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opaque download cursors: a {@link DownloadPosition}, signed, so a device can neither forge one, nor use
 * another worker's, nor read it for a sequence. Format: {@code d1.<base64url(json)>.<mac>}, the MAC an
 * HMAC-SHA256 (first 16 bytes) under a key of the data directory. See docs/decisions/0012-collector-download.md.
 */
final class DownloadCursors {

    /** Longer than any cursor this class gives out; longer input is refused before it is decoded. */
    static final int MAX_LENGTH = 4096;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SecretKeySpec key;

    DownloadCursors(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    String of(DownloadPosition position) {
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(position));
        return "d1." + body + "." + mac(body);
    }

    /**
     * The position of a cursor given out to {@code username}.
     *
     * @throws org.oneform.app.api.ProblemException {@code malformed-cursor} when it was not given out by this
     *         server (forged, altered, truncated), {@code foreign-cursor} when it was given to another worker
     */
    DownloadPosition read(String cursor, String username) {
        String text = cursor.strip();
        String[] parts = text.length() > MAX_LENGTH ? new String[0] : text.split("\\.");
        if (parts.length != 3 || !parts[0].equals("d1")
                || !MessageDigest.isEqual(mac(parts[1]).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw malformed(cursor);
        }
        DownloadPosition position;
        try {
            position = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), DownloadPosition.class);
        } catch (IllegalArgumentException | JacksonException e) {
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

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(java.util.Arrays.copyOf(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
