package org.oneform.app.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.accounts.NewAccount;
import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.DemoCatalog;
import org.oneform.forms.compile.FormVersions;
import org.oneform.forms.department.DepartmentDirectory;
import org.oneform.forms.request.Actor;
import org.oneform.forms.request.FieldRequests;
import org.oneform.forms.request.DemoRequests;
import org.oneform.sync.area.Areas;
import org.oneform.sync.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo city into an empty data directory before the application reports ready. Safe to
 * repeat after a crash half-way: every step is an upsert, accounts that exist are kept, and the
 * registry's baseline mark is written last.
 */
@Component
@Order(0)
class DemoCitySeeder implements ApplicationRunner {

    static final String BASELINE = "demo-city";
    private static final Logger log = LoggerFactory.getLogger(DemoCitySeeder.class);

    private final Areas areas;
    private final Registry registry;
    private final DepartmentDirectory departments;
    private final Accounts accounts;
    private final Catalog catalog;
    private final FieldRequests requests;
    private final FormVersions forms;
    private final DemoSettings settings;

    DemoCitySeeder(Areas areas, Registry registry, DepartmentDirectory departments, Accounts accounts,
                   Catalog catalog, FieldRequests requests, FormVersions forms, DemoSettings settings) {
        this.areas = areas;
        this.registry = registry;
        this.departments = departments;
        this.accounts = accounts;
        this.catalog = catalog;
        this.requests = requests;
        this.forms = forms;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            log.info("demo city disabled (oneform.demo.enabled=false)");
            return;
        }
        if (registry.baseline().isPresent()) {
            log.info("demo city already present ({} records)", registry.size());
            return;
        }
        long started = System.nanoTime();
        DemoCity city = new DemoCityGenerator(settings.seed(), settings.referenceDate()).generate();
        departments.saveAll(city.departments());
        seedForms();
        areas.saveAll(city.areas());
        registry.putAll(city.records());
        Set<String> existing = accounts.all().stream().map(Account::username).collect(Collectors.toSet());
        List<NewAccount> missing = city.accounts().stream().filter(a -> !existing.contains(a.username()))
                .map(a -> new NewAccount(a.username(), a.displayName(), a.role(), a.department(), a.areas(), settings.password()))
                .toList();
        accounts.createAll(missing);
        registry.markBaseline(BASELINE + ":seed=" + settings.seed());
        log.info("demo city seeded: {} areas, {} records, {} departments, {} accounts, {} catalog fields, {} requests in {} ms",
                city.areas().size(), city.records().size(), city.departments().size(), city.accounts().size(),
                catalog.all().size(), requests.all().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The demo catalog and every department's approved requests; each approval publishes the next
     * version of its subject's form, so the version history reads like the departments' arrival.
     */
    private void seedForms() {
        if (catalog.all().isEmpty()) {
            catalog.addAll(DemoCatalog.fields());
        }
        if (requests.all().isEmpty()) {
            DemoRequests.seed(requests, Actor.admin("admin"));
        }
        forms.publishAllIfChanged();
    }

    /** Demo settings: {@code oneform.demo.*}. */
    @org.springframework.boot.context.properties.ConfigurationProperties("oneform.demo")
    record DemoSettings(Boolean enabled, long seed, String password, LocalDate referenceDate) {
        DemoSettings {
            enabled = enabled == null || enabled;
            referenceDate = referenceDate == null ? LocalDate.of(2026, 11, 22) : referenceDate;
        }
    }
}
