package org.oneform.app.supervisor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.accounts.NewAccount;
import org.oneform.app.accounts.Role;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.apply.ChangeType;
import org.oneform.sync.area.Area;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.area.AreaLevel;
import org.oneform.sync.area.Areas;
import org.oneform.sync.cycle.Completions;
import org.oneform.sync.cycle.Cycle;
import org.oneform.sync.cycle.CycleDraft;
import org.oneform.sync.cycle.SubjectStatus;
import org.oneform.sync.cycle.Visit;
import org.oneform.sync.cycle.VisitLog;
import org.oneform.sync.registry.FieldValue;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.Provenance;
import org.oneform.sync.registry.Registry;
import org.oneform.sync.registry.SubjectId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code bin/oneform bench-dashboard} ({@code --oneform.bench-dashboard=<households>}): on a throwaway data
 * directory, adds a fake street (基准街道) of 10 communities × 20 grids with the given number of households
 * and two residents each, a visit log where 60% of the households were visited (and some moved in or out),
 * defines a household cycle over it, and times the whole dashboard computation ({@link Dashboard#report}:
 * completion, tallies by community, grid and worker, worker activity) cold and warm, plus a grid's
 * drill-down and the Excel export. Prints the figures and exits. See docs/benchmarks.md.
 *
 * <p>With {@code --oneform.bench-dashboard-seed-only=true} it stops after seeding, and also creates the street's
 * supervisor ({@value #SUPERVISOR}, password {@value #SUPERVISOR_PASSWORD}), so that the browser benchmark
 * ({@code bin/oneform bench-dashboard-ui}, e2e-tests' {@code DashboardUiBench}) can start the jar again on the data
 * directory and open the dashboard as that supervisor.
 */
@Component
@Order(30)
@ConditionalOnProperty("oneform.bench-dashboard")
class DashboardBenchCommand implements ApplicationRunner {

    private static final int COMMUNITIES = 10;
    private static final int GRIDS_PER_COMMUNITY = 20;
    /** The bench street's supervisor, created in seed-only mode (a throwaway data directory, fake data). */
    static final String SUPERVISOR = "bench-supervisor";
    static final String SUPERVISOR_PASSWORD = "oneform-bench";

    private final Accounts accounts;

    private final Dashboard dashboard;
    private final Areas areas;
    private final Registry registry;
    private final VisitLog visits;
    private final Clock clock;
    private final ConfigurableApplicationContext context;
    private final Completions completions;

    /**
     * The warm report taken apart (median of five runs each, wall / CPU of this thread): the registry's records of the
     * street, the visit log's rows, the arithmetic, and the activity aggregate — so the figures say where the time goes.
     */
    private String phases(Cycle cycle, AreaId street, Account admin) {
        List<Area> grids = areas.within(street, AreaLevel.GRID);
        Instant opens = cycle.opens(clock.getZone());
        Instant closes = cycle.closes(clock.getZone());
        List<GoldenRecord> records = new ArrayList<>();
        List<Visit> inWindow = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        out.append(phase("registry", () -> {
            records.clear();
            grids.forEach(g -> records.addAll(registry.inGrid(g.id(), SubjectType.HOUSEHOLD)));
        }));
        out.append(", ").append(phase("visit log", () -> {
            inWindow.clear();
            inWindow.addAll(visits.within(street, opens, closes));
        }));
        out.append(", ").append(phase("arithmetic", () -> org.oneform.sync.cycle.Completion.compute(cycle, street,
                LocalDate.now(clock), records, inWindow, Set.of(), Set.of())));
        out.append(", ").append(phase("activity in SQL", () -> visits.activity(street, opens, closes, clock.getZone(), Set.of())));
        out.append(", ").append(phase("activity from the rows read", () -> org.oneform.sync.cycle.WorkerActivity.of(inWindow,
                street, opens, closes, clock.getZone(), Set.of())));
        out.append(", ").append(phase("whole report", () -> {
            completions.forget();
            dashboard.report(admin, cycle.id(), street).activity();
        }));
        out.append(", ").append(phase("report, nothing changed (cached completion, no activity)",
                () -> dashboard.report(admin, cycle.id(), street)));
        return out.toString();
    }

    private static String phase(String name, Runnable work) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] wall = new long[5];
        long[] cpu = new long[5];
        for (int i = 0; i < wall.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            wall[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return name + " " + wall[2] + "/" + cpu[2] + " ms";
    }

    DashboardBenchCommand(Dashboard dashboard, Areas areas, Registry registry, VisitLog visits, Clock clock,
                          Accounts accounts, ConfigurableApplicationContext context, Completions completions) {
        this.completions = completions;
        this.accounts = accounts;
        this.dashboard = dashboard;
        this.areas = areas;
        this.registry = registry;
        this.visits = visits;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int households = Integer.parseInt(args.getOptionValues("oneform.bench-dashboard").getFirst());
        long started = System.nanoTime();
        AreaId district = areas.ofLevel(AreaLevel.DISTRICT).getFirst().id();
        AreaId street = district.child("901");
        List<Area> tree = new ArrayList<>();
        tree.add(new Area(street, AreaLevel.STREET, "基准街道", district));
        List<AreaId> grids = new ArrayList<>();
        for (int c = 1; c <= COMMUNITIES; c++) {
            AreaId community = street.child("%03d".formatted(c));
            tree.add(new Area(community, AreaLevel.COMMUNITY, "基准第" + c + "社区", street));
            for (int g = 1; g <= GRIDS_PER_COMMUNITY; g++) {
                AreaId grid = community.child("%02d".formatted(g));
                tree.add(new Area(grid, AreaLevel.GRID, "基准" + c + "-" + g + "网格", community));
                grids.add(grid);
            }
        }
        areas.saveAll(tree);
        var baseline = new Provenance("baseline:bench", "system", Instant.parse("2026-01-01T00:00:00Z"), 0, 0);
        List<GoldenRecord> chunk = new ArrayList<>();
        for (int h = 0; h < households; h++) {
            AreaId grid = grids.get(h % grids.size());
            chunk.add(new GoldenRecord(new SubjectId("H9%08d".formatted(h)), SubjectType.HOUSEHOLD, grid,
                    Map.of("household.address", new FieldValue("基准路" + h + "号", baseline))));
            for (int r = 0; r < 2; r++) {
                chunk.add(new GoldenRecord(new SubjectId("R9%08d".formatted(2 * h + r)), SubjectType.RESIDENT, grid,
                        Map.of("resident.name", new FieldValue("测试" + h, baseline))));
            }
            if (chunk.size() >= 30_000) {
                registry.putAll(chunk);
                chunk.clear();
            }
        }
        registry.putAll(chunk);

        LocalDate today = LocalDate.now(clock);
        Instant visitDay = today.minusDays(1).atStartOfDay(clock.getZone()).toInstant().plusSeconds(10 * 3600);
        List<Visit> log = new ArrayList<>();
        long seq = 1_000_000_000L;
        for (int h = 0; h < households; h++) {
            if ((h / grids.size()) % 10 < 6) { // 60% of each grid's households
                AreaId grid = grids.get(h % grids.size());
                log.add(new Visit(seq++, UUID.randomUUID(), new SubjectId("H9%08d".formatted(h)), SubjectType.HOUSEHOLD,
                        ChangeType.UPDATED, grid, grid, "bench" + (h % grids.size()), visitDay.plusSeconds(h % 36_000)));
            }
            if (log.size() >= 5_000) {
                visits.record(log);
                log.clear();
            }
        }
        visits.record(log);
        long prepared = System.nanoTime();

        var admin = new Account("bench-admin", "基准管理员", Role.ADMIN, null, List.of(), null, true);
        Cycle cycle = dashboard.define(admin, new CycleDraft("基准走访", Set.of(SubjectType.HOUSEHOLD), List.of(street),
                today.minusDays(5), today.plusDays(5)));
        if (args.containsOption("oneform.bench-dashboard-seed-only")) {
            accounts.createAll(List.of(new NewAccount(SUPERVISOR, "基准街道督导", Role.SUPERVISOR, null, List.of(street),
                    SUPERVISOR_PASSWORD)));
            System.out.printf("OneForm dashboard benchmark: seeded a street of %,d households in %d s (cycle %s, supervisor %s)%n",
                    households, (System.nanoTime() - started) / 1_000_000_000, cycle.id().value(), SUPERVISOR);
            System.exit(SpringApplication.exit(context, () -> 0));
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] millis = new long[11];
        long[] cpu = new long[11];
        DashboardReport report = null;
        for (int i = 0; i < millis.length; i++) {
            // the computation, as after a change: the cached completion forgotten, the activity asked for
            // (docs/decisions/0041-dashboard-report-cached-by-applied-sequence.md)
            completions.forget();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            report = dashboard.report(admin, cycle.id(), street);
            report.activity();
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        long t0 = System.nanoTime();
        int notVisited = dashboard.subjects(admin, cycle.id(), grids.getFirst(), SubjectStatus.NOT_VISITED).size();
        long drill = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        int bytes = dashboard.export(admin, cycle.id(), street, key -> key).length;
        long export = (System.nanoTime() - t0) / 1_000_000;
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        long[] warmCpu = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(warmCpu);
        String phases = phases(cycle, street, admin);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf("""
                        OneForm dashboard benchmark: a street of %,d households (%,d residents), %d grids, %,d visits
                          prepared in %d s; expected %,d, done %,d, not visited %,d
                          Dashboard.report wall: cold %d ms; warm (10 runs) median %d ms, max %d ms
                          Dashboard.report CPU of the computing thread: cold %d ms; warm median %d ms
                          load average at the end: %.1f on %d cores
                          drill-down of one grid (%d not visited): %d ms
                          Excel export (%,d bytes): %d ms
                          where a warm report goes (median of 5, wall / CPU): %s
                        """, households, 2 * households, grids.size(), households * 6 / 10,
                (prepared - started) / 1_000_000_000, report.total().total(), report.total().done(),
                report.total().notVisited(), millis[0], warm[warm.length / 2], warm[warm.length - 1], cpu[0],
                warmCpu[warmCpu.length / 2], load, Runtime.getRuntime().availableProcessors(), notVisited, drill,
                bytes, export, phases);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
