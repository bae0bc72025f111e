package org.oneform.sync.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.SloppyMath;
import org.apache.lucene.util.BytesRef;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.forms.values.GeoPoint;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;
import org.oneform.sync.registry.SubjectId;

/**
 * The index's fields and how a {@link GoldenRecord} becomes one Lucene document. The manual of the
 * fields is {@code package-info.java}; keep both in step, and bump {@link RegistryIndex#FORMAT_VERSION}
 * when a field changes meaning (the index is then recreated on open).
 */
final class IndexSchema {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String GRID = "grid";
    static final String SCOPE = "scope";
    static final String NAME = "name";
    static final String NAME_EXACT = "name_exact";
    static final String PINYIN = "pinyin";
    static final String INITIALS = "initials";
    static final String ADDRESS = "address";
    static final String ID_NUMBER = "id_number";
    static final String ID_TAIL = "id_tail";
    static final String PHONE = "phone";
    static final String PHONE_TAIL = "phone_tail";
    static final String BIRTH_DAY = "birth_day";
    static final String PLACE_TYPE = "place_type";
    static final String LOCATION = "location";
    static final String LOCATION_TEXT = "location_text";
    static final String HOUSEHOLD_REF = "household_ref";

    /** Dedup's blocking terms (keywords; docs/decisions/0025-dedup-candidates-from-the-registry-index.md). */
    static final String BLOCK = "block";
    /** The subject id as doc values, on documents with blocking terms: dedup's candidates read it per hit. */
    static final String BLOCK_ID = "block_id";

    /** The stored fields a hit is made of. */
    static final Set<String> HIT_FIELDS = Set.of(ID, TYPE, GRID);
    /** The stored fields a hit with a distance is made of. */
    static final Set<String> HIT_FIELDS_WITH_LOCATION = Set.of(ID, TYPE, GRID, LOCATION_TEXT);

    private final SensitiveTerms sensitive;

    IndexSchema(SensitiveTerms sensitive) {
        this.sensitive = sensitive;
    }

    /** The document of a record: ids, scope, name, pinyin, address, keyed ID and phone terms. */
    Document toDocument(GoldenRecord record) {
        Document doc = new Document();
        doc.add(new StringField(ID, record.id().value(), Store.YES));
        doc.add(new StringField(TYPE, record.type().key(), Store.YES));
        doc.add(new StoredField(GRID, record.grid().value()));
        for (String prefix : scopes(record.grid().value())) {
            doc.add(new StringField(SCOPE, prefix, Store.NO));
        }
        addName(doc, record.text(nameField(record.type())));
        switch (record.type()) {
            case RESIDENT -> {
                addIdNumber(doc, record.text("resident.id_number"));
                addPhone(doc, record.text("resident.phone"));
                addBirthDay(doc, record.text("resident.birth_date"));
                addHouseholdRef(doc, record.text("resident.household_id"));
            }
            case HOUSEHOLD -> {
                addAddress(doc, Stream.of("household.address", "household.address_estate",
                        "household.address_building", "household.address_unit", "household.address_room")
                        .map(record::text).filter(s -> !s.isBlank()).collect(Collectors.joining(" ")));
                addLocation(doc, record.text("household.location"));
            }
            case PLACE -> {
                addAddress(doc, record.text("place.address"));
                addPhone(doc, record.text("place.contact_phone"));
                addPlaceType(doc, record.text("place.type"));
                addLocation(doc, record.text("place.location"));
            }
        }
        return doc;
    }

    /**
     * A hit from the stored fields of a document; with a {@code center}, its distance from there
     * (null if the document has no location).
     */
    static SearchHit toHit(Document doc, float score, GeoPoint center) {
        String type = doc.get(TYPE);
        SubjectType subjectType = Arrays.stream(SubjectType.values()).filter(t -> t.key().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown subject type in the index: " + type));
        Double distance = center == null ? null : location(doc).map(at -> distanceMeters(center, at)).orElse(null);
        return new SearchHit(new SubjectId(doc.get(ID)), subjectType, new AreaId(doc.get(GRID)), score, distance);
    }

    /** The stored location of a document, if it has one. */
    static Optional<GeoPoint> location(Document doc) {
        String text = doc.get(LOCATION_TEXT);
        return text == null ? Optional.empty() : GeoPoint.parse(text).toOptional();
    }

    /** Great-circle distance in metres (Lucene's haversine, the same formula its distance query and sort use). */
    static double distanceMeters(GeoPoint from, GeoPoint to) {
        return SloppyMath.haversinMeters(from.lat().doubleValue(), from.lon().doubleValue(),
                to.lat().doubleValue(), to.lon().doubleValue());
    }

    /** The catalog field holding the subject's name: the resident's, the household head's, the place's. */
    static String nameField(SubjectType type) {
        return switch (type) {
            case RESIDENT -> "resident.name";
            case HOUSEHOLD -> "household.head_name";
            case PLACE -> "place.name";
        };
    }

    /** 330110.001.002.03 → 330110, 330110.001, 330110.001.002, 330110.001.002.03. */
    static List<String> scopes(String grid) {
        String[] codes = grid.split("\\.");
        String[] prefixes = new String[codes.length];
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < codes.length; i++) {
            path.append(i == 0 ? "" : ".").append(codes[i]);
            prefixes[i] = path.toString();
        }
        return List.of(prefixes);
    }

    /** The keyed term of an ID number, a phone number or a tail (see {@link SensitiveTerms}). */
    Term keyed(String field, String canonicalValue) {
        return new Term(field, sensitive.term(field, canonicalValue));
    }

    private void addName(Document doc, String raw) {
        String name = Normalize.text(raw);
        if (name.isEmpty()) {
            return;
        }
        doc.add(new TextField(NAME, name, Store.NO));
        doc.add(new StringField(NAME_EXACT, Normalize.nameKey(name), Store.NO));
        Pinyin.Spellings spellings = Pinyin.of(name);
        spellings.full().forEach(s -> doc.add(new StringField(PINYIN, s, Store.NO)));
        spellings.initials().forEach(s -> doc.add(new StringField(INITIALS, s, Store.NO)));
    }

    private void addAddress(Document doc, String raw) {
        String address = Normalize.text(raw);
        if (!address.isEmpty()) {
            doc.add(new TextField(ADDRESS, address, Store.NO));
        }
    }

    private void addIdNumber(Document doc, String raw) {
        String id = Normalize.idNumber(raw);
        if (id.isEmpty()) {
            return;
        }
        doc.add(keyedField(ID_NUMBER, id));
        String tail = Normalize.tail(id);
        if (!tail.isEmpty()) {
            doc.add(keyedField(ID_TAIL, tail));
        }
    }

    private void addPhone(Document doc, String raw) {
        String phone = Normalize.phone(raw);
        if (phone.isEmpty()) {
            return;
        }
        doc.add(keyedField(PHONE, phone));
        String tail = Normalize.tail(phone);
        if (!tail.isEmpty()) {
            doc.add(keyedField(PHONE_TAIL, tail));
        }
    }

    /** {@code resident.birth_date} (ISO date) as its epoch day, for the age range; an unreadable date is left out. */
    private static void addBirthDay(Document doc, String raw) {
        try {
            doc.add(new IntPoint(BIRTH_DAY, Math.toIntExact(LocalDate.parse(raw.strip()).toEpochDay())));
        } catch (DateTimeParseException | ArithmeticException e) {
            // no birth date, or not a date: the resident matches no age range
        }
    }

    /** {@code resident.household_id}: the household whose address finds the resident (see {@link HouseholdMembers}). */
    private static void addHouseholdRef(Document doc, String raw) {
        String household = raw.strip();
        if (!household.isEmpty()) {
            doc.add(new StringField(HOUSEHOLD_REF, household, Store.NO));
        }
    }

    /** {@code place.type}, a single choice code, for the place-type filter. */
    private static void addPlaceType(Document doc, String raw) {
        String code = raw.strip();
        if (!code.isEmpty()) {
            doc.add(new StringField(PLACE_TYPE, code, Store.NO));
        }
    }

    /**
     * A GPS value ({@code "lat lon"}, see {@link GeoPoint}) as a point (distance and polygon filters),
     * doc values (distance sort) and stored text ({@link RegistryIndex#location}, hit distances).
     */
    private static void addLocation(Document doc, String raw) {
        GeoPoint.parse(raw).toOptional().ifPresent(point -> {
            double lat = point.lat().doubleValue();
            double lon = point.lon().doubleValue();
            doc.add(new LatLonPoint(LOCATION, lat, lon));
            doc.add(new LatLonDocValuesField(LOCATION, lat, lon));
            doc.add(new StoredField(LOCATION_TEXT, point.value()));
        });
    }

    private StringField keyedField(String field, String canonicalValue) {
        return new StringField(field, sensitive.term(field, canonicalValue), Store.NO);
    }

    /**
     * Adds dedup's blocking terms of a record to its document (nothing when there are none): each term a
     * keyword of {@link #BLOCK}, and the subject id as {@link #BLOCK_ID} doc values, which the candidate
     * query reads instead of stored fields (a stored field costs a block decompression per hit).
     */
    static void addBlockingTerms(Document doc, SubjectId id, Collection<String> terms) {
        if (terms.isEmpty()) {
            return;
        }
        for (String term : terms) {
            doc.add(new StringField(BLOCK, term, Store.NO));
        }
        doc.add(new BinaryDocValuesField(BLOCK_ID, new BytesRef(id.value())));
    }
}
