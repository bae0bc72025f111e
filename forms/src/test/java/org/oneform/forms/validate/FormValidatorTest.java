package org.oneform.forms.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.catalog.DemoCatalog;
import org.oneform.forms.compile.CompiledForm;
import org.oneform.forms.compile.FormCompiler;
import org.oneform.forms.compile.FormVersion;
import org.oneform.forms.department.DepartmentCode;
import org.oneform.forms.request.FieldRequest;
import org.oneform.forms.request.RequestContent;
import org.oneform.forms.request.RequestId;
import org.oneform.forms.request.RequestState;
import org.oneform.forms.request.DemoRequests;
import org.oneform.forms.validate.internal.Messages;

class FormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<FieldDefinition> CATALOG = DemoCatalog.fields();

    private static FormVersion demo(SubjectType type) {
        List<FieldRequest> approved = new java.util.ArrayList<>();
        int n = 1;
        for (RequestContent content : DemoRequests.contents()) {
            approved.add(new FieldRequest(RequestId.number(n++), content, RequestState.APPROVED, "", List.of()));
        }
        CompiledForm form = FormCompiler.compile(type, CATALOG, approved);
        return new FormVersion(type, 1, Instant.EPOCH, form.fields(), form.basedOn());
    }

    private static final FormVersion RESIDENT = demo(SubjectType.RESIDENT);
    private static final FormVersion HOUSEHOLD = demo(SubjectType.HOUSEHOLD);

    private static Map<String, Object> resident() {
        Map<String, Object> v = new HashMap<>();
        v.put("resident.name", "张伟");
        v.put("resident.gender", "male");
        v.put("resident.birth_date", "1990-03-07");
        v.put("resident.id_number", "11010519491231002x");
        v.put("resident.phone", "+86 138-0013-8000");
        v.put("resident.relation_to_head", "head");
        v.put("resident.marital_status", "married");
        return v;
    }

    @Test
    void aGoodFormIsValidAndNormalised() {
        ValidationResult result = FormValidator.validate(RESIDENT, resident(), TODAY);
        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsEntry("resident.id_number", "11010519491231002X")
                .containsEntry("resident.phone", "13800138000")
                .containsEntry("resident.birth_date", LocalDate.of(1990, 3, 7));
    }

    @Test
    void reportsTypeChoiceIdPhoneAndDateErrorsWithCodesAndBothLanguages() {
        Map<String, Object> v = resident();
        v.put("resident.gender", "unknown");
        v.put("resident.id_number", "110105194912310021");
        v.put("resident.phone", "12345");
        v.put("resident.move_in_date", "2020-02-30");
        v.put("resident.chronic_diseases", List.of("diabetes", "flu"));
        v.put("resident.shoe_size", 42);
        ValidationResult result = FormValidator.validate(RESIDENT, v, TODAY);
        assertThat(result.errors()).extracting(FieldError::fieldId, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("resident.shoe_size", "unknown-field"),
                org.assertj.core.groups.Tuple.tuple("resident.gender", "choice"),
                org.assertj.core.groups.Tuple.tuple("resident.id_number", "id.checksum"),
                org.assertj.core.groups.Tuple.tuple("resident.phone", "phone.invalid"),
                org.assertj.core.groups.Tuple.tuple("resident.move_in_date", "date"),
                org.assertj.core.groups.Tuple.tuple("resident.chronic_diseases", "choice"));
        FieldError gender = result.errorsOf("resident.gender").getFirst();
        assertThat(gender.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("性别：“unknown”不是可选项。");
        assertThat(gender.message(Locale.ENGLISH)).isEqualTo("Gender: \"unknown\" is not one of the options.");
        assertThat(result.errorsOf("resident.id_number").getFirst().messageZh()).contains("校验码不符");
    }

    @Test
    void requiredOnlyWhenRelevantAndIrrelevantValuesAreIgnored() {
        Map<String, Object> v = resident();
        v.remove("resident.name");
        v.put("resident.disability", "yes");
        v.put("resident.lives_alone", "maybe");           // irrelevant at 36: ignored with its error
        v.put("resident.pregnant", "yes");                // irrelevant for a man
        ValidationResult result = FormValidator.validate(RESIDENT, v, TODAY);
        assertThat(result.errors()).extracting(FieldError::fieldId, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("resident.name", "required"),
                org.assertj.core.groups.Tuple.tuple("resident.disability_type", "required"));
        assertThat(result.values()).doesNotContainKeys("resident.lives_alone", "resident.pregnant");
        v.put("resident.birth_date", "1950-01-01");
        v.put("resident.name", "张伟");
        v.put("resident.disability", "no");
        assertThat(FormValidator.validate(RESIDENT, v, TODAY).errors()).extracting(FieldError::code).containsExactly("yes-no");
    }

    @Test
    void checksConstraintsAndRecomputesCalculations() {
        Map<String, Object> v = resident();
        v.put("resident.vehicle_plate", "浙A12345");
        assertThat(FormValidator.validate(RESIDENT, v, TODAY).errors()).isEmpty();
        v.put("resident.vehicle_plate", "ABC");
        v.put("resident.birth_date", "2030-01-01");
        ValidationResult result = FormValidator.validate(RESIDENT, v, TODAY);
        assertThat(result.errors()).extracting(FieldError::fieldId, FieldError::code).contains(
                org.assertj.core.groups.Tuple.tuple("resident.vehicle_plate", "constraint"),
                org.assertj.core.groups.Tuple.tuple("resident.birth_date", "constraint"));
    }

    @Test
    void validatesRepeatGroupRowsAndNumbers() {
        Map<String, Object> v = new HashMap<>();
        v.put("household.address", "杭州市临平区南苑街道1幢1单元101室");
        v.put("household.head_name", "李娜");
        v.put("household.member_count", "2");
        v.put("household.housing_type", "rented");
        v.put("household.floor_area", 81.5);
        v.put("household.area_per_person", 1);            // calculated: recomputed, the sent value is ignored
        v.put("household.members", List.of(
                Map.of("household.member_name", "李娜", "household.member_relation", "head",
                        "household.member_id_number", "１１０１０５１９４９１２３１００２ｘ"),
                Map.of("household.member_relation", "cousin")));
        ValidationResult result = FormValidator.validate(HOUSEHOLD, v, TODAY);
        assertThat(result.errors()).extracting(FieldError::path, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("household.members[1].household.member_name", "required"),
                org.assertj.core.groups.Tuple.tuple("household.members[1].household.member_relation", "choice"));
        assertThat(result.values()).containsEntry("household.member_count", 2L)
                .containsEntry("household.floor_area", new BigDecimal("81.5"))
                .containsEntry("household.area_per_person", new BigDecimal("40.8"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) result.values().get("household.members");
        assertThat(rows.getFirst()).containsEntry("household.member_id_number", "11010519491231002X");
        v.put("household.member_count", "two");
        assertThat(FormValidator.validate(HOUSEHOLD, v, TODAY).errorsOf("household.member_count"))
                .extracting(FieldError::code).containsExactly("type.integer");
    }

    @Test
    void aGpsPointIsTakenAsTheCollectorsObjectAsTextOrAsNumbers() {
        FormVersion place = demo(SubjectType.PLACE);
        for (Object point : List.of(Map.of("lat", 30.25, "lon", 120.15, "accuracy", 12.5), "30.25 120.15 0 12.5",
                List.of(30.25, 120.15))) {
            ValidationResult result = FormValidator.validate(place, Map.of("place.location", point), TODAY);
            assertThat(result.errors()).extracting(FieldError::fieldId).as("%s", point).doesNotContain("place.location");
            assertThat(result.values()).as("%s", point).containsEntry("place.location", "30.25 120.15");
        }
        for (Object bad : List.of(Map.of("lat", 95, "lon", 120), Map.of("lat", "north", "lon", 120), Map.of("lon", 120),
                "somewhere")) {
            ValidationResult result = FormValidator.validate(place, Map.of("place.location", bad), TODAY);
            assertThat(result.errors()).as("%s", bad).anySatisfy(e -> {
                assertThat(e.fieldId()).isEqualTo("place.location");
                assertThat(e.code()).isEqualTo("gps");
            });
        }
    }

    @Test
    void everyCodeHasTextsInBothLanguages() {
        for (String code : List.of("required", "type.text", "type.integer", "type.decimal", "date", "choice",
                "choice.duplicate", "yes-no", "gps", "repeat", "constraint", "constraint.error", "calculation.error",
                "unknown-field", "id.length", "id.characters", "id.checksum", "id.birth-date", "id.region", "phone.empty",
                "phone.characters", "phone.foreign", "phone.invalid")) {
            assertThat(Messages.has(code)).as(code).isTrue();
        }
        assertThat(Period.ofDays(1)).isNotNull();
        assertThat(new DepartmentCode("health").value()).isEqualTo("health");
    }
}
