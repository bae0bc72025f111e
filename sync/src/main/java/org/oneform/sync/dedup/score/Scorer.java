package org.oneform.sync.dedup.score;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.oneform.sync.dedup.FieldScore;
import org.oneform.sync.dedup.normal.NormalisedPerson;
import org.oneform.sync.dedup.score.FieldComparisons.AddressLevel;
import org.oneform.sync.dedup.score.FieldComparisons.DateLevel;
import org.oneform.sync.dedup.score.FieldComparisons.IdLevel;

/**
 * The Fellegi–Sunter score of a record pair: per field an agreement level and its weight
 * {@code log2(m / u)} (m: how often the level occurs between records of one person, u: between
 * different persons); the sum is the score. For names, phones and dwellings u is the value's share
 * among the clusters seen ({@link ValueFrequencies}), so 张伟 or a household phone weigh less than a
 * rare name or a personal number. Why these numbers: {@code docs/decisions/0006-dedup-scoring.md}.
 *
 * <p>Two corrections to field independence: phone and address are both household evidence, so the
 * weaker of two agreements counts a quarter; and an automatic merge needs a personal identifier to
 * agree — the ID numbers (nearly), or else the name with no disagreement of name, birth date or sex.
 * Birth date, phone and address alone are what twins share. Not thread-safe (reads the frequencies the writer updates).
 */
public final class Scorer {

    /**
     * A pair's score; whether it may be merged automatically at all; whether the pair conflicts (name,
     * birth date or sex disagree and the ID numbers do not nearly agree), which also bars merging the
     * probe into any cluster holding that record.
     */
    public record Score(double total, List<FieldScore> fields, boolean mergeAllowed, boolean conflict) {
    }

    private final ValueFrequencies names;
    private final ValueFrequencies phones;
    private final ValueFrequencies dwellings;
    private final IntSupplier population;

    public Scorer(ValueFrequencies names, ValueFrequencies phones, ValueFrequencies dwellings, IntSupplier population) {
        this.names = names;
        this.phones = phones;
        this.dwellings = dwellings;
        this.population = population;
    }

    public Score score(NormalisedPerson a, NormalisedPerson b) {
        List<FieldScore> fields = new ArrayList<>(6);
        IdLevel id = FieldComparisons.id(a.idNumber(), b.idNumber());
        fields.add(new FieldScore("id_number", id.name(), Weights.id(id), ""));
        NameLevel name = a.name() == null || b.name() == null ? null : NameLevel.compare(a.name(), b.name());
        fields.add(name(a, b, name));
        DateLevel birth = FieldComparisons.date(a.birthDate(), b.birthDate());
        fields.add(new FieldScore("birth_date", birth.name(), Weights.birth(birth), ""));
        boolean sexDiffers = a.sex() != 0 && b.sex() != 0 && a.sex() != b.sex();
        String sexLevel = a.sex() == 0 || b.sex() == 0 ? "MISSING" : sexDiffers ? "DIFFERENT" : "EXACT";
        fields.add(new FieldScore("gender", sexLevel, Weights.sex(sexLevel), ""));
        household(a, b, fields);
        double total = 0;
        for (FieldScore f : fields) {
            total += f.weight();
        }
        boolean idAgrees = id == IdLevel.VALID_EQUAL || id == IdLevel.EQUAL || id == IdLevel.ONE_EDIT;
        boolean nameAgrees = name != null && name != NameLevel.DIFFERENT;
        boolean disagreement = name == NameLevel.DIFFERENT || birth == DateLevel.DIFFERENT || sexDiffers;
        boolean conflict = id == IdLevel.CONFLICT || disagreement && !idAgrees;
        return new Score(total, fields, !conflict && (idAgrees || nameAgrees), conflict);
    }

    private FieldScore name(NormalisedPerson a, NormalisedPerson b, NameLevel level) {
        if (level == null) {
            return new FieldScore("name", "MISSING", 0, "");
        }
        int n = population.getAsInt();
        double share = Math.max(names.share(a.name().text(), n), names.share(b.name().text(), n));
        return new FieldScore("name", level.name(), Weights.name(level, share), Weights.tfNote(share));
    }

    private void household(NormalisedPerson a, NormalisedPerson b, List<FieldScore> fields) {
        int n = population.getAsInt();
        FieldScore phone;
        if (a.phone() == null || b.phone() == null) {
            phone = new FieldScore("phone", "MISSING", 0, "");
        } else if (a.phone().equals(b.phone())) {
            double share = phones.share(a.phone(), n);
            phone = new FieldScore("phone", "EXACT", Weights.phoneAgrees(share), Weights.tfNote(share));
        } else {
            phone = new FieldScore("phone", "DIFFERENT", Weights.PHONE_DIFFERS, "");
        }
        AddressLevel level = FieldComparisons.address(a.address(), b.address());
        double share = level == AddressLevel.DWELLING ? dwellings.share(dwellingValue(a), n) : 0;
        FieldScore address = new FieldScore("address", level.name(), Weights.address(level, share),
                level == AddressLevel.DWELLING ? Weights.tfNote(share) : "");
        if (phone.weight() > 0 && address.weight() > 0) {
            if (phone.weight() < address.weight()) {
                phone = quarter(phone);
            } else {
                address = quarter(address);
            }
        }
        fields.add(phone);
        fields.add(address);
    }

    private static FieldScore quarter(FieldScore f) {
        return new FieldScore(f.field(), f.level(), f.weight() / 4, "household evidence counted once (x0.25)");
    }

    /** What the dwelling frequencies count for a record: its dwelling key, or its whole address text. */
    public static String dwellingValue(NormalisedPerson p) {
        if (p.address() == null) {
            return "";
        }
        String key = p.address().dwellingKey();
        return key.isEmpty() ? p.address().compact() : key;
    }
}
