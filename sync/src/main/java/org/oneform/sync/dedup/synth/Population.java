package org.oneform.sync.dedup.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.oneform.forms.values.IdNumber;

/**
 * A synthetic population in households, with the hard negatives dedup must keep apart: twins (same
 * birth date, address and phone, similar names, consecutive ID numbers), parents and children sharing
 * address, phone and surname, and same-name neighbours in one estate. ID numbers are valid (region codes
 * mostly the demo's 330187), unique, their sequence digit odd for men.
 */
final class Population {

    private static final String[] REGIONS = {"330187", "330187", "330187", "330102", "330106", "330110", "330381"};
    private static final String[] STREETS = {"清河街道", "春江街道", "东新街道", "西溪街道", "南湖街道"};
    private static final String[] COMMUNITIES = {"春晖社区", "朝晖社区", "文苑社区", "和平社区", "新华社区", "翠苑社区"};
    private static final String[] ESTATES = {"春晖苑", "朝阳新村", "翠苑一区", "金色家园", "锦绣花园", "和平小区", "文鼎苑",
        "南都花园", "东方郡", "香樟园", "绿城桂花园", "阳光嘉苑", "紫金庭园", "湖畔居", "望江公寓", "梅园新村"};

    private final Random random;
    private final double twinRate;
    private final Set<String> ids = new HashSet<>();
    private final Set<String> dwellings = new HashSet<>();
    /** Names given in the current household: nobody is named like a parent or a sibling. */
    private final Set<String> household = new HashSet<>();
    private final List<Person> persons = new ArrayList<>();
    private String region = REGIONS[0];

    Population(Random random, double twinRate) {
        this.random = random;
        this.twinRate = twinRate;
    }

    List<Person> generate(int size) {
        while (persons.size() < size) {
            household();
        }
        return persons.subList(0, size);
    }

    private void household() {
        Dwelling home;
        do {
            home = new Dwelling(pick(STREETS), pick(COMMUNITIES), pick(ESTATES), 1 + random.nextInt(30),
                    1 + random.nextInt(4), 1 + random.nextInt(18), 1 + random.nextInt(4));
        } while (!dwellings.add(home.estate() + home.building() + "-" + home.unit() + "-" + home.floor() + home.room()));
        household.clear();
        region = pick(REGIONS);
        String surname = NameTables.surname(random);
        boolean headMale = random.nextBoolean();
        LocalDate headBirth = date(1940, 1992);
        String homePhone = mobile();
        add(surname, headMale, headBirth, homePhone, home);
        if (random.nextDouble() < 0.75) {
            add(NameTables.surname(random), !headMale, headBirth.plusDays(random.nextInt(3650) - 1825),
                    random.nextDouble() < 0.8 ? mobile() : homePhone, home);
        }
        int children = random.nextInt(3);
        LocalDate childBirth = headBirth.plusDays(365L * 22 + random.nextInt(365 * 14));
        for (int i = 0; i < children && childBirth.isBefore(LocalDate.of(2024, 1, 1)); i++) {
            boolean male = random.nextBoolean();
            String phone = random.nextDouble() < 0.5 ? homePhone : childBirth.getYear() < 2008 ? mobile() : null;
            if (random.nextDouble() < twinRate) {
                twins(surname, childBirth, phone, home);
            } else {
                add(surname, male, childBirth, phone, home);
            }
            childBirth = childBirth.plusDays(400 + random.nextInt(2000));
        }
    }

    /** Two children born the same day: names share the surname and the first given character. */
    private void twins(String surname, LocalDate birth, String phone, Dwelling home) {
        char first = NameTables.pool(random);
        char a = NameTables.pool(random);
        char b;
        do {
            b = NameTables.pool(random);
        } while (NameTables.confusable(a, b));
        boolean male = random.nextBoolean();
        String id = idNumber(birth, male);
        persons.add(new Person(cluster(), surname + first + a, male, birth, id, phone, home));
        boolean otherMale = random.nextDouble() < 0.6 ? male : !male;
        persons.add(new Person(cluster(), surname + first + b, otherMale, birth, idNumber(birth, otherMale), phone, home));
    }

    private void add(String surname, boolean male, LocalDate birth, String phone, Dwelling home) {
        String name;
        do {
            name = surname + NameTables.given(random, male);
        } while (household.contains(name));
        if (random.nextDouble() < 0.03) {
            name = neighbourName(home, male, name);
        }
        household.add(name);
        persons.add(new Person(cluster(), name, male, birth, idNumber(birth, male), phone, home));
    }

    /** The name of an earlier person of the same sex in the same estate, when there is one: same-name neighbours. */
    private String neighbourName(Dwelling home, boolean male, String fallback) {
        for (int i = persons.size() - 1; i >= 0 && i >= persons.size() - 400; i--) {
            Person p = persons.get(i);
            if (p.home().estate().equals(home.estate()) && p.male() == male && !p.home().equals(home)) {
                return p.name();
            }
        }
        return fallback;
    }

    private String cluster() {
        return String.format("p%06d", persons.size() + 1);
    }

    private String idNumber(LocalDate birth, boolean male) {
        while (true) {
            int seq = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = region + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), seq);
            String id = first17 + IdNumber.checkDigit(first17);
            if (ids.add(id)) {
                return id;
            }
        }
    }

    private String mobile() {
        int[] prefixes = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159,
            180, 181, 182, 183, 185, 186, 187, 188, 189};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    private LocalDate date(int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        return from.plusDays(random.nextInt((int) (LocalDate.of(toYear, 1, 1).toEpochDay() - from.toEpochDay())));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
