package org.oneform.app.supervisor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.accounts.Role;
import org.oneform.app.audit.AuditLog;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.cycle.Completion;
import org.oneform.sync.cycle.Completions;
import org.oneform.sync.cycle.Cycle;
import org.oneform.sync.cycle.CycleDraft;
import org.oneform.sync.cycle.CycleId;
import org.oneform.sync.cycle.Cycles;
import org.oneform.sync.cycle.ExpectedSubject;
import org.oneform.sync.cycle.SubjectStatus;
import org.oneform.sync.cycle.Tally;
import org.oneform.sync.cycle.Visit;
import org.oneform.sync.cycle.VisitLog;
import org.oneform.sync.cycle.WorkerActivity;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Registry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The supervisor dashboard's server side. Every method takes the signed-in account and enforces area
 * scope here, whatever the screen sends: a supervisor reads and defines only within their street, an
 * admin anywhere, nobody else anything. See {@code docs/decisions/0010-collection-cycles-computed-expectation.md}.
 */
@Service
public class Dashboard {

    /** Days of worker activity shown (today included). */
    public static final int ACTIVITY_DAYS = 7;

    private final Cycles cycles;
    private final Completions completions;
    private final VisitLog visits;
    private final Areas areas;
    private final Registry registry;
    private final Accounts accounts;
    private final DeviceOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    Dashboard(Cycles cycles, Completions completions, VisitLog visits, Areas areas, Registry registry, Accounts accounts,
              DeviceOutbox outbox, AuditLog audit, Clock clock) {
        this.cycles = cycles;
        this.completions = completions;
        this.visits = visits;
        this.areas = areas;
        this.registry = registry;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cycles the account may see: all for an admin, those touching their street for a supervisor. */
    public List<Cycle> cycles(Account who) {
        return switch (who.role()) {
            case ADMIN -> cycles.all();
            case SUPERVISOR -> cycles.all().stream().filter(c -> who.areas().stream().anyMatch(c::touches)).toList();
            default -> throw denied(who, "cycles");
        };
    }

    /** Defines a cycle: a supervisor inside their street only. Audited. */
    public Cycle define(Account who, CycleDraft draft) {
        Optional<AreaId> scope = switch (who.role()) {
            case ADMIN -> Optional.empty();
            case SUPERVISOR -> Optional.of(street(who));
            default -> throw denied(who, "define a cycle");
        };
        Cycle cycle = cycles.define(draft, who.username(), scope);
        audit.record(who.username(), "cycle-defined", cycle.id().value(), cycle.name() + " " + cycle.types() + " "
                + cycle.areas() + " " + cycle.start() + ".." + cycle.due(), null);
        return cycle;
    }

    /** The areas the account may put in a cycle: its street and everything in it, or every street for an admin. */
    public List<Area> definableAreas(Account who) {
        List<Area> all = new ArrayList<>();
        for (AreaId scope : scopes(who)) {
            all.addAll(areas.within(scope, AreaLevel.STREET));
            all.addAll(areas.within(scope, AreaLevel.COMMUNITY));
            all.addAll(areas.within(scope, AreaLevel.GRID));
        }
        all.sort(Comparator.comparing(a -> a.id().value()));
        return all;
    }

    /** The streets of a cycle the account may look at. */
    public List<Area> streets(Account who, CycleId id) {
        Cycle cycle = cycle(who, id);
        List<Area> streets = new ArrayList<>();
        for (AreaId scope : scopes(who)) {
            areas.within(scope, AreaLevel.STREET).stream().filter(s -> cycle.touches(s.id())).forEach(streets::add);
        }
        return streets;
    }

    /** The whole dashboard of a cycle in one street. */
    public DashboardReport report(Account who, CycleId id, AreaId street) {
        Cycle cycle = cycle(who, id);
        Area area = requireStreet(who, street);
        // the completion is cached by everything it is computed from (the registry's applied sequence, the visit log's,
        // today, the open reviews): a second open or a second supervisor reuses it and it is always current; the
        // activity table reads the last days of the log only when it is shown
        // (docs/decisions/0041-dashboard-report-cached-by-applied-sequence.md)
        Completion completion = completions.of(cycle, street);
        Map<AreaId, Area> grids = new HashMap<>();
        areas.within(street, AreaLevel.GRID).forEach(g -> grids.put(g.id(), g));
        Map<AreaId, Area> communities = new HashMap<>();
        areas.within(street, AreaLevel.COMMUNITY).forEach(c -> communities.put(c.id(), c));
        Map<AreaId, List<Account>> workersOf = workersByGrid(street);
        Map<String, String> names = new HashMap<>();
        workersOf.values().forEach(list -> list.forEach(a -> names.put(a.username(), a.displayName())));

        List<CompletionRow> byCommunity = new ArrayList<>();
        Map<String, Tally> communityTallies = completion.tallyBy(s -> grids.get(s.grid()) == null ? s.grid().value()
                : grids.get(s.grid()).parent().value());
        communityTallies.forEach((key, tally) -> byCommunity.add(new CompletionRow(key,
                Optional.ofNullable(communities.get(new AreaId(key))).map(Area::name).orElse(key), area.name(), tally)));
        List<CompletionRow> byGrid = new ArrayList<>();
        completion.tallyBy(s -> s.grid().value()).forEach((key, tally) -> {
            Area grid = grids.get(new AreaId(key));
            byGrid.add(new CompletionRow(key, grid == null ? key : grid.name(),
                    grid == null ? "" : communities.get(grid.parent()).name(), tally));
        });
        List<CompletionRow> byWorker = new ArrayList<>();
        completion.tallyBy(s -> workerOf(s, workersOf)).forEach((username, tally) -> byWorker.add(new CompletionRow(
                username, username.isEmpty() ? "" : names.getOrDefault(username, username), "", tally)));
        return new DashboardReport(area, completion, byCommunity, byGrid, byWorker,
                once(() -> activity(street, workersOf, grids)));
    }

    /** The subjects of a grid with a status (the drill-down: who has not been visited yet). */
    public List<SubjectLine> subjects(Account who, CycleId id, AreaId grid, SubjectStatus status) {
        Cycle cycle = cycle(who, id);
        Area area = areas.find(grid).filter(a -> a.level() == AreaLevel.GRID)
                .orElseThrow(() -> new IllegalArgumentException("no grid " + grid));
        AreaId street = areas.path(grid).get(AreaLevel.STREET.ordinal()).id();
        requireStreet(who, street);
        Completion completion = completions.of(cycle, grid);
        Map<AreaId, List<Account>> workersOf = workersByGrid(grid);
        return completion.inGrid(grid, status).stream().map(s -> line(s, gridName(area), workersOf)).toList();
    }

    /**
     * The completion report of a cycle in a street as an Excel workbook. Audited: it lists names and
     * addresses.
     *
     * @param t translates message keys into the reader's language
     */
    public byte[] export(Account who, CycleId id, AreaId street, Function<String, String> t) {
        DashboardReport report = report(who, id, street);
        Map<AreaId, String> gridNames = new HashMap<>();
        areas.within(street, AreaLevel.GRID).forEach(g -> gridNames.put(g.id(), gridName(g)));
        Map<AreaId, List<Account>> workersOf = workersByGrid(street);
        List<SubjectLine> lines = report.completion().subjects().stream()
                .map(s -> line(s, gridNames.getOrDefault(s.grid(), s.grid().value()), workersOf)).toList();
        byte[] workbook = CompletionWorkbook.write(report, lines, t, clock);
        audit.record(who.username(), "completion-exported", id.value() + " " + street.value(),
                lines.size() + " subjects", null);
        return workbook;
    }

    private SubjectLine line(ExpectedSubject s, String gridName, Map<AreaId, List<Account>> workersOf) {
        String label = registry.find(s.id()).map(Dashboard::label).orElse("");
        String worker = s.worker() != null ? nameOf(s.worker(), workersOf)
                : workersOf.getOrDefault(s.grid(), List.of()).stream().map(Account::displayName)
                .collect(Collectors.joining("、"));
        return new SubjectLine(s.id().value(), s.type(), gridName, label, s.status(), worker, s.visitedAt(), s.added(),
                s.overdue());
    }

    private static String nameOf(String username, Map<AreaId, List<Account>> workersOf) {
        return workersOf.values().stream().flatMap(List::stream).filter(a -> a.username().equals(username))
                .map(Account::displayName).findFirst().orElse(username);
    }

    /** What lets a worker find the subject: never an ID number or a phone. */
    static String label(GoldenRecord r) {
        return switch (r.type()) {
            case RESIDENT -> r.text("resident.name");
            case HOUSEHOLD -> r.text("household.address");
            case PLACE -> (r.text("place.name") + " " + r.text("place.address")).strip();
        };
    }

    /** Who a subject counts for: the visiting worker, or (not visited) the first worker assigned to its grid. */
    private static String workerOf(ExpectedSubject s, Map<AreaId, List<Account>> workersOf) {
        if (s.worker() != null) {
            return s.worker();
        }
        List<Account> assigned = workersOf.getOrDefault(s.grid(), List.of());
        return assigned.isEmpty() ? "" : assigned.getFirst().username();
    }

    /** A supplier that computes once, when first asked. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        var done = new java.util.concurrent.atomic.AtomicReference<T>();
        return () -> {
            synchronized (done) {
                if (done.get() == null) {
                    done.set(compute.get());
                }
                return done.get();
            }
        };
    }

    private List<ActivityRow> activity(AreaId street, Map<AreaId, List<Account>> workersOf, Map<AreaId, Area> grids) {
        Instant from = LocalDate.now(clock).minusDays(ACTIVITY_DAYS - 1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Visit> read = visits.within(street, from, to);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(ACTIVITY_DAYS - 1);
        Map<String, Account> workers = new LinkedHashMap<>();
        Map<String, Set<String>> gridsOf = new HashMap<>();
        workersOf.forEach((grid, list) -> list.forEach(a -> {
            workers.putIfAbsent(a.username(), a);
            gridsOf.computeIfAbsent(a.username(), u -> new LinkedHashSet<>())
                    .add(Optional.ofNullable(grids.get(grid)).map(this::gridName).orElse(grid.value()));
        }));
        List<ActivityRow> rows = new ArrayList<>();
        for (WorkerActivity a : WorkerActivity.of(read, street, from, to, clock.getZone(), workers.keySet())) {
            Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
            for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
                perDay.put(d, a.perDay().getOrDefault(d, 0));
            }
            Account account = workers.get(a.worker());
            rows.add(new ActivityRow(a.worker(), account == null ? a.worker() : account.displayName(),
                    String.join("、", gridsOf.getOrDefault(a.worker(), Set.of())), a.lastSync(), perDay,
                    outbox.latest(a.worker())));
        }
        return rows;
    }

    /** Grids are numbered within their community (第1网格): their community's name goes first. */
    private String gridName(Area grid) {
        return areas.find(grid.parent()).map(c -> c.name() + " ").orElse("") + grid.name();
    }

    private Map<AreaId, List<Account>> workersByGrid(AreaId scope) {
        Map<AreaId, List<Account>> byGrid = new HashMap<>();
        for (Account a : accounts.all()) {
            if (a.role() == Role.GRID_WORKER && a.enabled()) {
                a.areas().stream().filter(g -> g.isWithin(scope))
                        .forEach(g -> byGrid.computeIfAbsent(g, k -> new ArrayList<>()).add(a));
            }
        }
        byGrid.values().forEach(list -> list.sort(Comparator.comparing(Account::username)));
        return byGrid;
    }

    private Cycle cycle(Account who, CycleId id) {
        Cycle cycle = cycles.find(id).orElseThrow(() -> new IllegalArgumentException("no cycle " + id));
        if (who.role() == Role.ADMIN) {
            return cycle;
        }
        if (who.role() != Role.SUPERVISOR || who.areas().stream().noneMatch(cycle::touches)) {
            throw denied(who, "cycle " + id);
        }
        return cycle;
    }

    private Area requireStreet(Account who, AreaId street) {
        Area area = areas.find(street).filter(a -> a.level() == AreaLevel.STREET)
                .orElseThrow(() -> new IllegalArgumentException("no street " + street));
        if (scopes(who).stream().noneMatch(street::isWithin)) {
            throw denied(who, "street " + street);
        }
        return area;
    }

    /** The areas an account may look into: everything for an admin (the districts), the street for a supervisor. */
    private List<AreaId> scopes(Account who) {
        return switch (who.role()) {
            case ADMIN -> areas.ofLevel(AreaLevel.DISTRICT).stream().map(Area::id).toList();
            case SUPERVISOR -> who.areas();
            default -> throw denied(who, "the dashboard");
        };
    }

    private static AreaId street(Account who) {
        if (who.areas().isEmpty()) {
            throw denied(who, "a street");
        }
        return who.areas().getFirst();
    }

    private static AccessDeniedException denied(Account who, String what) {
        return new AccessDeniedException(who.username() + " (" + who.role() + ") may not see " + what);
    }
}
