package org.oneform.forms.compile.internal;

import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.CompileException;
import org.oneform.forms.compile.CompiledForm;
import org.oneform.forms.compile.FieldRole;
import org.oneform.forms.compile.FormField;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.expr.CycleCheck;
import org.oneform.forms.expr.Expression;
import org.oneform.forms.expr.ExpressionException;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.RequestId;
import org.oneform.forms.request.RequestState;

/** One compilation: see {@link org.oneform.forms.compile.FormCompiler} for the rules. */
public final class Merge {

    /** What the requesters of one field asked. */
    private static final class Asked {
        final Set<String> departments = new TreeSet<>();
        final Set<String> filters = new LinkedHashSet<>();
        boolean everyone;
        Period refresh;
    }

    /** Why a supporting field is there. */
    private static final class Needed {
        final Set<String> by = new TreeSet<>();
        Period refresh;
    }

    private final SubjectType subjectType;
    private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, Asked> asked = new HashMap<>();
    private final Map<String, Needed> needed = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    public Merge(SubjectType subjectType, List<FieldDefinition> catalog) {
        this.subjectType = subjectType;
        for (FieldDefinition field : catalog) {
            if (field.subjectType() == subjectType) {
                fields.put(field.id(), field);
                field.children().forEach(child -> parentOf.put(child, field.id()));
            }
        }
    }

    public CompiledForm compile(List<FieldRequest> approved) {
        List<FieldRequest> requests = approved.stream()
                .filter(r -> r.state() == RequestState.APPROVED && r.subjectType() == subjectType)
                .sorted(Comparator.comparing(FieldRequest::id)).toList();
        requests.forEach(this::collect);
        addSupporting();
        settleSupportingRefresh();
        List<FormField> form = build();
        checkCycles(form);
        if (!problems.isEmpty()) {
            throw new CompileException(problems);
        }
        return new CompiledForm(subjectType, form, requests.stream().map(FieldRequest::id).toList());
    }

    private void collect(FieldRequest request) {
        String filter = request.populationFilter();
        Set<String> filterReferences = filter.isEmpty() ? Set.of()
                : parse(filter, "population filter of " + request.id()).references();
        for (String id : request.fieldIds()) {
            if (!fields.containsKey(id)) {
                problems.add("request " + request.id() + " names field " + id + ", which is not a "
                        + subjectType.key() + " field of the catalog");
                continue;
            }
            Asked a = asked.computeIfAbsent(parentOf.getOrDefault(id, id), k -> new Asked());
            a.departments.add(request.department().value());
            if (filter.isEmpty() || filterReferences.contains(id)) {
                // a filter on the field's own value needs that value first: it is asked of everyone
                a.everyone = true;
            } else {
                a.filters.add(filter);
            }
            a.refresh = Periods.shorter(a.refresh, request.refresh());
        }
    }

    /** Adds every field an included field's expressions or its requesters' filters reference, transitively. */
    private void addSupporting() {
        Deque<String> queue = new ArrayDeque<>(new TreeSet<>(asked.keySet()));
        asked.keySet().forEach(group -> queue.addAll(fields.get(group).children()));
        Set<String> visited = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (!visited.add(id)) {
                continue;
            }
            for (String reference : references(id)) {
                String target = parentOf.getOrDefault(reference, reference);
                if (!fields.containsKey(target)) {
                    problems.add("field " + id + " references ${" + reference + "}, which is not a "
                            + subjectType.key() + " field of the catalog");
                    continue;
                }
                if (target.equals(id) || isIncluded(target) && !needed.containsKey(target)) {
                    continue;
                }
                needed.computeIfAbsent(target, k -> new Needed()).by.add(id);
                queue.add(target);
                queue.addAll(fields.get(target).children());
            }
        }
    }

    private boolean isIncluded(String id) {
        String top = parentOf.getOrDefault(id, id);
        return asked.containsKey(top) || needed.containsKey(top);
    }

    /** The field ids {@code id}'s own expressions and (for a requested field) its requesters' filters reference. */
    private Set<String> references(String id) {
        Set<String> references = new TreeSet<>();
        fields.get(id).expressions().forEach((kind, source) -> references.addAll(parse(source, kind + " of " + id).references()));
        Asked a = asked.get(id);
        if (a != null && !a.everyone) {
            a.filters.forEach(filter -> references.addAll(parse(filter, "population filter").references()));
        }
        return references;
    }

    /** A supporting field is refreshed as often as the most demanding field that needs it. */
    private void settleSupportingRefresh() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Needed n : needed.values()) {
                for (String by : n.by) {
                    Period shorter = Periods.shorter(n.refresh, refreshOf(by));
                    if (shorter != null && !shorter.equals(n.refresh)) {
                        n.refresh = shorter;
                        changed = true;
                    }
                }
            }
        }
    }

    private Period refreshOf(String id) {
        String top = parentOf.getOrDefault(id, id);
        Asked a = asked.get(top);
        return a != null ? a.refresh : needed.containsKey(top) ? needed.get(top).refresh : null;
    }

    private List<FormField> build() {
        List<FormField> form = new ArrayList<>();
        for (FieldDefinition field : fields.values()) {
            if (parentOf.containsKey(field.id()) || !isIncluded(field.id())) {
                continue;
            }
            FormField top = formField(field, "");
            form.add(top);
            for (String child : field.children()) {
                FieldDefinition definition = fields.get(child);
                form.add(new FormField(definition, top.role(), top.requestedBy(), top.neededBy(), List.of(),
                        definition.relevance(), top.refresh(), field.id()));
            }
        }
        return form;
    }

    private FormField formField(FieldDefinition field, String parent) {
        Asked a = asked.get(field.id());
        if (a != null) {
            List<String> filters = a.everyone ? List.of() : List.copyOf(a.filters);
            String relevance = Relevance.combine(field.relevance(), filters);
            if (!relevance.isEmpty()) {
                parse(relevance, "effective relevance of " + field.id());
            }
            return new FormField(field, FieldRole.REQUESTED,
                    a.departments.stream().map(DepartmentCode::new).toList(), List.of(), filters, relevance,
                    a.refresh, parent);
        }
        Needed n = needed.get(field.id());
        return new FormField(field, FieldRole.SUPPORTING, List.of(), List.copyOf(n.by), List.of(), field.relevance(),
                n.refresh == null ? Period.ofYears(1) : n.refresh, parent);
    }

    private void checkCycles(List<FormField> form) {
        Map<String, Expression> calculations = new TreeMap<>();
        Map<String, Set<String>> relevance = new TreeMap<>();
        for (FormField field : form) {
            if (field.definition().isCalculated()) {
                calculations.put(field.id(), parse(field.definition().calculation(), "calculation of " + field.id()));
            }
            if (!field.relevance().isEmpty()) {
                relevance.put(field.id(), parse(field.relevance(), "relevance of " + field.id()).references());
            }
        }
        CycleCheck.findCycle(calculations)
                .ifPresent(cycle -> problems.add("cyclic calculation: " + cycle));
        CycleCheck.findCycleIn(relevance)
                .ifPresent(cycle -> problems.add("cyclic relevance (a field is asked only when a value that depends on "
                        + "it is known): " + cycle));
    }

    private Expression parse(String source, String what) {
        try {
            return Expression.parse(source);
        } catch (ExpressionException e) {
            problems.add(what + " '" + source + "' is malformed: " + e.error().message());
            return Expression.parse("''");
        }
    }

}
