package org.oneform.sync.search;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.lucene.util.BytesRef;

/**
 * Terms for ID numbers, phone numbers and their last four characters: a keyed hash (HMAC-SHA256,
 * first 16 bytes) of the field name and the canonical value, never the value itself, so the index
 * files do not hold sensitive data in the clear (DESIGN.md §8) and a four-digit tail cannot be
 * reversed by trying all 10,000 values without the key. Exact and tail matching still work,
 * because a query's value goes through the same function. Thread-safe.
 */
final class SensitiveTerms {

    static final int MIN_KEY_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final int TERM_BYTES = 16;

    private final Mac prototype;
    private final String fingerprint;

    SensitiveTerms(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the index term key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        try {
            prototype = Mac.getInstance(ALGORITHM);
            prototype.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
        fingerprint = HexFormat.of().formatHex(digest("oneform.search.key-fingerprint"), 0, 8);
    }

    /** The term for a canonical value of a field. */
    BytesRef term(String field, String canonicalValue) {
        return new BytesRef(Arrays.copyOf(digest(field + '\u0000' + canonicalValue), TERM_BYTES));
    }

    /** Identifies the key without revealing it; kept in the commit user data to notice a key change. */
    String fingerprint() {
        return fingerprint;
    }

    private byte[] digest(String input) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 is cloneable", e);
        }
        return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
    }
}
