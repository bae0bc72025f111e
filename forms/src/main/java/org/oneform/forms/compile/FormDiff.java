package org.oneform.forms.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.oneform.forms.catalog.SubjectType;

/**
 * What changed from one version of a form to another, field by field. Fields are matched by id.
 *
 * @param subjectType the subject type
 * @param from        the older version's number, 0 when there was none
 * @param to          the newer version's number
 * @param added       ids of fields only in the newer version, in its order
 * @param removed     ids of fields only in the older version, in its order
 * @param changed     changes of fields in both, in the newer version's order
 */
public record FormDiff(SubjectType subjectType, int from, int to, List<String> added, List<String> removed,
                       List<Change> changed) {

    /** What about a field changed. */
    public enum Aspect {
        /** The departments that request it. */
        REQUESTERS,
        /** Its effective relevance (own relevance or population filters). */
        RELEVANCE,
        /** Its refresh interval. */
        REFRESH,
        /** Requested or only supporting. */
        ROLE,
        /** Its catalog definition: labels, hints, choices, expressions, sensitivity, section, type. */
        DEFINITION
    }

    /** One change of one field, with readable before and after texts. */
    public record Change(String fieldId, Aspect aspect, String before, String after) {

        @Override
        public String toString() {
            return "~ " + fieldId + " " + aspect.name().toLowerCase(java.util.Locale.ROOT) + ": " + before + " → " + after;
        }
    }

    public FormDiff {
        Objects.requireNonNull(subjectType, "subjectType");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** The diff from {@code older} (may be {@code null}: everything is added) to {@code newer}. */
    public static FormDiff between(FormVersion older, FormVersion newer) {
        List<FormField> before = older == null ? List.of() : older.fields();
        return of(newer.subjectType(), older == null ? 0 : older.number(), newer.number(), before, newer.fields());
    }

    /** The diff between two lists of fields, e.g. the current version and a preview. */
    public static FormDiff of(SubjectType subjectType, int from, int to, List<FormField> before, List<FormField> after) {
        Map<String, FormField> old = new LinkedHashMap<>();
        before.forEach(f -> old.put(f.id(), f));
        Map<String, FormField> now = new LinkedHashMap<>();
        after.forEach(f -> now.put(f.id(), f));
        List<String> added = now.keySet().stream().filter(id -> !old.containsKey(id)).toList();
        List<String> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        List<Change> changed = new ArrayList<>();
        for (FormField field : after) {
            FormField was = old.get(field.id());
            if (was != null) {
                compare(was, field, changed);
            }
        }
        return new FormDiff(subjectType, from, to, added, removed, changed);
    }

    private static void compare(FormField was, FormField now, List<Change> changed) {
        add(changed, now.id(), Aspect.ROLE, was.role().name(), now.role().name());
        add(changed, now.id(), Aspect.REQUESTERS, was.requestedBy().toString(), now.requestedBy().toString());
        add(changed, now.id(), Aspect.RELEVANCE, show(was.relevance()), show(now.relevance()));
        add(changed, now.id(), Aspect.REFRESH, was.refresh().toString(), now.refresh().toString());
        if (!was.definition().equals(now.definition())) {
            changed.add(new Change(now.id(), Aspect.DEFINITION, "catalog definition", "changed definition"));
        }
    }

    private static String show(String relevance) {
        return relevance.isEmpty() ? "(always)" : relevance;
    }

    private static void add(List<Change> changed, String id, Aspect aspect, String before, String after) {
        if (!before.equals(after)) {
            changed.add(new Change(id, aspect, before, after));
        }
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** One line per change: {@code + id}, {@code - id}, {@code ~ id aspect: before → after}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        added.forEach(id -> lines.add("+ " + id));
        removed.forEach(id -> lines.add("- " + id));
        changed.forEach(change -> lines.add(change.toString()));
        return lines;
    }

    @Override
    public String toString() {
        return subjectType.key() + " v" + from + " → v" + to + (isEmpty() ? ": no changes" : ":\n" + String.join("\n", lines()));
    }
}
