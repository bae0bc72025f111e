package org.oneform.sync.feeds.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
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

    private final SecretKeySpec key;

    public Pseudonyms(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a pseudonym key has at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    public String of(DepartmentCode department, SubjectId subject) {
        return "S" + HexFormat.of().formatHex(mac(department.value() + "\u0000" + subject.value()), 0, 12);
    }

    /**
     * A stable delivery id for submission × department × subject: the ledger sequence (12 hex digits) and 20
     * hex digits of a SHA-256 of the three. Leading with the sequence keeps ids in write order, so the unique
     * index on them grows at its right edge instead of touching a random page per delivery (a random 32-digit
     * id made the index the apply loop's costliest write; docs/benchmarks.md, durable ingest).
     */
    public static String deliveryId(long seq, String submission, DepartmentCode department, SubjectId subject) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((submission + "\u0000" + department.value() + "\u0000" + subject.value())
                    .getBytes(StandardCharsets.UTF_8));
            return "%012x".formatted(seq) + HexFormat.of().formatHex(hash, 0, 10);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
