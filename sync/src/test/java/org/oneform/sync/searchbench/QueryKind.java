package org.oneform.sync.searchbench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.oneform.sync.area.AreaId;
import org.oneform.sync.search.Pinyin;
import org.oneform.sync.search.SearchQuery;

/**
 * The kinds of search-box text the benchmark measures, each as a worker would type it, drawn from sampled
 * residents (hits) or made so that nothing can match (misses, about one in ten where a miss is possible).
 */
enum QueryKind {
    ID_NUMBER("exact ID number", 0.1, 5),
    PHONE("exact phone", 0.1, 5),
    ID_TAIL("ID last 4", 0, 0),
    NAME("name (Chinese)", 0.1, 50),
    PINYIN("full pinyin", 0.1, 50),
    INITIALS("pinyin initials", 0, 50),
    ADDRESS("address fragment", 0.1, 0);

    private static final String CONSONANTS = "bcdfghjklmnpqrstwxyz";

    final String label;
    private final double missShare;
    /** The p99 target at 5M residents in ms (issue 7), 0 when the issue sets none. */
    final double targetP99Ms;

    QueryKind(String label, double missShare, double targetP99Ms) {
        this.label = label;
        this.missShare = missShare;
        this.targetP99Ms = targetP99Ms;
    }

    /** {@code count} queries in {@code scope} from {@code from}, starting at {@code offset}; deterministic for a seed. */
    List<Probe> probes(List<BenchCity.Resident> from, int offset, int count, long seed, AreaId scope) {
        SplittableRandom random = new SplittableRandom(seed * 31 + ordinal());
        List<Probe> probes = new ArrayList<>(count);
        int next = offset;
        for (int i = 0; i < count; i++) {
            if (random.nextDouble() < missShare) {
                probes.add(new Probe(SearchQuery.of(miss(random, i), scope), false));
                continue;
            }
            BenchCity.Resident r = from.get(next++ % from.size());
            while (this == PHONE && r.phone() == null) {
                r = from.get(next++ % from.size());
            }
            probes.add(new Probe(SearchQuery.of(hit(r, random), scope), true));
        }
        return probes;
    }

    private String hit(BenchCity.Resident r, SplittableRandom random) {
        return switch (this) {
            case ID_NUMBER -> r.idNumber();
            case PHONE -> r.phone();
            case ID_TAIL -> r.idNumber().substring(14);
            case NAME -> r.name();
            case PINYIN -> spelling(r.name(), random, false);
            case INITIALS -> spelling(r.name(), random, true);
            case ADDRESS -> r.addressFragment();
        };
    }

    private String miss(SplittableRandom random, int i) {
        return switch (this) {
            case ID_NUMBER -> BenchCity.missingIdNumber(i);
            case PHONE -> "170" + String.format("%08d", random.nextInt(100_000_000));
            case NAME -> "" + pick(random, CityTables.MISS_SURNAMES) + pick(random, CityTables.MISS_GIVEN)
                    + pick(random, CityTables.MISS_GIVEN);
            case PINYIN -> {
                StringBuilder s = new StringBuilder();
                for (int k = 0; k < 8; k++) {
                    s.append(pick(random, CONSONANTS));
                }
                yield s.toString();
            }
            case ADDRESS -> {
                // three different characters no record has: with fewer, 路, the number and 号 alone would match
                int at = random.nextInt(CityTables.MISS_GIVEN.length() - 2);
                yield CityTables.MISS_GIVEN.substring(at, at + 3) + "路" + (1 + random.nextInt(99)) + "号";
            }
            case ID_TAIL, INITIALS -> throw new IllegalStateException("no misses for " + this);
        };
    }

    /** One spelling of the name, a reading picked at random for each polyphonic character (杨长青: chang or zhang). */
    private static String spelling(String name, SplittableRandom random, boolean initials) {
        StringBuilder s = new StringBuilder();
        for (char c : name.toCharArray()) {
            List<String> readings = Pinyin.readings(c);
            String reading = readings.get(random.nextInt(readings.size()));
            s.append(initials ? reading.substring(0, 1) : reading);
        }
        return s.toString();
    }

    private static char pick(SplittableRandom random, String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
