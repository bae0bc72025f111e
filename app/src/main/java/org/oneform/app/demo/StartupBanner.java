package org.oneform.app.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.oneform.app.accounts.Account;
import org.oneform.app.accounts.Accounts;
import org.oneform.app.accounts.Role;
import org.oneform.sync.registry.Registry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints the URL and, for the demo city, the demo accounts once the application is ready. */
@Component
class StartupBanner {

    private final Environment env;
    private final Accounts accounts;
    private final Registry registry;

    StartupBanner(Environment env, Accounts accounts, Registry registry) {
        this.env = env;
        this.accounts = accounts;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        var out = new StringBuilder("\n================ OneForm 基层一张表 is ready ================\n");
        out.append("  URL:       http://localhost:").append(port).append("/\n");
        out.append("  Data:      ").append(env.getProperty("oneform.data-dir")).append('\n');
        if (registry.baseline().filter(b -> b.startsWith(DemoCitySeeder.BASELINE)).isPresent()) {
            Map<Role, List<String>> byRole = accounts.all().stream().collect(
                    Collectors.groupingBy(Account::role, Collectors.mapping(Account::username, Collectors.toList())));
            out.append("  Demo city: ").append(registry.size()).append(" golden records; accounts (password: ")
                    .append(env.getProperty("oneform.demo.password")).append("):\n");
            for (Role role : Role.values()) {
                List<String> names = byRole.getOrDefault(role, List.of());
                out.append(String.format("    %-12s %s%n", role, summarise(names)));
            }
        }
        out.append("==============================================================\n");
        System.out.println(out);
    }

    private static String summarise(List<String> names) {
        if (names.size() <= 12) {
            return String.join(", ", names);
        }
        return names.getFirst() + " … " + names.getLast() + " (" + names.size() + ")";
    }
}
