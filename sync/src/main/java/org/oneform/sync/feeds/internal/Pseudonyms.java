package org.oneform.sync.feeds.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.registry.SubjectId;

/**
 * A department's stable id for a subject: HMAC-SHA256 of department and subject id under a server key,
 * shortened. Stable (the department can join its own data), different per department (two departments
 * cannot join theirs without asking), and not reversible without the key.
 */
public final class Pseudonyms {

    private static final HexFormat HEX = HexFormat.of();
    /** A SHA-256 per thread: {@code MessageDigest.getInstance} looks the provider up on every call. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    private final SecretKeySpec key;
    /**
     * An initialised HMAC per thread: {@code Mac.getInstance} and {@code init} cost more than the MAC of a short text,
     * and the apply loop makes one pseudonym per delivery row (docs/decisions/0043-apply-loop-cpu-and-the-ack-tail.md).
     */
    private final ThreadLocal<Mac> macs;

    public Pseudonyms(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a pseudonym key has at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public String of(DepartmentCode department, SubjectId subject) {
        return "S" + HEX.formatHex(mac(department.value() + "\u0000" + subject.value()), 0, 12);
    }

    /**
     * A stable delivery id for submission × department × subject: the ledger sequence (12 hex digits) and 20
     * hex digits of a SHA-256 of the three. Leading with the sequence keeps ids in write order, so the unique
     * index on them grows at its right edge instead of touching a random page per delivery (a random 32-digit
     * id made the index the apply loop's costliest write; docs/benchmarks.md, durable ingest).
     */
    public static String deliveryId(long seq, String submission, DepartmentCode department, SubjectId subject) {
        byte[] hash = SHA256.get().digest((submission + "\u0000" + department.value() + "\u0000" + subject.value())
                .getBytes(StandardCharsets.UTF_8));
        // what "%012x".formatted(seq) wrote, without the format parser: 12 hex digits, more when the sequence needs them
        String hex = seq >= 0 && seq < 1L << 48 ? HEX.toHexDigits(seq).substring(4) : "%012x".formatted(seq);
        return hex + HEX.formatHex(hash, 0, 10);
    }

    private byte[] mac(String text) {
        return macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)); // doFinal leaves the MAC ready for the next
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
