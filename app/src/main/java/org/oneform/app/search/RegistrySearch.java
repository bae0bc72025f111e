package org.oneform.app.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.oneform.forms.values.GeoPoint;
import org.oneform.sync.search.GeoCircle;
import org.oneform.sync.search.RegistryIndex;
import org.oneform.sync.search.SearchFilters;
import org.oneform.sync.search.SearchHit;
import org.oneform.sync.search.SearchQuery;
import org.oneform.sync.search.SearchResult;
import org.springframework.stereotype.Service;

/**
 * Search within the caller's area scope: a supervisor searches their street, an admin the whole
 * district; other roles get nothing here. The scope comes from the signed-in account, never from the
 * request: an area asked for is narrowed to the part of it the account may see (see docs/decisions/0027).
 * Results come back masked.
 */
@Service
public class RegistrySearch {

    public static final int MAX_RESULTS = 50;
    /** "Places within 500 m of this place". */
    public static final int NEAR_METERS = 500;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RegistryIndex index;
    private final Registry registry;
    private final Areas areas;
    private final Clock clock;

    RegistrySearch(RegistryIndex index, Registry registry, Areas areas, Clock clock) {
        this.index = index;
        this.registry = registry;
        this.areas = areas;
        this.clock = clock;
    }

    /** Up to {@link #MAX_RESULTS} records matching the text inside the account's scope. */
    public List<SearchRow> search(Account account, String text, SubjectType type) {
        return search(account, new SearchRequest(text, type, null, null, null, null)).rows();
    }

    /** Runs a request inside the account's scope; a request with problems finds nothing and says why. */
    public SearchOutcome search(Account account, SearchRequest request) {
        List<SearchRequest.Problem> problems = request.problems();
        if (!problems.isEmpty()) {
            return SearchOutcome.refused(problems);
        }
        SearchFilters filters = SearchFilters.NONE.withAge(request.minAge(), request.maxAge()).withToday(today())
                .withPlaceType(request.placeType());
        return run(account, scopes(account, request.area()), request.text(), request.effectiveType(), filters, null);
    }

    /**
     * The places within {@value #NEAR_METERS} m of a place, nearest first, with their distances, inside the
     * account's scope (the place itself left out). A place outside the scope, or without a recorded location,
     * is a problem, not an exception.
     */
    public SearchOutcome nearby(Account account, String placeId) {
        Optional<GoldenRecord> place = find(placeId).filter(r -> r.type() == SubjectType.PLACE && mayOpen(account, r));
        if (place.isEmpty()) {
            return SearchOutcome.refused(List.of(new SearchRequest.Problem(SearchRequest.Problem.TEXT, "search.summary.gone")));
        }
        Optional<GeoPoint> center = index.location(place.get().id())
                .or(() -> place.get().value("place.location").flatMap(v -> GeoPoint.parse(v).toOptional()));
        if (center.isEmpty()) {
            return SearchOutcome.refused(List.of(new SearchRequest.Problem(SearchRequest.Problem.TEXT, "search.near.no-location")));
        }
        SearchFilters near = SearchFilters.NONE.withNear(new GeoCircle(center.get(), NEAR_METERS));
        return run(account, ownScope(account), "", SubjectType.PLACE, near, place.get().id());
    }

    private SearchOutcome run(Account account, List<AreaId> scopes, String text, SubjectType type, SearchFilters filters,
                              SubjectId leaveOut) {
        long total = 0;
        List<SearchHit> hits = new ArrayList<>();
        for (AreaId scope : scopes) {
            SearchResult result = index.search(new SearchQuery(text, type, scope, MAX_RESULTS + 1, filters));
            total += result.totalHits();
            hits.addAll(result.hits());
        }
        if (leaveOut != null) {
            total -= hits.removeIf(hit -> hit.id().equals(leaveOut)) ? 1 : 0;
        }
        if (filters.near() != null) {
            hits.sort(Comparator.comparing(SearchHit::distanceMeters, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        List<SearchRow> rows = hits.stream()
                .flatMap(hit -> registry.find(hit.id()).filter(r -> mayOpen(account, r)).map(r -> row(r, hit.distanceMeters())).stream())
                .limit(MAX_RESULTS)
                .toList();
        return new SearchOutcome(rows, Math.max(total, rows.size()), List.of());
    }

    private Optional<GoldenRecord> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return registry.find(new SubjectId(id.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * The areas to search for an account and the area it asked for: the part of the asked area inside
     * the account's own scope. A supervisor asking for another street gets no area at all (so finds nothing);
     * asking for the district gets their own street.
     */
    List<AreaId> scopes(Account account, AreaId asked) {
        List<AreaId> own = ownScope(account);
        if (asked == null) {
            return own;
        }
        if (areas.find(asked).isEmpty()) {
            return List.of();
        }
        List<AreaId> scopes = new ArrayList<>();
        for (AreaId mine : own) {
            if (asked.isWithin(mine)) {
                return List.of(asked);
            }
            if (mine.isWithin(asked)) {
                scopes.add(mine);
            }
        }
        return List.copyOf(scopes);
    }

    private List<AreaId> ownScope(Account account) {
        return switch (account.role()) {
            case ADMIN -> areas.ofLevel(AreaLevel.DISTRICT).stream().map(Area::id).toList();
            case SUPERVISOR -> account.areas();
            case DEPARTMENT, GRID_WORKER -> List.of();
        };
    }

    /** Whether the record lies inside the account's scope (the check behind every screen that opens one). */
    boolean mayOpen(Account account, GoldenRecord record) {
        return ownScope(account).stream().anyMatch(record.grid()::isWithin);
    }

    /**
     * The areas the account may narrow a search to, in tree order (each followed by the areas inside it):
     * an admin every district, street, community and grid; a supervisor their street and what lies in it.
     */
    public List<Area> areaChoices(Account account) {
        return ownScope(account).stream()
                .flatMap(scope -> areas.find(scope).stream())
                .flatMap(scope -> {
                    List<Area> ordered = new ArrayList<>();
                    collect(scope, ordered);
                    return ordered.stream();
                })
                .toList();
    }

    private void collect(Area area, List<Area> into) {
        into.add(area);
        areas.children(area.id()).forEach(child -> collect(child, into));
    }

    /** An area's names from the top of the account's view down, e.g. 清河街道 › 清河一社区 › 第2网格. */
    public String areaName(AreaId id) {
        return areas.path(id).stream().skip(1).map(Area::name).collect(Collectors.joining(" › "));
    }

    SearchRow row(GoldenRecord r, Double distanceMeters) {
        String area = areaName(r.grid());
        return switch (r.type()) {
            case RESIDENT -> {
                Optional<GoldenRecord> household = r.value("resident.household_id").map(SubjectId::new).flatMap(registry::find);
                yield new SearchRow(r.id().value(), r.type(), r.text("resident.name"), r.text("resident.birth_date"),
                        Masking.idNumber(r.text("resident.id_number")), Masking.phone(r.text("resident.phone")),
                        household.map(h -> h.text("household.address")).orElse(""), area,
                        age(r.text("resident.birth_date"), today()).orElse(null), distanceMeters);
            }
            case HOUSEHOLD -> new SearchRow(r.id().value(), r.type(), r.text("household.head_name"), r.text("household.member_count"),
                    "", "", r.text("household.address"), area, null, distanceMeters);
            case PLACE -> new SearchRow(r.id().value(), r.type(), r.text("place.name"), r.text("place.type"),
                    "", Masking.phone(r.text("place.contact_phone")), r.text("place.address"), area, null, distanceMeters);
        };
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** Whole years from a birth date (ISO) to a day; empty for a missing, unreadable or future date. */
    static Optional<Integer> age(String birthDate, LocalDate today) {
        if (birthDate == null || birthDate.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate born = LocalDate.parse(birthDate.strip());
            return born.isAfter(today) ? Optional.empty() : Optional.of(Period.between(born, today).getYears());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the role may search at all (used by screens to show the box). */
    public static boolean allowed(Role role) {
        return Objects.equals(role, Role.ADMIN) || Objects.equals(role, Role.SUPERVISOR);
    }
}
