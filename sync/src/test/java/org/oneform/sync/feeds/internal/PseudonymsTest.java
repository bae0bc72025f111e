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
}
