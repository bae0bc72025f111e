package org.oneform.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.oneform.app.accounts.Role;
import org.oneform.forms.department.Department;
import org.oneform.sync.area.Area;

/**
 * The demo accounts: {@code admin}; one per department, named by its code; {@code supervisor1..3}
 * for the streets; {@code worker01..36} for the grids. Staff have realistic names, unique among staff.
 */
final class DemoAccounts {

    private DemoAccounts() {
    }

    static List<DemoAccount> create(RandomGenerator random, LocalDate today, DemoAreas areas, List<Department> departments) {
        List<DemoAccount> accounts = new ArrayList<>();
        accounts.add(new DemoAccount("admin", "系统管理员", Role.ADMIN, null, List.of()));
        for (Department d : departments) {
            accounts.add(new DemoAccount(d.code().value(), d.nameZh() + "用户", Role.DEPARTMENT, d.code(), List.of()));
        }
        Set<String> staffNames = new HashSet<>();
        List<Area> streets = areas.streets();
        for (int s = 0; s < streets.size(); s++) {
            Area street = streets.get(s);
            String name = uniqueName(random, today, staffNames);
            accounts.add(new DemoAccount("supervisor" + (s + 1), name + "（" + street.name() + "督导）", Role.SUPERVISOR,
                    null, List.of(street.id())));
        }
        List<Area> grids = areas.grids();
        for (int g = 0; g < grids.size(); g++) {
            accounts.add(new DemoAccount("worker%02d".formatted(g + 1), uniqueName(random, today, staffNames),
                    Role.GRID_WORKER, null, List.of(grids.get(g).id())));
        }
        return accounts;
    }

    private static String uniqueName(RandomGenerator random, LocalDate today, Set<String> taken) {
        while (true) {
            String name = Names.full(random, today.getYear() - Chance.between(random, 24, 55));
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
