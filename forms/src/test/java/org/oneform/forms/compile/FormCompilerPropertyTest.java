package org.oneform.forms.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.expr.Expression;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.RequestContent;
import org.oneform.forms.request.RequestId;
import org.oneform.forms.request.RequestState;

/**
 * Random catalogs and requests → the compiled form. Seeded; the seed is printed, rerun one with
 * {@code -Dtests.seed=<seed>}. Properties: every requested field appears exactly once with exactly its
 * requesters; the effective relevance is exactly own AND (OR of the requesters' filters), checked by evaluating
 * both on random values; supporting fields cover every reference; compiling is deterministic.
 */
class FormCompilerPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<String> DEPARTMENTS = List.of("civil-affairs", "health", "public-security", "housing",
            "veterans", "statistics");

    @Test
    void compiledFormsKeepTheirPromises() {
        long seed = Long.getLong("tests.seed", System.nanoTime());
        System.out.println("FormCompilerPropertyTest seed: " + seed + " (rerun with -Dtests.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            check(random, seed, round);
        }
    }

    private static void check(Random random, long seed, int round) {
        // screening fields s0..s3 are only referenced by filters and relevance; q0..qN are requested
        List<FieldDefinition> catalog = new ArrayList<>();
        int screening = 4;
        for (int i = 0; i < screening; i++) {
            catalog.add(FieldDefinition.builder("resident.s" + i, FieldType.INTEGER).label("筛" + i, "S" + i).build());
        }
        int questions = 3 + random.nextInt(12);
        for (int i = 0; i < questions; i++) {
            FieldDefinition.Builder b = FieldDefinition.builder("resident.q" + i, FieldType.INTEGER).label("问" + i, "Q" + i);
            if (random.nextInt(3) == 0) {
                b.relevance(condition(random));
            }
            catalog.add(b.build());
        }
        List<FieldRequest> requests = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int r = 0; r < count; r++) {
            Set<String> ids = new LinkedHashSet<>();
            int n = 1 + random.nextInt(questions);
            for (int k = 0; k < n; k++) {
                ids.add("resident.q" + random.nextInt(questions));
            }
            String filter = random.nextInt(4) == 0 ? "" : condition(random);
            RequestContent content = RequestContent.of(new DepartmentCode(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()))),
                    SubjectType.RESIDENT, List.copyOf(ids), "目的", filter, Period.ofDays(30 + random.nextInt(400)));
            requests.add(new FieldRequest(RequestId.number(r + 1), content, RequestState.APPROVED, "", List.of()));
        }
        // a request that is not approved never counts
        requests.add(new FieldRequest(RequestId.number(99), RequestContent.of(new DepartmentCode("emergency"),
                SubjectType.RESIDENT, List.of("resident.q0"), "目的", "", Period.ofDays(1)), RequestState.SUBMITTED, "", List.of()));

        CompiledForm form = FormCompiler.compile(SubjectType.RESIDENT, catalog, requests);
        String where = "seed " + seed + ", round " + round;
        assertThat(FormCompiler.compile(SubjectType.RESIDENT, catalog, requests)).as(where).isEqualTo(form);

        List<FieldRequest> approved = requests.stream().filter(r -> r.state() == RequestState.APPROVED).toList();
        Set<String> requested = new LinkedHashSet<>();
        approved.forEach(r -> requested.addAll(r.fieldIds()));
        List<String> ids = form.fields().stream().map(FormField::id).toList();
        assertThat(ids).as(where + ": no field twice").doesNotHaveDuplicates();
        for (String id : requested) {
            FormField field = form.field(id).orElseThrow(() -> new AssertionError(where + ": " + id + " missing"));
            assertThat(field.role()).as(where).isEqualTo(FieldRole.REQUESTED);
            List<FieldRequest> requesters = approved.stream().filter(r -> r.fieldIds().contains(id)).toList();
            assertThat(field.requestedBy()).as(where + ": requesters of " + id).containsExactlyInAnyOrderElementsOf(
                    requesters.stream().map(FieldRequest::department).distinct().toList());
            assertThat(field.refresh()).as(where).isEqualTo(requesters.stream().map(FieldRequest::refresh)
                    .min((a, b) -> Integer.compare(a.getDays(), b.getDays())).orElseThrow());
            checkRelevance(random, where, catalog, field, requesters);
        }
        for (FormField field : form.fields()) {
            if (!requested.contains(field.id())) {
                assertThat(field.role()).as(where).isEqualTo(FieldRole.SUPPORTING);
                assertThat(field.neededBy()).as(where).isNotEmpty();
            }
            for (String reference : field.relevanceExpression().map(Expression::references).orElse(Set.of())) {
                assertThat(ids).as(where + ": " + field.id() + " needs " + reference).contains(reference);
            }
        }
    }

    /** Evaluates the compiled relevance and own AND (OR of filters) on random values: they must agree. */
    private static void checkRelevance(Random random, String where, List<FieldDefinition> catalog, FormField field,
                                       List<FieldRequest> requesters) {
        String own = catalog.stream().filter(f -> f.id().equals(field.id())).findFirst().orElseThrow().relevance();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> values = new HashMap<>();
            for (int s = 0; s < 4; s++) {
                if (random.nextInt(5) > 0) {
                    values.put("resident.s" + s, random.nextInt(5));
                }
            }
            boolean ownHolds = own.isEmpty() || Expression.parse(own).test(values, TODAY);
            boolean anyRequester = requesters.stream().anyMatch(r ->
                    r.populationFilter().isEmpty() || Expression.parse(r.populationFilter()).test(values, TODAY));
            boolean compiled = field.relevance().isEmpty() || Expression.parse(field.relevance()).test(values, TODAY);
            assertThat(compiled).as(where + ": relevance of " + field.id() + " '" + field.relevance() + "' on " + values)
                    .isEqualTo(ownHolds && anyRequester);
        }
    }

    /** A random condition over the screening fields, sometimes compound, using or/and/not to stress precedence. */
    private static String condition(Random random) {
        String atom = "${resident.s" + random.nextInt(4) + "} " + List.of("=", "!=", ">", "<=").get(random.nextInt(4))
                + " " + random.nextInt(5);
        return switch (random.nextInt(4)) {
            case 0 -> atom + " or " + condition(random);
            case 1 -> atom + " and " + condition(random);
            case 2 -> "not(" + atom + ")";
            default -> atom;
        };
    }
}
