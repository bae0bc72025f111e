package org.oneform.forms.xlsform.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oneform.forms.catalog.FieldType;

/**
 * An XLSForm {@code type} cell, understood: a question type with our {@link FieldType}, a structure marker,
 * metadata to skip, or unsupported (with the reason). Accepts pyxform's spellings: {@code select_one x},
 * {@code select one x}, {@code select one from x}, {@code select all that apply from x}, {@code begin_group}
 * and {@code begin group}, case-insensitive keywords. A {@code select_one} whose list is exactly
 * {@code yes}/{@code no} becomes {@link FieldType#YES_NO} later, once the choices are known.
 *
 * @param kind        what the row is
 * @param fieldType   the field type for {@link Kind#QUESTION} and {@link Kind#CALCULATE}, else null
 * @param list        the choice list name of a select, else empty
 * @param unsupported why the type cannot be imported, for {@link Kind#UNSUPPORTED}
 */
public record XlsType(Kind kind, FieldType fieldType, String list, String unsupported) {

    /** What a survey row is. */
    public enum Kind { QUESTION, CALCULATE, BEGIN_GROUP, END_GROUP, BEGIN_REPEAT, END_REPEAT, METADATA, UNSUPPORTED }

    private static final Pattern SELECT = Pattern.compile(
            "(select_one|select one|select one from|select_multiple|select multiple|select all that apply|select all that apply from)"
                    + "\\s+(\\S+)(\\s+(or_other|or specify other))?", Pattern.CASE_INSENSITIVE);

    /** Collected by the tablet itself or meaningless here; they hold no question. */
    private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "imei", "username",
            "email", "phonenumber", "simserial", "subscriberid", "audit", "start-geopoint", "instanceid");

    private static final Set<String> UNSUPPORTED = Set.of("time", "datetime", "audio", "video", "file", "barcode",
            "geotrace", "geoshape", "range", "rank", "trigger", "acknowledge", "hidden", "xml-external",
            "csv-external", "background-audio", "background-geopoint", "select_one_from_file",
            "select_multiple_from_file", "select_one_external", "begin loop", "end loop", "begin_loop", "end_loop");

    public static XlsType parse(String cell) {
        String raw = cell.strip().replaceAll("\\s+", " ");
        Matcher select = SELECT.matcher(raw);
        if (select.matches()) {
            if (select.group(3) != null) {
                return unsupported("'" + select.group(4) + "' is not supported: add an 'other' choice and a text "
                        + "question relevant when it is selected");
            }
            boolean one = select.group(1).toLowerCase(Locale.ROOT).contains("one");
            return new XlsType(Kind.QUESTION, one ? FieldType.SINGLE_CHOICE : FieldType.MULTIPLE_CHOICE,
                    select.group(2), "");
        }
        String key = raw.toLowerCase(Locale.ROOT);
        if (key.startsWith("begin loop") || key.startsWith("begin_loop")) {
            return unsupported("loops over a choice list are not supported; use a repeat group");
        }
        return switch (key) {
            case "text", "string" -> question(FieldType.TEXT);
            case "integer", "int" -> question(FieldType.INTEGER);
            case "decimal" -> question(FieldType.DECIMAL);
            case "date" -> question(FieldType.DATE);
            case "geopoint", "gps" -> question(FieldType.GPS);
            case "image", "photo" -> question(FieldType.PHOTO);
            case "note" -> question(FieldType.NOTE);
            case "phone number", "phone_number" -> question(FieldType.PHONE);
            case "calculate" -> new XlsType(Kind.CALCULATE, FieldType.TEXT, "", "");
            case "begin group", "begin_group" -> marker(Kind.BEGIN_GROUP);
            case "end group", "end_group" -> marker(Kind.END_GROUP);
            case "begin repeat", "begin_repeat" -> marker(Kind.BEGIN_REPEAT);
            case "end repeat", "end_repeat" -> marker(Kind.END_REPEAT);
            default -> {
                if (METADATA.contains(key)) {
                    yield marker(Kind.METADATA);
                }
                if (UNSUPPORTED.contains(key) || key.startsWith("select_one_from_file")
                        || key.startsWith("select_multiple_from_file")) {
                    yield unsupported("type '" + raw + "' has no counterpart in the catalog");
                }
                yield unsupported("unknown type '" + raw + "'");
            }
        };
    }

    private static XlsType question(FieldType type) {
        return new XlsType(Kind.QUESTION, type, "", "");
    }

    private static XlsType marker(Kind kind) {
        return new XlsType(kind, null, "", "");
    }

    private static XlsType unsupported(String reason) {
        return new XlsType(Kind.UNSUPPORTED, null, "", reason);
    }
}
