package org.oneform.app.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens: 256 random bits behind a recognisable prefix ({@code oft_} devices, {@code ofd_}
 * departments), shown once; only their SHA-256 is stored, so a leaked table opens nothing.
 */
public final class BearerSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private BearerSecrets() {
    }

    public static String newToken(String prefix) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether a presented value can be a token of that kind at all (before any lookup). */
    public static boolean looksLike(String token, String prefix) {
        return token != null && token.startsWith(prefix) && token.length() <= 100;
    }

    /** Makes a request authenticated as {@code principal} with one authority (a bearer-token filter found it). */
    public static void authenticate(Object principal, String authority) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(principal, null, org.springframework.security.core.authority.AuthorityUtils
                        .createAuthorityList(authority)));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
