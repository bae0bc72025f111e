package org.oneform.app.forms;

import java.util.List;

/**
 * One field of a form version on the wire: what the collector needs to render it and to evaluate its
 * expressions. Expressions are source text in the expression language (docs/decisions/0004); {@code null}
 * means none.
 *
 * @param id          the stable field id, e.g. {@code resident.phone}; values are keyed by it across versions
 * @param type        the value type's key, e.g. {@code single_choice}, {@code repeat_group}
 * @param role        {@code requested}, or {@code supporting} (collected because another field or a filter needs it)
 * @param section     the section of the form it is shown in, e.g. {@code basic}
 * @param label       the question
 * @param hint        a hint under the question, or {@code null}
 * @param choices     the options of a choice field, in order; empty for other types
 * @param required    when a value is required (if relevant): {@code true()} or a condition; {@code null} when optional
 * @param constraint  a condition the value must meet ({@code .} is the value), or {@code null}
 * @param relevance   the effective relevance: the field's own AND (population filter₁ OR …); {@code null} means
 *                    always asked. A repeat group's children keep their own relevance, evaluated per row.
 * @param calculation how the value is computed (then it is not asked), or {@code null}
 * @param refresh     how old a value may be before it is asked again, ISO-8601, e.g. {@code P90D}
 * @param sensitivity {@code public}, {@code personal} or {@code sensitive}
 * @param requestedBy the codes of the departments that requested it, sorted; empty for a supporting field
 * @param children    for a repeat group, its child fields in order (each row holds a value per child); else empty
 */
public record FormFieldDto(String id, String type, String role, String section, LocalizedText label, LocalizedText hint,
                           List<ChoiceDto> choices, String required, String constraint, String relevance,
                           String calculation, String refresh, String sensitivity, List<String> requestedBy,
                           List<FormFieldDto> children) {
}
