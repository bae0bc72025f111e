package org.oneform.sync.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.request.DemoRequests;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.RequestContent;
import org.oneform.forms.request.RequestId;
import org.oneform.forms.request.RequestState;
import org.oneform.sync.apply.AppliedChange;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.SubjectId;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden-file contract of the demo departments: for fixed residents and changes, which department receives
 * which fields with which change type. The expected file is reviewed by a person when it changes; run with
 * {@code -Dgolden.update=true} to rewrite it, then read the diff before committing.
 */
class DemoDepartmentsContractTest {

    private static final Path GOLDEN = Path.of("src/test/resources/feeds/demo-departments.golden.json");
    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");
    private static final AreaId GRID = new AreaId("330187.001.001.01");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @Test
    void theDemoDepartmentsReceiveWhatTheirRequestsSayAndNothingElse() throws IOException {
        List<FieldRequest> approved = new ArrayList<>();
        int n = 0;
        for (RequestContent content : DemoRequests.contents()) {
            approved.add(new FieldRequest(new RequestId("demo-" + n++), content, RequestState.APPROVED, "", List.of()));
        }
        var fanout = new Fanout(new Subscriptions(() -> approved), "contract-test-pseudonym-key-32b!".getBytes());

        Map<String, Object> actual = new TreeMap<>();
        actual.put("1-an-elder-living-alone-registered", deliveries(fanout, null, elder()));
        actual.put("2-the-elder-changes-phone-and-becomes-disabled", deliveries(fanout, elder(), elder()
                .with("resident.phone", "13905710002").with("resident.disability", "yes")
                .with("resident.disability_type", "physical")));
        actual.put("3-a-young-adult-changes-employer", deliveries(fanout, adult(), adult().with("resident.employer", "杭州某科技有限公司")));
        String rendered = JSON.writeValueAsString(actual) + "\n";

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, rendered, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("the reviewed golden file (write it with -Dgolden.update=true)").exists();
        assertThat(rendered).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** Department → change type and the delivered field ids (sorted); departments that get nothing are absent. */
    private static Map<String, String> deliveries(Fanout fanout, Record before, Record after) {
        GoldenRecord previous = before == null ? null : before.golden();
        GoldenRecord record = after.golden();
        Set<String> changed = new java.util.HashSet<>();
        record.fields().forEach((f, v) -> {
            if (previous == null || !previous.value(f).equals(java.util.Optional.of(v.value()))) {
                changed.add(f);
            }
        });
        var change = new AppliedChange(7, UUID.nameUUIDFromBytes("contract".getBytes()), "worker01", AT,
                previous == null ? ChangeType.CREATED : ChangeType.UPDATED, previous, record, changed, Set.of());
        Map<String, String> byDepartment = new TreeMap<>();
        for (Delivery d : fanout.deliveries(change)) {
            byDepartment.put(d.department().value(), d.change().name().toLowerCase() + ": "
                    + String.join(" ", new java.util.TreeSet<>(d.fields().keySet())));
        }
        return byDepartment;
    }

    private static Record elder() {
        return new Record(new LinkedHashMap<>(Map.of("resident.name", "孙桂英", "resident.gender", "female",
                "resident.birth_date", "1948-03-12", "resident.id_number", "330187194803120047",
                "resident.phone", "13905710001", "resident.lives_alone", "yes", "resident.disability", "no",
                "resident.hukou_type", "local", "resident.receives_pension", "yes")));
    }

    private static Record adult() {
        return new Record(new LinkedHashMap<>(Map.of("resident.name", "陈志强", "resident.gender", "male",
                "resident.birth_date", "1994-07-01", "resident.id_number", "330187199407010013",
                "resident.phone", "13905710003", "resident.employment_status", "employed",
                "resident.employer", "杭州某贸易有限公司", "resident.disability", "no")));
    }

    private record Record(Map<String, String> values) {

        Record with(String field, String value) {
            Map<String, String> copy = new LinkedHashMap<>(values);
            copy.put(field, value);
            return new Record(copy);
        }

        GoldenRecord golden() {
            var provenance = new Provenance("baseline:contract", "system", AT, 0, 0);
            Map<String, FieldValue> fields = new LinkedHashMap<>();
            values.forEach((f, v) -> fields.put(f, new FieldValue(v, provenance)));
            return new GoldenRecord(new SubjectId("R00000001"), SubjectType.RESIDENT, GRID, fields);
        }
    }
}
