package org.oneform.app.collect;

import java.util.List;
import java.util.Locale;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.validate.FieldError;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.intake.AttachmentStatus;
import org.oneform.sync.intake.ItemResult;
import org.oneform.sync.intake.Submission;
import org.oneform.sync.registry.SubjectId;

/**
 * Wire ↔ domain for the sync API (MapStruct generates the implementation at build time). The wire records
 * are the contract with devices in the field; the domain may change behind this mapper.
 */
@Mapper
interface SyncWireMapper {

    /** A submission whose envelope {@link WireCheck} found well-formed. */
    Submission toDomain(SubmissionDto dto);

    AttachmentStatusDto toDto(AttachmentStatus status);

    @Mapping(target = "field", source = "fieldId")
    @Mapping(target = "message", expression = "java(error.message(locale))")
    FieldErrorDto toDto(FieldError error, @Context Locale locale);

    List<FieldErrorDto> toDtos(List<FieldError> errors, @Context Locale locale);

    default ItemResultDto toDto(ItemResult result, @Context Locale locale) {
        return switch (result) {
            case ItemResult.Accepted a -> new ItemResultDto(a.id(), ItemResultDto.ACCEPTED, a.seq(), a.receivedAt(),
                    null, null, null);
            case ItemResult.Duplicate d -> new ItemResultDto(d.id(), ItemResultDto.DUPLICATE, d.seq(), d.receivedAt(),
                    null, null, null);
            case ItemResult.Conflict c -> new ItemResultDto(c.id(), ItemResultDto.CONFLICT, c.seq(), c.receivedAt(),
                    ItemResult.Conflict.CODE, null, null);
            case ItemResult.Invalid i -> new ItemResultDto(i.id(), ItemResultDto.INVALID, null, null, i.code(),
                    toDtos(i.errors(), locale), null);
            case ItemResult.MissingAttachments m -> new ItemResultDto(m.id(), ItemResultDto.MISSING_ATTACHMENT, null,
                    null, "missing-attachments", null, m.sha256());
        };
    }

    default SubjectType subjectType(String key) {
        return key == null ? null : SubjectType.ofKey(key);
    }

    default SubjectId subjectId(String value) {
        return value == null || value.isBlank() ? null : new SubjectId(value);
    }

    default AreaId areaId(String value) {
        return value == null ? null : new AreaId(value);
    }

    default int formVersion(Integer version) {
        return version == null ? 0 : version;
    }
}
