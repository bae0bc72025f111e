package org.oneform.app.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Role;
import org.oneform.app.privacy.Masking;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.oneform.sync.search.RegistryIndex;
import org.oneform.sync.search.SearchQuery;
import org.springframework.stereotype.Service;

/**
 * Search within the caller's area scope: a supervisor searches their street, an admin the whole
 * district; other roles get nothing here. Results come back masked.
 */
@Service
public class RegistrySearch {

    public static final int MAX_RESULTS = 50;

    private final RegistryIndex index;
    private final Registry registry;
    private final Areas areas;

    RegistrySearch(RegistryIndex index, Registry registry, Areas areas) {
        this.index = index;
        this.registry = registry;
        this.areas = areas;
    }

    /** Up to {@link #MAX_RESULTS} records matching the text inside the account's scope. */
    public List<SearchRow> search(Account account, String text, SubjectType type) {
        return scopes(account).stream()
                .flatMap(scope -> index.search(new SearchQuery(text, type, scope, MAX_RESULTS)).hits().stream())
                .map(hit -> registry.find(hit.id()))
                .flatMap(Optional::stream)
                .limit(MAX_RESULTS)
                .map(this::row)
                .toList();
    }

    private List<AreaId> scopes(Account account) {
        return switch (account.role()) {
            case ADMIN -> areas.ofLevel(AreaLevel.DISTRICT).stream().map(Area::id).toList();
            case SUPERVISOR -> account.areas();
            case DEPARTMENT, GRID_WORKER -> List.of();
        };
    }

    private SearchRow row(GoldenRecord r) {
        String area = areas.path(r.grid()).stream().skip(1).map(Area::name).collect(Collectors.joining(" › "));
        return switch (r.type()) {
            case RESIDENT -> {
                Optional<GoldenRecord> household = r.value("resident.household_id").map(SubjectId::new).flatMap(registry::find);
                yield new SearchRow(r.id().value(), r.type(), r.text("resident.name"), r.text("resident.birth_date"),
                        Masking.idNumber(r.text("resident.id_number")), Masking.phone(r.text("resident.phone")),
                        household.map(h -> h.text("household.address")).orElse(""), area);
            }
            case HOUSEHOLD -> new SearchRow(r.id().value(), r.type(), r.text("household.head_name"), r.text("household.member_count"),
                    "", "", r.text("household.address"), area);
            case PLACE -> new SearchRow(r.id().value(), r.type(), r.text("place.name"), r.text("place.type"),
                    "", Masking.phone(r.text("place.contact_phone")), r.text("place.address"), area);
        };
    }

    /** Whether the role may search at all (used by screens to show the box). */
    public static boolean allowed(Role role) {
        return Objects.equals(role, Role.ADMIN) || Objects.equals(role, Role.SUPERVISOR);
    }
}
