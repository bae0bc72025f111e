package org.oneform.sync.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.SubjectId;

/** Golden records for search tests: only the fields the index reads, plus a few it must ignore. */
final class Records {

    static final AreaId DISTRICT = new AreaId("330110");
    static final AreaId STREET_1 = new AreaId("330110.001");
    static final AreaId STREET_2 = new AreaId("330110.002");
    static final AreaId GRID_1 = new AreaId("330110.001.001.01");
    static final AreaId GRID_2 = new AreaId("330110.001.002.01");
    static final AreaId GRID_3 = new AreaId("330110.002.001.01");
    static final byte[] KEY = "a test key, not a secret at all".getBytes();

    private static final Provenance BASELINE = new Provenance("baseline:test", "system", Instant.EPOCH, 0, 0);

    private Records() {
    }

    static GoldenRecord resident(String id, AreaId grid, String name, String idNumber, String phone) {
        return record(id, SubjectType.RESIDENT, grid, "resident.name", name, "resident.gender", "male",
                "resident.birth_date", "1985-01-01", "resident.id_number", idNumber, "resident.phone", phone,
                "resident.household_id", "H0", "resident.relation_to_head", "self");
    }

    static GoldenRecord household(String id, AreaId grid, String head, String address, String estate, String building,
            String unit, String room) {
        return record(id, SubjectType.HOUSEHOLD, grid, "household.head_name", head, "household.address", address,
                "household.address_estate", estate, "household.address_building", building,
                "household.address_unit", unit, "household.address_room", room);
    }

    static GoldenRecord place(String id, AreaId grid, String name, String address, String phone) {
        return record(id, SubjectType.PLACE, grid, "place.name", name, "place.type", "shop", "place.address", address,
                "place.location", "30.27 120.03", "place.contact_phone", phone);
    }

    static GoldenRecord placeAt(String id, AreaId grid, String name, String type, String location) {
        return record(id, SubjectType.PLACE, grid, "place.name", name, "place.type", type, "place.location", location);
    }

    static GoldenRecord resident(String id, AreaId grid, String name, String birthDate) {
        return record(id, SubjectType.RESIDENT, grid, "resident.name", name, "resident.birth_date", birthDate);
    }

    static GoldenRecord record(String id, SubjectType type, AreaId grid, String... fieldsAndValues) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] != null) {
                fields.put(fieldsAndValues[i], new FieldValue(fieldsAndValues[i + 1], BASELINE));
            }
        }
        return new GoldenRecord(new SubjectId(id), type, grid, fields);
    }
}
