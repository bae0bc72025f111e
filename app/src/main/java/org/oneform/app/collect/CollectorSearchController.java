package org.oneform.app.collect;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.oneform.app.privacy.Masking;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.search.RegistryIndex;
import org.oneform.sync.search.SearchHit;
import org.oneform.sync.search.SearchQuery;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/sync/v1/search}: the collector's online roster search, with the back-office search's query
 * understanding (name, pinyin, initials, last 4 ID digits, phone, address). Each of the worker's grids is the
 * scope of a Lucene query (the filter is in the query, so another grid's subject is never even a hit); hits are
 * merged by score. ID numbers and phones come back masked.
 */
@RestController
@RequestMapping("/api/sync/v1/search")
@Tag(name = "Roster search", description = "Search the worker's grids online")
class CollectorSearchController {

    static final int MAX_LIMIT = 50;
    static final int DEFAULT_LIMIT = 20;
    /** Longer queries are refused: nobody types this much into a search box, and analysing it costs. */
    static final int MAX_QUERY = 200;

    private final RegistryIndex index;
    private final Registry registry;
    private final SubjectTitles titles;

    CollectorSearchController(RegistryIndex index, Registry registry) {
        this.index = index;
        this.registry = registry;
        this.titles = new SubjectTitles(registry);
    }

    /** One found subject, identifiers masked. */
    record Hit(String subjectId, String subjectType, String grid, String title, String subtitle, String idMasked,
               String phoneMasked) {
    }

    record Hits(List<Hit> hits) {
    }

    @GetMapping
    @Operation(summary = "Search the worker's grids", description = "Empty or junk text finds nothing ({hits: []}); "
            + "400 invalid-parameter for a limit outside 1..50 or text longer than 200 characters.")
    Hits search(@Parameter(description = "What was typed") @RequestParam(required = false) String q,
                @Parameter(description = "1 to 50 (default 20)") @RequestParam(required = false) Integer limit,
                Authentication auth) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw SyncProblem.INVALID_PARAMETER.parameterFailure("limit must be 1 to " + MAX_LIMIT, "limit",
                    String.valueOf(limit), Map.of("max", MAX_LIMIT));
        }
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_QUERY) {
            throw SyncProblem.INVALID_PARAMETER.parameterFailure("search text is at most " + MAX_QUERY + " characters", "q",
                    text.substring(0, 40) + "…", Map.of("max", MAX_QUERY));
        }
        if (text.isEmpty()) {
            return new Hits(List.of());
        }
        Set<AreaId> grids = SubmissionsController.principal(auth).grids();
        List<Hit> hits = grids.stream()
                .flatMap(grid -> index.search(new SearchQuery(text, null, grid, size)).hits().stream())
                .sorted(Comparator.comparing(SearchHit::score).reversed().thenComparing(h -> h.id().value()))
                .map(hit -> registry.find(hit.id()))
                .flatMap(java.util.Optional::stream)
                .filter(r -> grids.contains(r.grid())) // the index may lag a move by a moment
                .limit(size)
                .map(this::hit)
                .toList();
        return new Hits(hits);
    }

    private Hit hit(GoldenRecord r) {
        SubjectTitles.Titles t = titles.of(r);
        String phone = switch (r.type()) {
            case RESIDENT -> r.text("resident.phone");
            case HOUSEHOLD -> "";
            case PLACE -> r.text("place.contact_phone");
        };
        return new Hit(r.id().value(), r.type().key(), r.grid().value(), t.title(), t.subtitle(),
                Masking.idNumber(r.type() == org.oneform.forms.catalog.SubjectType.RESIDENT ? r.text("resident.id_number") : ""),
                Masking.phone(phone));
    }
}
