package org.oneform.forms.xlsform.internal;

import java.util.ArrayList;
import java.util.List;

import org.oneform.forms.catalog.Choice;
import org.oneform.forms.catalog.FieldType;

/** One survey row that becomes a field (a question, a calculation or a repeat group), while it is planned. */
final class Question {

    final int row;
    final String name;
    final String key;
    final String xlsType;
    FieldType type;
    final boolean calculate;
    final Labels.Pair label;
    final Labels.Pair hint;
    final String required;
    final String relevant;
    final String constraint;
    final String calculation;
    final String section;
    final List<String> groupRelevance;
    final String explicit;
    final Question repeat;
    final List<Question> children = new ArrayList<>();
    List<Choice> choices = List.of();
    String fieldId = "";
    boolean reused;
    /** A row of a reused repeat group that the catalog group has no child for: not imported. */
    boolean dropped;

    Question(int row, String name, String key, String xlsType, FieldType type, boolean calculate, Labels.Pair label,
             Labels.Pair hint, String required, String relevant, String constraint, String calculation, String section,
             List<String> groupRelevance, String explicit, Question repeat) {
        this.row = row;
        this.name = name;
        this.key = key;
        this.xlsType = xlsType;
        this.type = type;
        this.calculate = calculate;
        this.label = label;
        this.hint = hint;
        this.required = required;
        this.relevant = relevant;
        this.constraint = constraint;
        this.calculation = calculation;
        this.section = section;
        this.groupRelevance = List.copyOf(groupRelevance);
        this.explicit = explicit;
        this.repeat = repeat;
    }

    boolean isRepeat() {
        return type == FieldType.REPEAT_GROUP;
    }
}
