package org.oneform.app.search;

import org.oneform.forms.catalog.SubjectType;

/**
 * One search result as a screen shows it: identifiers already masked on the server.
 *
 * @param title          a resident's or place's name, or a household's head
 * @param detail         what tells two results with the same title apart: a resident's birth date, a
 *                       household's number of members, a place's type code
 * @param area           the grid's path below the district (names, not codes)
 * @param age            a resident's age in whole years today, or {@code null}
 * @param distanceMeters how far from the place asked about ("places within 500 m"), or {@code null}
 */
public record SearchRow(String id, SubjectType type, String title, String detail, String idNumberMasked,
                        String phoneMasked, String address, String area, Integer age, Double distanceMeters) {
}
