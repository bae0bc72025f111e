package org.oneform.app.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque tokens a server hands out and must get back unchanged (cursors): {@code <prefix>.<base64url(body)>.<mac>},
 * the MAC the first 16 bytes of an HMAC-SHA256 under a key of the data directory. A client can neither forge
 * one nor alter the body; the body is not secret, only unforgeable. The feeds' and the collector's cursors
 * both use it, each with its own prefix and key.
 */
public final class SignedTokens {

    private final String prefix;
    private final SecretKeySpec key;
    private final int maxLength;

    /**
     * @param prefix    the token's version and kind, e.g. {@code c1}; a token with another prefix is refused
     * @param key       the signing key
     * @param maxLength longer input is refused before anything is decoded
     */
    public SignedTokens(String prefix, byte[] key, int maxLength) {
        this.prefix = prefix;
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.maxLength = maxLength;
    }

    public String seal(byte[] body) {
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(body);
        return prefix + "." + encoded + "." + mac(encoded);
    }

    /** The body of a token this server sealed with this prefix and key; empty when forged, altered or foreign. */
    public Optional<byte[]> open(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String text = token.strip();
        String[] parts = text.length() > maxLength ? new String[0] : text.split("\\.");
        if (parts.length != 3 || !parts[0].equals(prefix)
                || !MessageDigest.isEqual(mac(parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Arrays.copyOf(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
