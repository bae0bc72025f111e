package org.oneform.app.search;

import java.util.List;

import org.oneform.forms.catalog.SubjectType;

/**
 * What a click on a search result shows: the record's filled fields, labelled in the screen's language,
 * with ID numbers and phones masked and other sensitive values (health, disability …) withheld.
 *
 * @param title    the row's title (name, household head, place name)
 * @param area     the grid's path below the district
 * @param lines    label and shown value, in catalog order
 * @param revealable whether the record holds an ID number or phone that a reveal would show in full
 */
public record RecordSummary(String id, SubjectType type, String title, String area, List<Line> lines, boolean revealable) {

    public RecordSummary {
        lines = List.copyOf(lines);
    }

    /** One field as shown. */
    public record Line(String fieldId, String label, String value) {
    }

    /** The full ID number and phone(s) of one record, after an audited reveal. */
    public record Revealed(List<Line> lines) {
        public Revealed {
            lines = List.copyOf(lines);
        }
    }
}
