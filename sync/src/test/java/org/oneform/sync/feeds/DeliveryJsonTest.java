package org.oneform.sync.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.sync.registry.SubjectId;

/** The JSON line a department pulls, byte for byte: departments parse it, so its shape must not drift. */
class DeliveryJsonTest {

    private static final UUID SUBMISSION = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant AT = Instant.parse("2026-12-03T01:00:00Z");

    @Test
    void aDeliveryIsOneJsonLineWithItsFieldsInOrderChangedSortedAndTextEscaped() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resident.name", "林\"晓\\雯\n");
        fields.put("resident.phone", "13905710013");
        Map<String, Instant> collected = new LinkedHashMap<>();
        collected.put("resident.name", Instant.parse("2026-12-03T00:00:00Z"));
        collected.put("resident.phone", Instant.parse("2026-12-03T00:00:01.5Z"));
        var delivery = new Delivery("abc", new DepartmentCode("civil"), 5, SUBMISSION, new SubjectId("R00000001"), "p1",
                DeliveryChange.UPDATED, fields, new LinkedHashSet<>(List.of("resident.phone", "resident.name")), collected,
                List.of("人口登记", "救助"), AT);

        assertThat(DeliveryStore.json(delivery)).isEqualTo("{\"deliveryId\":\"abc\",\"subject\":\"p1\",\"change\":\"updated\","
                + "\"at\":\"2026-12-03T01:00:00Z\",\"fields\":{\"resident.name\":\"林\\\"晓\\\\雯\\n\",\"resident.phone\":\"13905710013\"},"
                + "\"changed\":[\"resident.name\",\"resident.phone\"],\"collectedAt\":{\"resident.name\":\"2026-12-03T00:00:00Z\","
                + "\"resident.phone\":\"2026-12-03T00:00:01.500Z\"},\"purposes\":[\"人口登记\",\"救助\"],\"source\":\"apply\"}");
    }

    @Test
    void aRemovalCarriesNoFieldsAndABackfillSaysSo() {
        var removed = new Delivery("abc", new DepartmentCode("civil"), 5, SUBMISSION, new SubjectId("R00000001"), "p1",
                DeliveryChange.REMOVED, Map.of(), Set.of(), Map.of(), List.of(), AT, Delivery.BACKFILL);

        assertThat(DeliveryStore.json(removed)).isEqualTo("{\"deliveryId\":\"abc\",\"subject\":\"p1\",\"change\":\"removed\","
                + "\"at\":\"2026-12-03T01:00:00Z\",\"fields\":{},\"changed\":[],\"collectedAt\":{},\"purposes\":[],\"source\":\"backfill\"}");
    }
}
