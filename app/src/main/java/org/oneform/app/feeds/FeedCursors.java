package org.oneform.app.feeds;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.oneform.forms.department.DepartmentCode;

/**
 * Opaque feed cursors: a position in one department's feed, signed, so a cursor cannot be forged, moved
 * to another department's feed, or read for its number. Format: {@code c1.<base64url(dept:seq)>.<mac>}.
 */
final class FeedCursors {

    private final SecretKeySpec key;

    FeedCursors(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    String of(DepartmentCode department, long feedSeq) {
        String body = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((department.value() + ":" + feedSeq).getBytes(StandardCharsets.UTF_8));
        return "c1." + body + "." + mac(body);
    }

    /** The feed position of a cursor given out to this department; 0 for none. */
    long position(String cursor, DepartmentCode department) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        String[] parts = cursor.strip().split("\\.");
        if (parts.length != 3 || !parts[0].equals("c1") || parts[1].length() > 200
                || !MessageDigest.isEqual(mac(parts[1]).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw FeedProblem.MALFORMED_CURSOR.failure("use a cursor exactly as a response of this API gave it", "after");
        }
        String[] body;
        try {
            body = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).split(":");
        } catch (IllegalArgumentException e) {
            throw FeedProblem.MALFORMED_CURSOR.failure("use a cursor exactly as a response of this API gave it", "after");
        }
        if (body.length != 2 || !body[0].equals(department.value())) {
            throw FeedProblem.FOREIGN_CURSOR.failure("this cursor was given to another feed", "after");
        }
        return Long.parseLong(body[1]);
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
