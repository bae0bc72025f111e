package org.oneform.forms.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.TestPersister;
import org.oneform.forms.catalog.CatalogProblem.Code;

class CatalogTest {

    private final FormsRoot root = new FormsRoot();
    private final TestPersister persister = new TestPersister();
    private final Catalog catalog = new Catalog(root, persister);

    private static FieldDefinition.Builder field(String id, FieldType type) {
        return FieldDefinition.builder(id, type).label("标签", "Label");
    }

    @Test
    void addsValidFieldsAndStoresTheList() {
        catalog.addAll(List.of(field("resident.birth_date", FieldType.DATE).build(),
                field("resident.lives_alone", FieldType.YES_NO).relevance("age(${resident.birth_date}) >= 60").build()));
        assertThat(catalog.of(SubjectType.RESIDENT)).extracting(FieldDefinition::id)
                .containsExactly("resident.birth_date", "resident.lives_alone");
        assertThat(persister.stored).containsExactly(root.catalog());
    }

    @Test
    void rejectsADuplicateId() {
        catalog.add(field("resident.name", FieldType.TEXT).build());
        assertThatThrownBy(() -> catalog.add(field("resident.name", FieldType.TEXT).build()))
                .isInstanceOf(CatalogException.class).hasMessageContaining("resident.name already exists");
        assertThat(problems(List.of(field("place.a", FieldType.TEXT).build(), field("place.a", FieldType.TEXT).build())))
                .extracting(CatalogProblem::code).containsExactly(Code.DUPLICATE_ID);
    }

    @Test
    void rejectsUnknownAndCrossSubjectReferences() {
        catalog.add(field("household.member_count", FieldType.INTEGER).build());
        assertThat(problems(List.of(field("resident.x", FieldType.TEXT).relevance("${resident.nope} = 'yes'").build())))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(Code.UNKNOWN_REFERENCE);
                    assertThat(p.message()).contains("resident.x", "relevance", "${resident.nope}");
                });
        assertThat(problems(List.of(field("resident.y", FieldType.TEXT).constraint("${household.member_count} > 1").build())))
                .extracting(CatalogProblem::code).containsExactly(Code.CROSS_SUBJECT_REFERENCE);
    }

    @Test
    void rejectsAMalformedExpressionNamingThePosition() {
        assertThatThrownBy(() -> catalog.add(field("resident.x", FieldType.INTEGER).constraint(". > ").build()))
                .isInstanceOf(CatalogException.class)
                .satisfies(e -> assertThat(((CatalogException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(Code.MALFORMED_EXPRESSION);
                    assertThat(p.message()).contains("resident.x", "constraint", "at 3");
                }));
        assertThat(catalog.all()).isEmpty();
    }

    @Test
    void rejectsChoiceFieldsWithoutChoicesAndBadCodes() {
        assertThat(problems(List.of(field("place.kind", FieldType.SINGLE_CHOICE).build())))
                .extracting(CatalogProblem::code).containsExactly(Code.MISSING_CHOICES);
        assertThat(problems(List.of(field("place.kind", FieldType.MULTIPLE_CHOICE).choice("a b", "甲", "A")
                .choice("c", "丙", "C").choice("c", "丙", "C").build())))
                .extracting(CatalogProblem::code).containsExactly(Code.INVALID_CHOICES, Code.INVALID_CHOICES);
        assertThat(problems(List.of(field("place.text", FieldType.TEXT).choice("a", "甲", "A").build())))
                .extracting(CatalogProblem::code).containsExactly(Code.INVALID_CHOICES);
    }

    @Test
    void checksRepeatGroups() {
        assertThat(problems(List.of(field("household.members", FieldType.REPEAT_GROUP).build())))
                .extracting(CatalogProblem::code).containsExactly(Code.INVALID_GROUP);
        assertThat(problems(List.of(field("household.members", FieldType.REPEAT_GROUP).children("household.member_x").build())))
                .extracting(CatalogProblem::message).containsExactly("repeat group household.members names unknown child field household.member_x");
        catalog.addAll(List.of(field("household.members", FieldType.REPEAT_GROUP).children("household.member_name").build(),
                field("household.member_name", FieldType.TEXT).build()));
        assertThat(catalog.parentOf("household.member_name")).contains("household.members");
    }

    @Test
    void aRejectedBatchSavesNothing() {
        assertThatThrownBy(() -> catalog.addAll(List.of(field("resident.ok", FieldType.TEXT).build(),
                field("resident.bad", FieldType.TEXT).relevance("${resident.missing}").build())))
                .isInstanceOf(CatalogException.class);
        assertThat(catalog.all()).isEmpty();
        assertThat(persister.stored).isEmpty();
    }

    @Test
    void replacesKeepingThePlace() {
        catalog.addAll(List.of(field("place.a", FieldType.TEXT).build(), field("place.b", FieldType.TEXT).build()));
        catalog.replaceAll(List.of(field("place.a", FieldType.TEXT).label("新", "New").build()));
        assertThat(catalog.all()).extracting(FieldDefinition::labelEn).containsExactly("New", "Label");
        assertThatThrownBy(() -> catalog.replaceAll(List.of(field("place.zzz", FieldType.TEXT).build())))
                .hasMessageContaining("not in the catalog");
    }

    @Test
    void definitionsAreImmutable() {
        FieldDefinition f = field("place.kind", FieldType.SINGLE_CHOICE).choice("a", "甲", "A").build();
        assertThatThrownBy(() -> f.choices().add(new Choice("b", "乙", "B"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> field("Resident.X", FieldType.TEXT).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(f.subjectType()).isEqualTo(SubjectType.PLACE);
    }

    private List<CatalogProblem> problems(List<FieldDefinition> batch) {
        return catalog.check(batch);
    }
}
