package org.oneform.app.search;

import java.util.ArrayList;
import java.util.List;

import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;

/**
 * What the search screen asks for. Anything may arrive here (a screen, a test, a crafted request):
 * {@link #problems()} says what is wrong with it, field by field, and a request with problems finds
 * nothing. The area is a wish: the server narrows it to the signed-in account's own scope.
 *
 * @param text      the search box; {@code null} counts as empty, surrounding blanks are ignored
 * @param type      residents, households or places only, or {@code null} for all
 * @param area      a district, street, community or grid to search in, or {@code null} for the whole scope
 * @param minAge    residents at least this old (whole years, inclusive), or {@code null}
 * @param maxAge    residents at most this old (whole years, inclusive), or {@code null}
 * @param placeType places of this {@code place.type} choice code only, or {@code null}
 */
public record SearchRequest(String text, SubjectType type, AreaId area, Integer minAge, Integer maxAge, String placeType) {

    /** The longest text searched; longer text is refused with a message at the box. */
    public static final int MAX_TEXT = 200;
    /** The highest age accepted in the age filter. */
    public static final int MAX_AGE = 150;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        placeType = placeType == null || placeType.isBlank() ? null : placeType.strip();
    }

    /** Only text, everything else open. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, null);
    }

    public boolean filtersByAge() {
        return minAge != null || maxAge != null;
    }

    /** What is wrong, one problem per field at most; empty when the request can run. */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (text.length() > MAX_TEXT) {
            problems.add(new Problem(Problem.TEXT, "search.problem.text-too-long"));
        } else if (text.isEmpty() && !filtersByAge() && placeType == null) {
            problems.add(new Problem(Problem.TEXT, "search.empty"));
        }
        boolean minOk = minAge == null || (minAge >= 0 && minAge <= MAX_AGE);
        boolean maxOk = maxAge == null || (maxAge >= 0 && maxAge <= MAX_AGE);
        if (!minOk) {
            problems.add(new Problem(Problem.MIN_AGE, "search.problem.age-range"));
        }
        if (!maxOk) {
            problems.add(new Problem(Problem.MAX_AGE, "search.problem.age-range"));
        } else if (minOk && minAge != null && maxAge != null && minAge > maxAge) {
            problems.add(new Problem(Problem.MAX_AGE, "search.problem.age-order"));
        }
        if (filtersByAge() && (placeType != null || (type != null && type != SubjectType.RESIDENT))) {
            problems.add(new Problem(Problem.MIN_AGE, "search.problem.age-residents-only"));
        } else if (placeType != null && type != null && type != SubjectType.PLACE) {
            problems.add(new Problem(Problem.PLACE_TYPE, "search.problem.place-type-places-only"));
        }
        return List.copyOf(problems);
    }

    /** The subject type actually searched: an age filter means residents, a place type places. */
    public SubjectType effectiveType() {
        if (filtersByAge()) {
            return SubjectType.RESIDENT;
        }
        return placeType != null ? SubjectType.PLACE : type;
    }

    /**
     * One thing wrong with a request.
     *
     * @param field      {@link #TEXT}, {@link #MIN_AGE}, {@link #MAX_AGE} or {@link #PLACE_TYPE}
     * @param messageKey the message shown at that field
     */
    public record Problem(String field, String messageKey) {
        public static final String TEXT = "text";
        public static final String MIN_AGE = "minAge";
        public static final String MAX_AGE = "maxAge";
        public static final String PLACE_TYPE = "placeType";
    }
}
