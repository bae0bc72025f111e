package org.oneform.forms.values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A GPS point in decimal degrees (WGS 84, as the tablet's Geolocation API reports it), stored as the canonical
 * text {@code "lat lon"}: plain decimals without exponent or trailing zeros, a space between, e.g.
 * {@code "30.2741 120.1551"}. See docs/decisions/0018-gps-values-and-validation-conformance.md.
 *
 * <p>{@link #parse(Object)} accepts what arrives:
 * <ul>
 * <li>the collector contract's object {@code {lat, lon, accuracy}}: JSON numbers only, {@code accuracy} in
 *     metres, optional (absent or null) and ≥ 0, no other keys;</li>
 * <li>ODK's text {@code "lat lon [alt [accuracy]]"} (spaces or commas) — also the stored form, so every
 *     stored value parses back to itself;</li>
 * <li>a list of 2 to 4 numbers {@code [lat, lon, alt, accuracy]}.</li>
 * </ul>
 * Latitude must be in [-90, 90], longitude in [-180, 180]; anything else is {@link #INVALID}. The accuracy is
 * checked but not part of the value: the point is the fact about the subject, the accuracy a property of one
 * measurement (it stays in the ledger's raw payload).
 *
 * @param lat latitude in degrees, canonical (trailing zeros stripped)
 * @param lon longitude in degrees, canonical (trailing zeros stripped)
 */
public record GeoPoint(BigDecimal lat, BigDecimal lon) {

    /** The reason code of every malformed point (the validator's message key). */
    public static final String INVALID = "gps";

    private static final BigDecimal MAX_LAT = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LON = BigDecimal.valueOf(180);
    private static final Set<String> KEYS = Set.of("lat", "lon", "accuracy");

    public GeoPoint {
        Objects.requireNonNull(lat, "lat");
        Objects.requireNonNull(lon, "lon");
        if (lat.abs().compareTo(MAX_LAT) > 0 || lon.abs().compareTo(MAX_LON) > 0) {
            throw new IllegalArgumentException("not a point: " + lat + " " + lon);
        }
        lat = canonical(lat);
        lon = canonical(lon);
    }

    /** The stored text, {@code "lat lon"}. */
    public String value() {
        return lat.toPlainString() + " " + lon.toPlainString();
    }

    @Override
    public String toString() {
        return value();
    }

    public static Parsed<GeoPoint> parse(Object raw) {
        return switch (raw) {
            case Map<?, ?> object -> object(object);
            case String text -> list(List.of(Blanks.strip(text).split("[\\s\\p{Z}\\x{1C}-\\x{1F}\\x{FEFF},]+")));
            case List<?> list -> list(list);
            case null, default -> invalid();
        };
    }

    private static Parsed<GeoPoint> object(Map<?, ?> object) {
        if (!KEYS.containsAll(object.keySet())) {
            return invalid();
        }
        BigDecimal lat = number(object.get("lat"), false);
        BigDecimal lon = number(object.get("lon"), false);
        Object rawAccuracy = object.get("accuracy");
        BigDecimal accuracy = rawAccuracy == null ? BigDecimal.ZERO : number(rawAccuracy, false);
        if (accuracy == null || accuracy.signum() < 0) {
            return invalid();
        }
        return point(lat, lon);
    }

    private static Parsed<GeoPoint> list(List<?> parts) {
        if (parts.size() < 2 || parts.size() > 4) {
            return invalid();
        }
        List<BigDecimal> numbers = new ArrayList<>();
        for (Object part : parts) {
            BigDecimal n = number(part, true);
            if (n == null) {
                return invalid();
            }
            numbers.add(n);
        }
        return point(numbers.get(0), numbers.get(1));
    }

    private static Parsed<GeoPoint> point(BigDecimal lat, BigDecimal lon) {
        if (lat == null || lon == null || lat.abs().compareTo(MAX_LAT) > 0 || lon.abs().compareTo(MAX_LON) > 0) {
            return invalid();
        }
        return new Parsed.Valid<>(new GeoPoint(lat, lon));
    }

    /** A finite number; text only where the input is text anyway (ODK points, lists of text). */
    private static BigDecimal number(Object raw, boolean textAllowed) {
        try {
            return switch (raw) {
                case BigDecimal d -> d;
                case Double d when d.isNaN() || d.isInfinite() -> null;
                case Float f when f.isNaN() || f.isInfinite() -> null;
                case Number n -> new BigDecimal(n.toString());
                case String s when textAllowed && Blanks.strip(s).matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") ->
                        new BigDecimal(Blanks.strip(s));
                case null, default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal canonical(BigDecimal n) {
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Parsed<GeoPoint> invalid() {
        return new Parsed.Invalid<>(INVALID);
    }
}
