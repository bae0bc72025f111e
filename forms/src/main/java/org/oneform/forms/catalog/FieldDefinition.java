package org.oneform.forms.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One canonical field of the catalog: one fact about a resident, a household or a place, asked once
 * however many departments need it. Immutable.
 *
 * <p>The id is stable forever (values in golden records and submissions are keyed by it) and starts with
 * the subject type's key: {@code resident.phone}. Expressions are kept as source text in the expression
 * language ({@link org.oneform.forms.expr}); the empty string means "none". {@code required} is an
 * expression too: {@code true()} for always, or a condition. The constructor checks only the shape (id,
 * labels, non-null parts); whether expressions parse and what they reference is checked by {@link Catalog}.
 *
 * <p>Persisted in Eclipse Store: the lists are plain {@link ArrayList}s inside (JDK-internal immutable
 * lists are not handled natively) and handed out read-only.
 *
 * @param id          stable id, {@code <subject>.<name>}, lower case, e.g. {@code resident.birth_date}
 * @param type        the value type
 * @param labelZh     the question in Chinese, as the grid worker reads it
 * @param labelEn     the question in English
 * @param hintZh      a hint in Chinese, or empty
 * @param hintEn      a hint in English, or empty
 * @param choices     the options of a choice field, empty for other types
 * @param required    when a value is required (if relevant), or empty for optional
 * @param constraint  a condition the value must meet ({@code .} is the value), or empty
 * @param relevance   when the field is asked at all, or empty for always
 * @param calculation how the value is computed from other fields (then it is not asked), or empty
 * @param sensitivity how sensitive the values are
 * @param section     the section of the form the field is shown in, e.g. {@code basic}, {@code health}
 * @param children    for a repeat group, the ids of its child fields in order; empty otherwise
 */
public record FieldDefinition(String id, FieldType type, String labelZh, String labelEn, String hintZh, String hintEn,
                              List<Choice> choices, String required, String constraint, String relevance,
                              String calculation, Sensitivity sensitivity, String section, List<String> children) {

    /** What a field id looks like: a subject key, then one or more lower-case segments. */
    public static final Pattern ID = Pattern.compile("(resident|household|place)(\\.[a-z][a-z0-9_]*)+");

    public FieldDefinition {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("field id must look like resident.phone (" + ID + "): " + id);
        }
        Objects.requireNonNull(type, "type of " + id);
        if (labelZh == null || labelZh.isBlank() || labelEn == null || labelEn.isBlank()) {
            throw new IllegalArgumentException("field " + id + " needs a Chinese and an English label");
        }
        hintZh = blankToEmpty(hintZh);
        hintEn = blankToEmpty(hintEn);
        choices = new ArrayList<>(choices == null ? List.of() : choices);
        required = blankToEmpty(required);
        constraint = blankToEmpty(constraint);
        relevance = blankToEmpty(relevance);
        calculation = blankToEmpty(calculation);
        Objects.requireNonNull(sensitivity, "sensitivity of " + id);
        section = section == null || section.isBlank() ? "general" : section.strip();
        children = new ArrayList<>(children == null ? List.of() : children);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** Starts a definition; labels are required before {@link Builder#build()}. */
    public static Builder builder(String id, FieldType type) {
        return new Builder(id, type);
    }

    /** A builder initialised with this definition, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id, type).label(labelZh, labelEn).hint(hintZh, hintEn).required(required)
                .constraint(constraint).relevance(relevance).calculation(calculation).sensitivity(sensitivity)
                .section(section).children(children);
        b.choices.addAll(choices);
        return b;
    }

    @Override
    public List<Choice> choices() {
        return Collections.unmodifiableList(choices);
    }

    @Override
    public List<String> children() {
        return Collections.unmodifiableList(children);
    }

    /** The subject type named by the id's first segment. */
    public SubjectType subjectType() {
        return SubjectType.ofKey(id.substring(0, id.indexOf('.')));
    }

    /** The label in the given language: Chinese unless the language is English. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }

    /** Whether the value is computed rather than asked. */
    public boolean isCalculated() {
        return !calculation.isEmpty();
    }

    /** Whether the grid worker answers it: it holds a value and is not calculated. */
    public boolean isQuestion() {
        return type.holdsValue() && !isCalculated();
    }

    /** The choice with this code, if the field has it. */
    public java.util.Optional<Choice> choice(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The non-empty expressions by kind ({@code required}, {@code constraint}, {@code relevance}, {@code calculation}). */
    public Map<String, String> expressions() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("required", required);
        all.put("constraint", constraint);
        all.put("relevance", relevance);
        all.put("calculation", calculation);
        all.values().removeIf(String::isEmpty);
        return all;
    }

    /** Builds a {@link FieldDefinition}; defaults: no hint, no expressions, {@link Sensitivity#PERSONAL}. */
    public static final class Builder {
        private final String id;
        private final FieldType type;
        private String labelZh;
        private String labelEn;
        private String hintZh = "";
        private String hintEn = "";
        private final List<Choice> choices = new ArrayList<>();
        private String required = "";
        private String constraint = "";
        private String relevance = "";
        private String calculation = "";
        private Sensitivity sensitivity = Sensitivity.PERSONAL;
        private String section = "general";
        private List<String> children = List.of();

        private Builder(String id, FieldType type) {
            this.id = id;
            this.type = type;
        }

        public Builder label(String zh, String en) {
            this.labelZh = zh;
            this.labelEn = en;
            return this;
        }

        public Builder hint(String zh, String en) {
            this.hintZh = zh;
            this.hintEn = en;
            return this;
        }

        public Builder choice(String code, String zh, String en) {
            choices.add(new Choice(code, zh, en));
            return this;
        }

        public Builder choices(List<Choice> list) {
            choices.clear();
            choices.addAll(list);
            return this;
        }

        /** Always required when relevant: {@code true()}. */
        public Builder required() {
            return required("true()");
        }

        public Builder required(String expression) {
            this.required = expression;
            return this;
        }

        public Builder constraint(String expression) {
            this.constraint = expression;
            return this;
        }

        public Builder relevance(String expression) {
            this.relevance = expression;
            return this;
        }

        public Builder calculation(String expression) {
            this.calculation = expression;
            return this;
        }

        public Builder sensitivity(Sensitivity value) {
            this.sensitivity = value;
            return this;
        }

        public Builder section(String value) {
            this.section = value;
            return this;
        }

        public Builder children(List<String> ids) {
            this.children = List.copyOf(ids);
            return this;
        }

        public Builder children(String... ids) {
            return children(Arrays.asList(ids));
        }

        public FieldDefinition build() {
            return new FieldDefinition(id, type, labelZh, labelEn, hintZh, hintEn, choices, required, constraint,
                    relevance, calculation, sensitivity, section, children);
        }
    }
}
