package org.oneform.sync.search;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Optional filters of a {@link SearchQuery}, combined with AND; a {@code null} component is no
 * filter. A filter of one subject type's field also limits the hits to that type: an age range finds
 * only residents, a place type only places, {@code near} and {@code within} only subjects with a
 * location (places, and households whose {@code household.location} was collected).
 * See docs/decisions/0023-search-filters-and-geo.md.
 *
 * @param minAge    residents at least this old (whole years on {@code today}), or null
 * @param maxAge    residents at most this old (inclusive: 60 includes the day before the 61st birthday), or null
 * @param today     the day ages are computed for; null means today in Asia/Shanghai
 * @param placeType places of this {@code place.type} choice code, e.g. {@code restaurant}, or null
 * @param near      subjects within a circle, or null
 * @param within    subjects inside a polygon, or null
 */
public record SearchFilters(Integer minAge, Integer maxAge, LocalDate today, String placeType, GeoCircle near,
                            GeoPolygon within) {

    /** No filter at all. */
    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null);
    /** The zone "today" is taken in when {@link #today} is null. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Ages above this are not a person's. */
    public static final int MAX_AGE = 150;

    public SearchFilters {
        checkAge("minAge", minAge);
        checkAge("maxAge", maxAge);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException("minAge must not exceed maxAge: " + minAge + " > " + maxAge);
        }
        placeType = placeType == null || placeType.isBlank() ? null : placeType.strip();
    }

    private static void checkAge(String field, Integer age) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new IllegalArgumentException(field + " must be 0.." + MAX_AGE + ": " + age);
        }
    }

    /** Residents aged {@code min} to {@code max} years inclusive; either may be null (open end). */
    public SearchFilters withAge(Integer min, Integer max) {
        return new SearchFilters(min, max, today, placeType, near, within);
    }

    /** Ages computed for this day instead of today. */
    public SearchFilters withToday(LocalDate day) {
        return new SearchFilters(minAge, maxAge, day, placeType, near, within);
    }

    public SearchFilters withPlaceType(String type) {
        return new SearchFilters(minAge, maxAge, today, type, near, within);
    }

    public SearchFilters withNear(GeoCircle circle) {
        return new SearchFilters(minAge, maxAge, today, placeType, circle, within);
    }

    public SearchFilters withWithin(GeoPolygon polygon) {
        return new SearchFilters(minAge, maxAge, today, placeType, near, polygon);
    }

    /** Whether no filter is set. */
    public boolean isEmpty() {
        return minAge == null && maxAge == null && placeType == null && near == null && within == null;
    }

    /** The day ages are computed for. */
    public LocalDate day() {
        return today != null ? today : LocalDate.now(ZONE);
    }
}
