package org.oneform.forms.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of validating a filled form.
 *
 * @param errors the problems, in form order; empty when valid
 * @param values the relevant values, normalised (ID numbers and phones canonical, integers as {@code Long},
 *               decimals as {@code BigDecimal}, dates as {@code LocalDate}, multiple choices as lists, yes/no
 *               as {@code yes}/{@code no}, calculations recomputed); irrelevant and invalid values left out
 */
public record ValidationResult(List<FieldError> errors, Map<String, Object> values) {

    public ValidationResult {
        errors = List.copyOf(errors);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The errors of one field (at any path). */
    public List<FieldError> errorsOf(String fieldId) {
        return errors.stream().filter(e -> e.fieldId().equals(fieldId)).toList();
    }
}
