package org.oneform.sync.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.expr.Expression;
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

/**
 * Minimisation, as a property over random catalogs, requests and changes (seeded per repetition): no
 * department ever receives a field it did not request for that subject's population, a subject outside
 * every one of its filters, or another department's pseudonym; and every department whose filter holds
 * and whose fields changed does receive the change. Some filters are malformed: they hold for nobody (minimisation
 * wins over delivery), so their grants deliver nothing.
 */
class MinimisationPropertyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final Instant AT = Instant.parse("2026-11-22T02:00:00Z");
    private static final AreaId GRID = new AreaId("330187.001.001.01");
    private static final byte[] KEY = "minimisation-property-test-key!!".getBytes();
    private static final List<String> FILTERS = List.of("", "age(${resident.birth_date}) >= 60",
            "${resident.disability} = 'yes'", "${resident.gender} = 'female' and age(${resident.birth_date}) < 40",
            "selected(${resident.benefits}, 'dibao')", "not(${resident.disability} = 'yes')",
            // malformed (a request check would refuse them; one could remain after a catalog change): nobody is inside
            "${resident.disability} = 'yes' and", "age(${resident.birth_date} >= 60", "${resident.gender} === 'female'");

    @RepeatedTest(200)
    void noDepartmentEverReceivesMoreThanItsGrantsAllowAndNoneMissesWhatTheyDo(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<String> catalog = catalog(random);
        List<FieldRequest> requests = requests(random, catalog);
        var fanout = new Fanout(new Subscriptions(() -> requests), KEY);

        for (int i = 0; i < 20; i++) {
            GoldenRecord before = random.nextInt(4) == 0 ? null : record(random, catalog, "R" + i);
            GoldenRecord after = change(random, catalog, before == null ? record(random, catalog, "R" + i) : before);
            Set<String> changed = changedFields(before, after);
            var change = new AppliedChange(100 + i, UUID.randomUUID(), "worker01", AT,
                    before == null ? ChangeType.CREATED : ChangeType.UPDATED, before, after, changed, Set.of());

            List<Delivery> deliveries = fanout.deliveries(change);

            Set<DepartmentCode> seen = new HashSet<>();
            for (Delivery delivery : deliveries) {
                assertThat(seen.add(delivery.department())).as("one delivery per department and change").isTrue();
                List<FieldRequest> mine = requests.stream().filter(r -> r.department().equals(delivery.department())).toList();
                Set<String> allowed = new HashSet<>();
                mine.stream().filter(r -> holds(r.populationFilter(), after)).forEach(r -> allowed.addAll(r.fieldIds()));
                assertThat(allowed).as("fields allowed by %s's grants whose filter holds", delivery.department())
                        .containsAll(delivery.fields().keySet());
                if (delivery.change() == DeliveryChange.REMOVED) {
                    assertThat(delivery.fields()).isEmpty();
                    assertThat(mine).anyMatch(r -> before != null && holds(r.populationFilter(), before));
                } else {
                    assertThat(mine).as("a subject inside a filter").anyMatch(r -> holds(r.populationFilter(), after));
                }
                assertThat(delivery.fields()).allSatisfy((field, value) -> assertThat(after.text(field)).isEqualTo(value));
                assertThat(delivery.pseudonym()).doesNotContain(after.id().value());
            }
            for (DepartmentCode department : departmentsOf(requests)) {
                Set<String> allowed = new HashSet<>();
                requests.stream().filter(r -> r.department().equals(department) && holds(r.populationFilter(), after))
                        .forEach(r -> allowed.addAll(r.fieldIds()));
                allowed.retainAll(changed);
                if (!allowed.isEmpty()) {
                    assertThat(deliveries).as("%s asked for changed fields %s", department, allowed)
                            .anyMatch(d -> d.department().equals(department) && d.changed().containsAll(allowed));
                }
            }
            Set<String> pseudonyms = new HashSet<>();
            deliveries.forEach(d -> pseudonyms.add(d.pseudonym()));
            assertThat(pseudonyms).as("each department its own pseudonym").hasSize(deliveries.size());
        }
    }

    @org.junit.jupiter.api.Test
    void theMalformedFiltersAreMalformed() {
        FILTERS.subList(FILTERS.size() - 3, FILTERS.size()).forEach(filter -> org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> Expression.parse(filter)).as(filter).isInstanceOf(RuntimeException.class));
    }

    private static boolean holds(String filter, GoldenRecord record) {
        if (filter.isEmpty()) {
            return true;
        }
        Map<String, String> values = new LinkedHashMap<>();
        record.fields().forEach((f, v) -> values.put(f, v.value()));
        try {
            return Expression.parse(filter).test(values, DAY);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<String> catalog(Random random) {
        List<String> fields = new ArrayList<>(List.of("resident.birth_date", "resident.disability", "resident.gender",
                "resident.benefits"));
        int extra = 3 + random.nextInt(12);
        for (int i = 0; i < extra; i++) {
            fields.add("resident.field_" + i);
        }
        return fields;
    }

    private static List<FieldRequest> requests(Random random, List<String> catalog) {
        List<FieldRequest> requests = new ArrayList<>();
        int departments = 1 + random.nextInt(6);
        for (int d = 0; d < departments; d++) {
            var department = new DepartmentCode("dept-" + d);
            int count = 1 + random.nextInt(3);
            for (int r = 0; r < count; r++) {
                List<String> fields = new ArrayList<>();
                for (String field : catalog) {
                    if (random.nextInt(3) == 0) {
                        fields.add(field);
                    }
                }
                if (fields.isEmpty()) {
                    fields.add(catalog.get(random.nextInt(catalog.size())));
                }
                var content = RequestContent.of(department, SubjectType.RESIDENT, fields, "测试目的 " + d + "-" + r,
                        FILTERS.get(random.nextInt(FILTERS.size())), Period.ofYears(1));
                requests.add(new FieldRequest(new RequestId("req-" + d + "-" + r), content, RequestState.APPROVED, "", List.of()));
            }
        }
        return requests;
    }

    private static Set<DepartmentCode> departmentsOf(List<FieldRequest> requests) {
        Set<DepartmentCode> all = new HashSet<>();
        requests.forEach(r -> all.add(r.department()));
        return all;
    }

    private static GoldenRecord record(Random random, List<String> catalog, String id) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        for (String field : catalog) {
            if (random.nextInt(5) > 0) {
                fields.put(field, new FieldValue(value(random, field), provenance(0)));
            }
        }
        return new GoldenRecord(new SubjectId(id), SubjectType.RESIDENT, GRID, fields);
    }

    private static GoldenRecord change(Random random, List<String> catalog, GoldenRecord record) {
        Map<String, FieldValue> fields = new LinkedHashMap<>(record.fields());
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            String field = catalog.get(random.nextInt(catalog.size()));
            fields.put(field, new FieldValue(value(random, field), provenance(7)));
        }
        return new GoldenRecord(record.id(), record.type(), record.grid(), fields);
    }

    private static Set<String> changedFields(GoldenRecord before, GoldenRecord after) {
        Set<String> changed = new HashSet<>();
        after.fields().forEach((field, value) -> {
            if (before == null || !before.value(field).equals(java.util.Optional.of(value.value()))) {
                changed.add(field);
            }
        });
        return changed;
    }

    private static String value(Random random, String field) {
        return switch (field) {
            case "resident.birth_date" -> LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
            case "resident.disability" -> random.nextBoolean() ? "yes" : "no";
            case "resident.gender" -> random.nextBoolean() ? "female" : "male";
            case "resident.benefits" -> random.nextBoolean() ? "dibao" : "pension";
            default -> "v" + random.nextInt(5);
        };
    }

    private static Provenance provenance(long seq) {
        return new Provenance("sub-" + seq, "worker01", AT, seq, 3);
    }
}
