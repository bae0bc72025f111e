package org.oneform.forms.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.oneform.forms.catalog.CatalogProblem;
import org.oneform.forms.catalog.CatalogProblem.Code;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.expr.Expression;
import org.oneform.forms.expr.ExpressionException;

/** The catalog's rules for definitions and expressions. Pure functions, no state. */
public final class DefinitionCheck {

    private static final Pattern CHOICE_CODE = Pattern.compile("[A-Za-z0-9_-]+");

    private DefinitionCheck() {
    }

    /**
     * Problems of {@code batch} if it were added to (or, with {@code replace}, replaced in) {@code existing}.
     * Only the batch's fields are judged; references may point at existing or batch fields.
     */
    public static List<CatalogProblem> check(List<FieldDefinition> existing, List<FieldDefinition> batch, boolean replace) {
        List<CatalogProblem> problems = new ArrayList<>();
        Map<String, FieldDefinition> all = new LinkedHashMap<>();
        existing.forEach(f -> all.put(f.id(), f));
        Set<String> seen = new HashSet<>();
        for (FieldDefinition field : batch) {
            if (!seen.add(field.id())) {
                problems.add(problem(field, Code.DUPLICATE_ID, "field " + field.id() + " appears twice in the batch"));
            } else if (!replace && all.containsKey(field.id())) {
                problems.add(problem(field, Code.DUPLICATE_ID, "field " + field.id() + " already exists in the catalog"));
            } else if (replace && !all.containsKey(field.id())) {
                problems.add(problem(field, Code.UNKNOWN_FIELD, "field " + field.id() + " is not in the catalog"));
            }
            all.put(field.id(), field);
        }
        Map<String, String> parentOf = parents(all.values(), problems, batch);
        for (FieldDefinition field : batch) {
            checkChoices(field, problems);
            checkGroup(field, all, parentOf, problems);
            field.expressions().forEach((kind, source) ->
                    problems.addAll(expression(field.id(), kind, source, field.subjectType(), all.keySet())));
        }
        return problems;
    }

    /**
     * Problems of one expression: it must parse, and every field it references must exist in {@code known}
     * and belong to {@code subject}.
     *
     * @param owner what the expression belongs to (a field id, a request id), named in messages
     * @param kind  what it is ({@code relevance}, {@code population filter}), named in messages
     */
    public static List<CatalogProblem> expression(String owner, String kind, String source, SubjectType subject,
                                                  Set<String> known) {
        List<CatalogProblem> problems = new ArrayList<>();
        Expression expression;
        try {
            expression = Expression.parse(source);
        } catch (ExpressionException e) {
            problems.add(new CatalogProblem(owner, Code.MALFORMED_EXPRESSION,
                    owner + ": " + kind + " '" + source + "' is malformed: " + e.error().message()
                            + " (" + e.error().reason().code() + ")"));
            return problems;
        }
        for (String reference : expression.references()) {
            if (!known.contains(reference)) {
                problems.add(new CatalogProblem(owner, Code.UNKNOWN_REFERENCE,
                        owner + ": " + kind + " references unknown field ${" + reference + "}"));
            } else if (!reference.startsWith(subject.key() + ".")) {
                problems.add(new CatalogProblem(owner, Code.CROSS_SUBJECT_REFERENCE,
                        owner + ": " + kind + " references ${" + reference + "} of another subject type than "
                                + subject.key()));
            }
        }
        return problems;
    }

    private static void checkChoices(FieldDefinition field, List<CatalogProblem> problems) {
        if (field.type().hasChoices() && field.choices().isEmpty()) {
            problems.add(problem(field, Code.MISSING_CHOICES, "choice field " + field.id() + " has no choices"));
        }
        if (!field.type().hasChoices() && !field.choices().isEmpty()) {
            problems.add(problem(field, Code.INVALID_CHOICES,
                    "field " + field.id() + " of type " + field.type().key() + " cannot have choices"));
        }
        Set<String> codes = new HashSet<>();
        field.choices().forEach(choice -> {
            if (!CHOICE_CODE.matcher(choice.code()).matches()) {
                problems.add(problem(field, Code.INVALID_CHOICES, "field " + field.id() + ": choice code '"
                        + choice.code() + "' must be letters, digits, _ or -"));
            } else if (!codes.add(choice.code())) {
                problems.add(problem(field, Code.INVALID_CHOICES,
                        "field " + field.id() + ": choice code '" + choice.code() + "' appears twice"));
            }
            if (choice.labelZh().isBlank() || choice.labelEn().isBlank()) {
                problems.add(problem(field, Code.INVALID_CHOICES,
                        "field " + field.id() + ": choice '" + choice.code() + "' needs Chinese and English labels"));
            }
        });
    }

    private static Map<String, String> parents(Iterable<FieldDefinition> all, List<CatalogProblem> problems,
                                               List<FieldDefinition> batch) {
        Map<String, String> parentOf = new HashMap<>();
        Set<String> batchIds = new HashSet<>();
        batch.forEach(f -> batchIds.add(f.id()));
        for (FieldDefinition group : all) {
            for (String child : group.children()) {
                String other = parentOf.putIfAbsent(child, group.id());
                if (other != null && (batchIds.contains(group.id()) || batchIds.contains(other))) {
                    problems.add(new CatalogProblem(group.id(), Code.INVALID_GROUP,
                            "field " + child + " is a child of both " + other + " and " + group.id()));
                }
            }
        }
        return parentOf;
    }

    private static void checkGroup(FieldDefinition field, Map<String, FieldDefinition> all, Map<String, String> parentOf,
                                   List<CatalogProblem> problems) {
        boolean group = field.type() == FieldType.REPEAT_GROUP;
        if (group && field.children().isEmpty()) {
            problems.add(problem(field, Code.INVALID_GROUP, "repeat group " + field.id() + " has no child fields"));
        }
        if (!group && !field.children().isEmpty()) {
            problems.add(problem(field, Code.INVALID_GROUP,
                    "field " + field.id() + " of type " + field.type().key() + " cannot have child fields"));
        }
        if (group && parentOf.containsKey(field.id())) {
            problems.add(problem(field, Code.INVALID_GROUP, "repeat group " + field.id() + " cannot be nested in "
                    + parentOf.get(field.id())));
        }
        for (String child : field.children()) {
            FieldDefinition definition = all.get(child);
            if (definition == null) {
                problems.add(problem(field, Code.INVALID_GROUP,
                        "repeat group " + field.id() + " names unknown child field " + child));
            } else if (definition.subjectType() != field.subjectType()) {
                problems.add(problem(field, Code.INVALID_GROUP,
                        "repeat group " + field.id() + " names child " + child + " of another subject type"));
            } else if (child.equals(field.id())) {
                problems.add(problem(field, Code.INVALID_GROUP, "repeat group " + field.id() + " contains itself"));
            }
        }
    }

    private static CatalogProblem problem(FieldDefinition field, Code code, String message) {
        return new CatalogProblem(field.id(), code, message);
    }
}
