package org.oneform.sync.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.registry.SubjectId;

class PseudonymsTest {

    private static final DepartmentCode CIVIL = new DepartmentCode("civil-affairs");
    private static final DepartmentCode HEALTH = new DepartmentCode("health");
    private static final SubjectId ZHANG = new SubjectId("R00000001");

    @Test
    void deliveryIdsAreStableDistinctAndInLedgerOrder() {
        String submission = UUID.nameUUIDFromBytes(new byte[] {1}).toString();
        String id = Pseudonyms.deliveryId(41, submission, CIVIL, ZHANG);

        assertThat(id).hasSize(32).matches("[0-9a-f]{32}").isEqualTo(Pseudonyms.deliveryId(41, submission, CIVIL, ZHANG));
        assertThat(Pseudonyms.deliveryId(41, submission, HEALTH, ZHANG)).isNotEqualTo(id);
        assertThat(Pseudonyms.deliveryId(41, submission, CIVIL, new SubjectId("R00000002"))).isNotEqualTo(id);

        // ids of later ledger sequences sort after earlier ones, whatever the submission: the unique index
        // on them is appended to, not written at random pages
        List<String> ids = new ArrayList<>();
        for (long seq = 1; seq <= 2_000; seq++) {
            ids.add(Pseudonyms.deliveryId(seq, UUID.nameUUIDFromBytes(Long.toString(seq).getBytes()).toString(), CIVIL, ZHANG));
        }
        assertThat(ids).isSorted();
    }

    @Test
    void pseudonymsDifferPerDepartmentAndStayStable() {
        var pseudonyms = new Pseudonyms("a key of at least sixteen bytes".getBytes());
        assertThat(pseudonyms.of(CIVIL, ZHANG)).isEqualTo(pseudonyms.of(CIVIL, ZHANG)).isNotEqualTo(pseudonyms.of(HEALTH, ZHANG));
    }

    /**
     * Delivery ids and pseudonyms are stored and compared on replay, and departments join on pseudonyms: the
     * cached MAC and digest must give exactly what a fresh {@code Mac} / {@code MessageDigest} and {@code %012x} gave.
     */
    @Test
    void cachedDigestsGiveTheSameIdsAndPseudonymsAsFreshOnes() throws Exception {
        byte[] key = "a key of at least sixteen bytes".getBytes();
        var pseudonyms = new Pseudonyms(key);
        for (long seq : new long[] {0, 1, 41, 0xfff, 0xfffffffffffL, 1L << 47, (1L << 48) - 1, 1L << 48, 123_456_789_012L}) {
            String submission = UUID.nameUUIDFromBytes(Long.toString(seq).getBytes()).toString();
            SubjectId subject = new SubjectId("R" + seq);
            for (DepartmentCode department : List.of(CIVIL, HEALTH)) {
                var sha = java.security.MessageDigest.getInstance("SHA-256");
                byte[] hash = sha.digest((submission + "\u0000" + department.value() + "\u0000" + subject.value())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                assertThat(Pseudonyms.deliveryId(seq, submission, department, subject))
                        .isEqualTo("%012x".formatted(seq) + java.util.HexFormat.of().formatHex(hash, 0, 10));

                var mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
                byte[] expected = mac.doFinal((department.value() + "\u0000" + subject.value())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                assertThat(pseudonyms.of(department, subject)).isEqualTo("S" + java.util.HexFormat.of().formatHex(expected, 0, 12));
            }
        }
    }

    @Test
    void pseudonymsAreTheSameFromEveryThread() throws Exception {
        var pseudonyms = new Pseudonyms("a key of at least sixteen bytes".getBytes());
        String here = pseudonyms.of(CIVIL, ZHANG);
        var there = new java.util.concurrent.atomic.AtomicReference<String>();
        Thread other = Thread.ofPlatform().start(() -> there.set(pseudonyms.of(CIVIL, ZHANG)));
        other.join();
        assertThat(there.get()).isEqualTo(here);
    }
}
