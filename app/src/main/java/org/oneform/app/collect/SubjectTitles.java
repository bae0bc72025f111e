package org.oneform.app.collect;

import java.util.Optional;

import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;

/** How the collector names a subject in lists: the same for the download and the online search. */
final class SubjectTitles {

    /**
     * @param title     a resident's or place's name, a household's address
     * @param subtitle  a resident's household address (else registered address), a household's head, a place's address
     * @param household a resident's household id, else null
     * @param name      the name the roster search matches (a household's head)
     * @param idLast4   the last 4 characters of a resident's ID number, else null
     * @param address   the address the roster search matches
     */
    record Titles(String title, String subtitle, String household, String name, String idLast4, String address) {
    }

    private final Registry registry;

    SubjectTitles(Registry registry) {
        this.registry = registry;
    }

    Titles of(GoldenRecord r) {
        return switch (r.type()) {
            case RESIDENT -> {
                Optional<String> householdId = r.value("resident.household_id");
                String address = householdId.map(SubjectId::new).flatMap(registry::find)
                        .map(h -> h.text("household.address")).filter(a -> !a.isBlank())
                        .orElse(r.text("resident.hukou_address"));
                String id = r.text("resident.id_number");
                yield new Titles(r.text("resident.name"), address, householdId.orElse(null), r.text("resident.name"),
                        id.length() >= 4 ? id.substring(id.length() - 4) : null, address);
            }
            case HOUSEHOLD -> new Titles(r.text("household.address"), r.text("household.head_name"), null,
                    r.text("household.head_name"), null, r.text("household.address"));
            case PLACE -> new Titles(r.text("place.name"), r.text("place.address"), null, r.text("place.name"), null,
                    r.text("place.address"));
        };
    }
}
