package org.oneform.forms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.oneform.forms.FormsRoot;
import org.oneform.forms.TestPersister;
import org.oneform.forms.catalog.DemoCatalog;

class DemoCatalogTest {

    private final List<FieldDefinition> fields = DemoCatalog.fields();
    private final Map<String, FieldDefinition> byId = fields.stream()
            .collect(Collectors.toMap(FieldDefinition::id, Function.identity()));

    @Test
    void isAcceptedByTheCatalogAndLargeEnough() {
        new Catalog(new FormsRoot(), new TestPersister()).addAll(fields);
        assertThat(fields).hasSizeGreaterThanOrEqualTo(120);
        for (SubjectType type : SubjectType.values()) {
            assertThat(fields).filteredOn(f -> f.subjectType() == type).hasSizeGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void keepsTheIdsAndCodesTheDemoRegistryUses() {
        assertThat(byId).containsKeys("resident.name", "resident.gender", "resident.birth_date", "resident.id_number",
                "resident.phone", "resident.household_id", "resident.relation_to_head", "resident.ethnicity",
                "household.address", "household.address_estate", "household.address_building", "household.address_unit",
                "household.address_room", "household.head_name", "household.member_count", "household.housing_type",
                "place.name", "place.type", "place.address", "place.location", "place.contact_name", "place.contact_phone",
                "place.credit_code");
        assertThat(codes("resident.gender")).containsExactly("male", "female");
        assertThat(codes("resident.relation_to_head"))
                .containsExactly("head", "spouse", "child", "parent", "grandchild", "sibling", "other");
        assertThat(codes("household.housing_type")).containsExactly("owned", "rented", "public");
        assertThat(codes("place.type")).containsExactlyInAnyOrder("shop", "restaurant", "school", "kindergarten", "clinic",
                "pharmacy", "factory", "warehouse", "hotel", "internet_cafe", "elderly_care", "construction_site", "office");
        assertThat(codes("resident.ethnicity")).contains("han", "she", "hui", "manchu", "zhuang", "miao", "tujia", "mongol",
                "korean", "yi", "uyghur", "tibetan", "dong");
        assertThat(byId.get("place.location").type()).isEqualTo(FieldType.GPS);
        assertThat(byId.get("resident.id_number").sensitivity()).isEqualTo(Sensitivity.SENSITIVE);
    }

    private List<String> codes(String id) {
        return byId.get(id).choices().stream().map(Choice::code).toList();
    }
}
