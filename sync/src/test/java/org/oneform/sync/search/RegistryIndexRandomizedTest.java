package org.oneform.sync.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;

/**
 * Random residents, random updates, moves and deletes, then every exact way of finding a resident is
 * checked against a model. The seed is printed; rerun a failure with {@code -Dtests.seed=<seed>}.
 */
class RegistryIndexRandomizedTest {

    private static final String[][] SURNAMES = {{"张", "zhang"}, {"章", "zhang"}, {"王", "wang"}, {"李", "li"},
            {"杨", "yang"}, {"陈", "chen"}, {"刘", "liu"}, {"赵", "zhao"}};
    private static final String[][] GIVEN = {{"伟", "wei"}, {"芳", "fang"}, {"长", "chang", "zhang"}, {"明", "ming"},
            {"青", "qing"}, {"丽", "li"}, {"军", "jun"}, {"静", "jing"}, {"敏", "min"}, {"华", "hua"}};
    private static final List<AreaId> GRIDS = List.of(new AreaId("330110.001.001.01"), new AreaId("330110.001.001.02"),
            new AreaId("330110.001.002.01"), new AreaId("330110.002.001.01"), new AreaId("330110.002.002.01"),
            new AreaId("330110.002.002.02"));

    @TempDir
    Path dir;

    private Random random;
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();

    /** A resident as the test knows it, with one pinyin spelling of its name chosen independently of the index. */
    record Sample(GoldenRecord record, String name, String idNumber, String phone, String pinyin, String initials) {
    }

    @Test
    void everyResidentIsFoundByIdPhoneNameAndPinyinInItsScopeOnly() {
        long seed = Long.getLong("tests.seed", new Random().nextLong());
        System.out.println("RegistryIndexRandomizedTest seed=" + seed + " (rerun with -Dtests.seed=" + seed + ")");
        random = new Random(seed);
        Map<String, Sample> model = new LinkedHashMap<>();
        List<Sample> deleted = new ArrayList<>();
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            List<GoldenRecord> batch = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                Sample sample = sample("R" + i);
                model.put(sample.record().id().value(), sample);
                batch.add(sample.record());
                if (batch.size() == 100) {
                    index.index(batch);
                    batch.clear();
                }
            }
            List<String> ids = new ArrayList<>(model.keySet());
            for (int i = 0; i < 200; i++) {
                Sample changed = sample(ids.get(random.nextInt(ids.size())));
                model.put(changed.record().id().value(), changed);
                index.index(List.of(changed.record()));
            }
            for (int i = 0; i < 100; i++) {
                String id = ids.get(random.nextInt(ids.size()));
                Sample gone = model.remove(id);
                if (gone != null) {
                    deleted.add(gone);
                    index.delete(new SubjectId(id));
                }
            }
            index.commit(1);
            index.refresh();

            assertThat(index.count()).as("seed %d", seed).isEqualTo(model.size());
            List<Sample> live = new ArrayList<>(model.values());
            for (int i = 0; i < 150; i++) {
                check(index, live.get(random.nextInt(live.size())), model, seed);
            }
            for (Sample gone : deleted) {
                // the deleted resident is gone; a live one whose ID is one typo away may still be offered
                assertThat(index.search(SearchQuery.of(gone.idNumber(), Records.DISTRICT)).hits()).as("seed %d", seed)
                        .allMatch(h -> !h.id().value().equals(gone.record().id().value())
                                && OneEdit.idNumber(gone.idNumber()).contains(model.get(h.id().value()).idNumber()));
            }
        }
    }

    private void check(RegistryIndex index, Sample s, Map<String, Sample> model, long seed) {
        String id = s.record().id().value();
        AreaId grid = s.record().grid();
        AreaId otherStreet = new AreaId(grid.value().startsWith("330110.001") ? "330110.002" : "330110.001");
        String why = "seed " + seed + ", " + s;

        // the owner first; after it only residents whose number is one typo away (rare in random data)
        SearchResult byId = index.search(SearchQuery.of(s.idNumber().toLowerCase(), Records.DISTRICT));
        assertThat(byId.hits().getFirst().id().value()).as(why).isEqualTo(id);
        assertThat(byId.hits().subList(1, byId.hits().size())).as(why)
                .allMatch(h -> OneEdit.idNumber(s.idNumber()).contains(model.get(h.id().value()).idNumber()));
        assertThat(index.search(SearchQuery.of(s.idNumber(), otherStreet)).hits()).as(why)
                .noneMatch(h -> h.id().value().equals(id)).allMatch(h -> h.grid().isWithin(otherStreet));

        List<SearchHit> byPhone = index.search(SearchQuery.of(formatted(s.phone()), Records.DISTRICT)).hits();
        assertThat(byPhone.getFirst().id().value()).as(why).isEqualTo(id);
        assertThat(byPhone.subList(1, byPhone.size())).as(why)
                .allMatch(h -> OneEdit.digits(s.phone()).contains(model.get(h.id().value()).phone()));

        SearchQuery nameInGrid = new SearchQuery(s.name(), SubjectType.RESIDENT, grid, SearchQuery.MAX_LIMIT);
        List<SearchHit> byName = index.search(nameInGrid).hits();
        assertThat(byName).as(why).extracting(h -> h.id().value()).contains(id);
        assertThat(byName).as(why).allMatch(h -> h.grid().equals(grid));
        assertThat(model.get(byName.getFirst().id().value()).name()).as(why).isEqualTo(s.name());

        for (String spelling : List.of(s.pinyin(), s.initials(), s.idNumber().substring(14))) {
            List<SearchHit> hits = index.search(new SearchQuery(spelling, null, grid, SearchQuery.MAX_LIMIT)).hits();
            assertThat(hits).as(why + " by " + spelling).extracting(h -> h.id().value()).contains(id);
            assertThat(hits).as(why).allMatch(h -> h.grid().isWithin(grid));
        }
    }

    private Sample sample(String id) {
        StringBuilder name = new StringBuilder();
        StringBuilder pinyin = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        pick(SURNAMES, name, pinyin, initials);
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            pick(GIVEN, name, pinyin, initials);
        }
        String idNumber;
        do {
            idNumber = "330110" + (1940 + random.nextInt(80)) + two(1 + random.nextInt(12)) + two(1 + random.nextInt(28))
                    + digits(3) + (random.nextInt(11) == 10 ? "X" : digits(1));
        } while (!usedIds.add(idNumber));
        String phone;
        do {
            phone = "1" + (3 + random.nextInt(7)) + digits(9);
        } while (!usedPhones.add(phone));
        AreaId grid = GRIDS.get(random.nextInt(GRIDS.size()));
        GoldenRecord record = Records.resident(id, grid, name.toString(), idNumber, phone);
        return new Sample(record, name.toString(), idNumber, phone, pinyin.toString(), initials.toString());
    }

    private void pick(String[][] table, StringBuilder name, StringBuilder pinyin, StringBuilder initials) {
        String[] entry = table[random.nextInt(table.length)];
        String reading = entry[1 + random.nextInt(entry.length - 1)];
        name.append(entry[0]);
        pinyin.append(reading);
        initials.append(reading.charAt(0));
    }

    private String formatted(String phone) {
        return switch (random.nextInt(4)) {
            case 0 -> phone;
            case 1 -> phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
            case 2 -> "+86 " + phone;
            default -> phone.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
        };
    }

    private String digits(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}
