package org.oneform.app.forms;

import java.time.Period;
import java.util.List;
import java.util.Locale;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.oneform.forms.catalog.Choice;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.catalog.Sensitivity;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.compile.FieldRole;
import org.oneform.forms.compile.FormField;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.department.DepartmentCode;

/**
 * Domain → wire for form versions (MapStruct generates the implementation at build time). The domain's flat
 * field list becomes a tree: top-level fields, each repeat group holding its children.
 */
@Mapper
interface FormWireMapper {

    default FormVersionDto toDto(FormVersion version) {
        return new FormVersionDto(key(version.subjectType()), version.number(), version.publishedAt(),
                version.topLevel().stream().map(field -> toDto(field, version)).toList());
    }

    @Mapping(target = "id", source = "definition.id")
    @Mapping(target = "type", source = "definition.type")
    @Mapping(target = "section", source = "definition.section")
    @Mapping(target = "label", source = "definition", qualifiedByName = "label")
    @Mapping(target = "hint", source = "definition", qualifiedByName = "hint")
    @Mapping(target = "choices", source = "definition.choices")
    @Mapping(target = "required", source = "definition.required", qualifiedByName = "noneIfEmpty")
    @Mapping(target = "constraint", source = "definition.constraint", qualifiedByName = "noneIfEmpty")
    @Mapping(target = "relevance", source = "relevance", qualifiedByName = "noneIfEmpty")
    @Mapping(target = "calculation", source = "definition.calculation", qualifiedByName = "noneIfEmpty")
    @Mapping(target = "sensitivity", source = "definition.sensitivity")
    @Mapping(target = "children", source = "definition.children")
    FormFieldDto toDto(FormField field, @Context FormVersion version);

    @Mapping(target = "label.zhCN", source = "labelZh")
    @Mapping(target = "label.en", source = "labelEn")
    ChoiceDto toDto(Choice choice);

    /** A repeat group's children, looked up by id in the same version. */
    default List<FormFieldDto> children(List<String> ids, @Context FormVersion version) {
        return ids.stream()
                .map(id -> version.field(id).orElseThrow(() -> new IllegalStateException(version.subjectType().key()
                        + " form v" + version.number() + " lacks child field " + id)))
                .map(child -> toDto(child, version))
                .toList();
    }

    @Named("label")
    default LocalizedText label(FieldDefinition definition) {
        return new LocalizedText(definition.labelZh(), definition.labelEn());
    }

    @Named("hint")
    default LocalizedText hint(FieldDefinition definition) {
        return definition.hintZh().isEmpty() && definition.hintEn().isEmpty() ? null
                : new LocalizedText(definition.hintZh(), definition.hintEn());
    }

    /** The domain writes "no expression" as the empty string; the wire as {@code null}. */
    @Named("noneIfEmpty")
    default String noneIfEmpty(String expression) {
        return expression == null || expression.isEmpty() ? null : expression;
    }

    default String key(SubjectType type) {
        return type.key();
    }

    default String key(FieldType type) {
        return type.key();
    }

    default String key(FieldRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    default String key(Sensitivity sensitivity) {
        return sensitivity.name().toLowerCase(Locale.ROOT);
    }

    default String code(DepartmentCode department) {
        return department.value();
    }

    /** ISO-8601, e.g. {@code P90D}. */
    default String iso(Period period) {
        return period.toString();
    }
}
