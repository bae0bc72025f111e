package org.oneform.app.collect;

import java.util.ArrayList;
import java.util.List;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.validate.FieldError;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.SubjectId;

/**
 * The envelope of a wire submission before it is mapped: every property the domain needs is there and
 * well-formed. What it finds is answered per item ({@code invalid}, code {@value #CODE}), naming each property.
 */
final class WireCheck {

    static final String CODE = "malformed-submission";

    private WireCheck() {
    }

    static List<FieldError> problems(SubmissionDto dto) {
        List<FieldError> errors = new ArrayList<>();
        if (dto.subjectType() == null) {
            errors.add(error("subjectType", "缺少对象类型", "subjectType is required (resident, household or place)"));
        } else if (!isSubjectType(dto.subjectType())) {
            errors.add(error("subjectType", "对象类型无效", "subjectType must be resident, household or place"));
        }
        if (dto.formVersion() == null || dto.formVersion() < 1) {
            errors.add(error("formVersion", "缺少表单版本", "formVersion is required and positive"));
        }
        if (dto.grid() == null) {
            errors.add(error("grid", "缺少网格", "grid is required"));
        } else if (!isArea(dto.grid())) {
            errors.add(error("grid", "网格编号无效", "grid is not an area id"));
        }
        if (dto.subjectId() != null && !dto.subjectId().isBlank() && !isSubjectId(dto.subjectId())) {
            errors.add(error("subjectId", "对象编号无效", "subjectId is not a subject id"));
        }
        if (dto.values() == null) {
            errors.add(error("values", "缺少填报内容", "values is required (an object of field id → value)"));
        }
        if (dto.baseSeqs() != null && dto.baseSeqs().values().stream().anyMatch(s -> s == null || s < 0)) {
            errors.add(error("baseSeqs", "基准序号无效", "every baseSeqs value is a sequence number ≥ 0"));
        }
        return errors;
    }

    private static FieldError error(String property, String zh, String en) {
        return new FieldError(property, property, CODE, zh, en);
    }

    private static boolean isSubjectType(String key) {
        try {
            SubjectType.ofKey(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isArea(String id) {
        try {
            new AreaId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isSubjectId(String id) {
        try {
            new SubjectId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
