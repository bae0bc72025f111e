package org.oneform.forms.xlsform.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.oneform.forms.catalog.Catalog;
import org.oneform.forms.catalog.Choice;
import org.oneform.forms.catalog.FieldDefinition;
import org.oneform.forms.catalog.FieldType;
import org.oneform.forms.catalog.Sensitivity;
import org.oneform.forms.expr.CycleCheck;
import org.oneform.forms.expr.Expression;
import org.oneform.forms.request.RequestContent;
import org.oneform.forms.xlsform.ImportOptions;
import org.oneform.forms.xlsform.ImportProblem;
import org.oneform.forms.xlsform.ImportProblem.Code;
import org.oneform.forms.xlsform.ImportReport;
import org.oneform.forms.xlsform.RowMapping;
import org.oneform.forms.xlsform.RowMapping.Match;
import org.oneform.forms.xlsform.RowMapping.Outcome;

/**
 * Plans an import without saving anything: reads the sheets, understands the survey's structure, matches
 * rows to existing catalog fields, builds the new fields and translates their expressions, then checks the
 * whole batch as the catalog would. See docs/decisions/0019 for the rules.
 */
public final class Planner {

    static final String SURVEY = "survey";
    static final String CHOICES = "choices";
    static final String SETTINGS = "settings";
    /** Survey column naming the catalog field a row is (an explicit match). */
    static final String EXPLICIT_COLUMN = "oneform_field";
    private static final Pattern CHOICE_CODE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final List<String> LOST_COLUMNS = List.of("choice_filter", "default", "repeat_count", "parameters",
            "trigger", "read_only");

    private final Catalog catalog;
    private final ImportOptions options;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<RowMapping> rows = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final Set<String> metadata = new HashSet<>();
    private final Map<Question, Match> matches = new HashMap<>();
    private final Map<String, List<ChoiceRow>> lists = new LinkedHashMap<>();
    private String defaultLanguage = "";

    private Planner(Catalog catalog, ImportOptions options) {
        this.catalog = catalog;
        this.options = options;
    }

    /** The report for {@code xlsx}; its content is present only when nothing blocks. */
    public static ImportReport plan(Catalog catalog, byte[] xlsx, String fileName, ImportOptions options) {
        return new Planner(catalog, options).run(xlsx, fileName);
    }

    private record ChoiceRow(int row, String code, Labels.Pair label) {
    }

    private record Frame(boolean repeat, int row, String key, String relevant, Question question) {
    }

    private ImportReport run(byte[] xlsx, String fileName) {
        Map<String, Table> tables;
        try {
            tables = WorkbookReader.read(xlsx, List.of(SURVEY, CHOICES, SETTINGS));
        } catch (WorkbookReader.Unreadable e) {
            return failed(fileName, new ImportProblem(fileName, 0, "", Code.UNREADABLE_FILE, e.getMessage()));
        } catch (WorkbookReader.TooLarge e) {
            return failed(fileName, new ImportProblem(e.getMessage(), WorkbookReader.MAX_ROWS + 1, "", Code.TOO_LARGE,
                    "more than " + WorkbookReader.MAX_ROWS + " rows"));
        }
        Table settings = tables.get(SETTINGS);
        String title = fileName;
        String formId = "";
        if (settings != null && !settings.rows().isEmpty()) {
            Table.Line line = settings.rows().getFirst();
            title = Optional.of(line.get("form_title")).filter(s -> !s.isEmpty()).orElse(fileName);
            formId = line.get("form_id");
            defaultLanguage = line.get("default_language");
        }
        Table survey = tables.get(SURVEY);
        if (survey == null) {
            return failed(title, new ImportProblem(SURVEY, 0, "", Code.MISSING_SHEET, "no sheet named 'survey'"));
        }
        for (String column : List.of("type", "name")) {
            if (!survey.has(column)) {
                problems.add(new ImportProblem(SURVEY, 1, column, Code.MISSING_COLUMN, "no '" + column + "' column"));
            }
        }
        if (!problems.isEmpty()) {
            return report(title, formId, Optional.empty());
        }
        readChoices(tables.get(CHOICES));
        readSurvey(survey);
        match();
        Map<String, String> ids = allocate();
        List<FieldDefinition> proposed = build(ids);
        checkCycles(proposed);
        if (problems.stream().noneMatch(ImportProblem::blocking)) {
            checkWithCatalog(proposed);
        }
        if (problems.stream().anyMatch(ImportProblem::blocking)) {
            return report(title, formId, Optional.empty());
        }
        List<String> requested = new ArrayList<>();
        for (Question q : questions) {
            if (q.repeat == null && !requested.contains(q.fieldId)) {
                requested.add(q.fieldId);
            }
        }
        return report(title, formId, Optional.of(new RequestContent(options.department(), options.subjectType(),
                requested, options.purpose(), "", options.refresh(), proposed)));
    }

    private ImportReport failed(String title, ImportProblem problem) {
        problems.add(problem);
        return report(title, "", Optional.empty());
    }

    private ImportReport report(String title, String formId, Optional<RequestContent> content) {
        List<RowMapping> mapped = new ArrayList<>(rows);
        for (Question q : questions) {
            if (q.dropped) {
                mapped.add(new RowMapping(q.row, q.name, q.xlsType, Outcome.SKIPPED, "", null, null, q.label.any()));
                continue;
            }
            mapped.add(new RowMapping(q.row, q.name, q.xlsType, q.reused ? Outcome.REUSED : Outcome.NEW, q.fieldId,
                    q.type, q.reused ? matches.get(q) : null, q.label.any()));
        }
        mapped.sort(Comparator.comparingInt(RowMapping::row));
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((ImportProblem p) -> sheetOrder(p.sheet())).thenComparingInt(ImportProblem::row));
        return new ImportReport(title, formId, mapped, sorted, content);
    }

    private static int sheetOrder(String sheet) {
        return switch (sheet) {
            case SURVEY -> 1;
            case CHOICES -> 2;
            case SETTINGS -> 3;
            default -> 0;
        };
    }

    // ---- choices -------------------------------------------------------------------------------------------

    private void readChoices(Table choices) {
        if (choices == null) {
            return;
        }
        String listColumn = choices.has("list_name") ? "list_name" : "list name";
        for (String column : List.of(listColumn, "name")) {
            if (!choices.has(column)) {
                problems.add(new ImportProblem(CHOICES, 1, column, Code.MISSING_COLUMN, "no '" + column + "' column"));
                return;
            }
        }
        for (Table.Line line : choices.rows()) {
            String list = line.get(listColumn);
            String code = line.get("name");
            if (list.isEmpty() && code.isEmpty()) {
                continue;
            }
            if (list.isEmpty() || code.isEmpty()) {
                problems.add(new ImportProblem(CHOICES, line.number(), list.isEmpty() ? listColumn : "name",
                        Code.INVALID_CHOICE, "a choice needs a list name and a name"));
                continue;
            }
            List<ChoiceRow> entries = lists.computeIfAbsent(list, k -> new ArrayList<>());
            if (!CHOICE_CODE.matcher(code).matches()) {
                problems.add(new ImportProblem(CHOICES, line.number(), "name", Code.INVALID_CHOICE,
                        "'" + code + "': a choice name must be letters, digits, _ or -"));
            } else if (entries.stream().anyMatch(c -> c.code().equals(code))) {
                problems.add(new ImportProblem(CHOICES, line.number(), "name", Code.INVALID_CHOICE,
                        "'" + code + "' appears twice in list " + list));
            }
            entries.add(new ChoiceRow(line.number(), code, Labels.of(choices, line, "label", defaultLanguage)));
        }
    }

    private List<Choice> choicesOf(String list, int row) {
        List<ChoiceRow> entries = lists.get(list);
        if (entries == null || entries.isEmpty()) {
            problems.add(new ImportProblem(SURVEY, row, "type", Code.UNKNOWN_CHOICE_LIST,
                    "no choice list '" + list + "' on the choices sheet"));
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        for (ChoiceRow entry : entries) {
            String zh = entry.label().zh().isEmpty() ? entry.label().any() : entry.label().zh();
            String en = entry.label().en().isEmpty() ? entry.label().any() : entry.label().en();
            if (zh.isEmpty()) {
                zh = en = entry.code();
            }
            choices.add(new Choice(entry.code(), zh, en));
        }
        return choices;
    }

    // ---- survey structure ----------------------------------------------------------------------------------

    private void readSurvey(Table survey) {
        Deque<Frame> frames = new ArrayDeque<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Line line : survey.rows()) {
            String typeCell = line.get("type");
            String name = line.get("name");
            if (typeCell.isEmpty()) {
                if (!name.isEmpty()) {
                    problems.add(new ImportProblem(SURVEY, line.number(), "type", Code.UNSUPPORTED_TYPE,
                            "row '" + name + "' has no type"));
                }
                continue;
            }
            XlsType type = XlsType.parse(typeCell);
            switch (type.kind()) {
                case UNSUPPORTED -> problems.add(new ImportProblem(SURVEY, line.number(), "type", Code.UNSUPPORTED_TYPE,
                        type.unsupported()));
                case METADATA -> {
                    metadata.add(name);
                    rows.add(new RowMapping(line.number(), name, typeCell, Outcome.SKIPPED, "", null, null, ""));
                }
                case BEGIN_GROUP -> {
                    frames.push(new Frame(false, line.number(), key(name), line.get("relevant"), null));
                    rows.add(new RowMapping(line.number(), name, typeCell, Outcome.SKIPPED, "", null, null,
                            Labels.of(survey, line, "label", defaultLanguage).any()));
                }
                case END_GROUP, END_REPEAT -> {
                    boolean repeat = type.kind() == XlsType.Kind.END_REPEAT;
                    if (frames.isEmpty() || frames.peek().repeat() != repeat) {
                        problems.add(new ImportProblem(SURVEY, line.number(), "type", Code.UNBALANCED_GROUP,
                                "'" + typeCell + "' without a matching begin" + (frames.isEmpty() ? ""
                                        : " (row " + frames.peek().row() + " is still open)")));
                    } else {
                        frames.pop();
                    }
                    if (!repeat) {
                        rows.add(new RowMapping(line.number(), name, typeCell, Outcome.SKIPPED, "", null, null, ""));
                    }
                }
                case BEGIN_REPEAT, QUESTION, CALCULATE -> {
                    Question q = question(survey, line, type, frames, seen);
                    if (q != null && type.kind() == XlsType.Kind.BEGIN_REPEAT) {
                        frames.push(new Frame(true, line.number(), q.key, "", q));
                    }
                }
            }
        }
        for (Frame open : frames) {
            problems.add(new ImportProblem(SURVEY, open.row(), "type", Code.UNBALANCED_GROUP,
                    "begin " + (open.repeat() ? "repeat" : "group") + " '" + open.key() + "' is never ended"));
        }
    }

    private Question question(Table survey, Table.Line line, XlsType type, Deque<Frame> frames, Map<String, Integer> seen) {
        String name = line.get("name");
        int row = line.number();
        String key = key(name);
        if (key.isEmpty()) {
            problems.add(new ImportProblem(SURVEY, row, "name", Code.INVALID_NAME,
                    name.isEmpty() ? "the row has no name"
                            : "'" + name + "' cannot become a field id: use Latin letters, digits and _"));
            return null;
        }
        Integer earlier = seen.putIfAbsent(key, row);
        if (earlier != null) {
            problems.add(new ImportProblem(SURVEY, row, "name", Code.DUPLICATE_NAME,
                    "'" + name + "' is already used on row " + earlier));
            return null;
        }
        Question repeat = null;
        List<String> groupRelevance = new ArrayList<>();
        String section = "";
        for (Frame frame : frames) {  // innermost first
            if (frame.repeat() && repeat == null) {
                repeat = frame.question();
            }
            if (!frame.repeat() && repeat == null && !frame.relevant().isEmpty()) {
                groupRelevance.addFirst(frame.relevant());
            }
            if (section.isEmpty() && !frame.repeat() && !frame.key().isEmpty()) {
                section = frame.key();
            }
        }
        boolean isRepeat = type.kind() == XlsType.Kind.BEGIN_REPEAT;
        if (isRepeat && repeat != null) {
            problems.add(new ImportProblem(SURVEY, row, "type", Code.NESTED_REPEAT,
                    "repeat '" + name + "' is inside repeat '" + repeat.name + "' (row " + repeat.row + ")"));
            return null;
        }
        for (String column : LOST_COLUMNS) {
            if (!line.get(column).isEmpty()) {
                problems.add(new ImportProblem(SURVEY, row, column, Code.NOT_CARRIED_OVER, line.get(column)));
            }
        }
        Question q = new Question(row, name, key, line.get("type"), isRepeat ? FieldType.REPEAT_GROUP : type.fieldType(),
                type.kind() == XlsType.Kind.CALCULATE, Labels.of(survey, line, "label", defaultLanguage),
                Labels.of(survey, line, "hint", defaultLanguage), Expressions.required(line.get("required")),
                line.get("relevant"), line.get("constraint"), line.get("calculation"), section.isEmpty() ? "xlsform" : section,
                groupRelevance, line.get(EXPLICIT_COLUMN), repeat);
        if (q.type.hasChoices()) {
            q.choices = choicesOf(type.list(), row);
            Set<String> codes = new HashSet<>();
            q.choices.forEach(c -> codes.add(c.code().toLowerCase(Locale.ROOT)));
            if (q.type == FieldType.SINGLE_CHOICE && codes.equals(Set.of("yes", "no"))) {
                q.type = FieldType.YES_NO;
                q.choices = List.of();
            }
        }
        if (!q.calculate && q.type != FieldType.NOTE && !q.label.isEmpty() && (q.label.zh().isEmpty() || q.label.en().isEmpty())) {
            problems.add(new ImportProblem(SURVEY, row, "label", Code.MISSING_TRANSLATION,
                    q.label.zh().isEmpty() ? "zh" : "en"));
        }
        if (repeat != null) {
            repeat.children.add(q);
        }
        questions.add(q);
        return q;
    }

    /** An XLSForm name as a field id segment: lower case, other characters to {@code _}, starting with a letter. */
    static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
        if (k.isEmpty()) {
            return "";
        }
        return Character.isLetter(k.charAt(0)) ? k : "q_" + k;
    }

    // ---- matching ------------------------------------------------------------------------------------------

    private void match() {
        String subject = options.subjectType().key();
        List<FieldDefinition> candidates = catalog.of(options.subjectType()).stream()
                .filter(f -> catalog.parentOf(f.id()).isEmpty()).toList();
        Map<String, Question> taken = new HashMap<>();
        for (Question q : questions) {
            if (q.repeat != null) {
                continue;
            }
            String explicit = Optional.ofNullable(options.mapping().get(q.name)).orElse(q.explicit);
            Optional<FieldDefinition> found = Optional.empty();
            Match how = null;
            if (!explicit.isEmpty()) {
                String id = explicit.contains(".") ? explicit : subject + "." + explicit;
                Optional<FieldDefinition> field = candidates.stream().filter(f -> f.id().equals(id)).findFirst();
                if (field.isEmpty()) {
                    problems.add(new ImportProblem(SURVEY, q.row, EXPLICIT_COLUMN, Code.UNKNOWN_MAPPING,
                            "no " + subject + " field " + id + " in the catalog"));
                    continue;
                }
                if (!compatible(q, field.get())) {
                    problems.add(new ImportProblem(SURVEY, q.row, EXPLICIT_COLUMN, Code.INCOMPATIBLE_MAPPING,
                            id + " is " + field.get().type().key() + ", the row is " + q.type.key()));
                    continue;
                }
                found = field;
                how = Match.EXPLICIT;
            }
            if (found.isEmpty()) {
                String id = subject + "." + q.key;
                found = candidates.stream().filter(f -> f.id().equals(id) && compatible(q, f)).findFirst();
                how = Match.ID;
            }
            if (found.isEmpty()) {
                Set<String> labels = new HashSet<>();
                List.of(q.label.zh(), q.label.en()).forEach(l -> {
                    if (!l.isEmpty()) {
                        labels.add(normal(l));
                    }
                });
                List<FieldDefinition> byLabel = candidates.stream()
                        .filter(f -> labels.contains(normal(f.labelZh())) || labels.contains(normal(f.labelEn())))
                        .filter(f -> compatible(q, f)).toList();
                if (byLabel.size() == 1) {
                    found = Optional.of(byLabel.getFirst());
                    how = Match.LABEL;
                }
            }
            if (found.isPresent()) {
                Question other = taken.putIfAbsent(found.get().id(), q);
                if (other != null) {
                    problems.add(new ImportProblem(SURVEY, q.row, "name", Code.DUPLICATE_MAPPING,
                            "'" + q.name + "' and '" + other.name + "' (row " + other.row + ") both match " + found.get().id()));
                    continue;
                }
                q.reused = true;
                q.fieldId = found.get().id();
                q.type = found.get().type();
                matches.put(q, how);
                for (Map.Entry<String, String> lost : Map.of("relevant", q.relevant, "constraint", q.constraint,
                        "calculation", q.calculation).entrySet()) {
                    if (!lost.getValue().isEmpty()) {
                        problems.add(new ImportProblem(SURVEY, q.row, lost.getKey(), Code.NOT_CARRIED_OVER,
                                lost.getValue() + " — " + q.fieldId + " keeps the catalog's own rules"));
                    }
                }
                if (q.isRepeat()) {
                    matchChildren(q, found.get());
                }
            }
        }
    }

    /** The rows of a repeat that matched an existing group map to that group's children, by name or label. */
    private void matchChildren(Question repeat, FieldDefinition group) {
        List<FieldDefinition> children = group.children().stream().map(catalog::find).flatMap(Optional::stream).toList();
        for (Question child : repeat.children) {
            Optional<FieldDefinition> found = children.stream().filter(f -> f.id().endsWith("." + child.key)
                    || f.id().endsWith("_" + child.key) || normal(f.labelZh()).equals(normal(child.label.any()))
                    || normal(f.labelEn()).equals(normal(child.label.any()))).findFirst();
            child.reused = true;
            if (found.isPresent()) {
                child.fieldId = found.get().id();
                child.type = found.get().type();
                matches.put(child, Match.LABEL);
            } else {
                child.dropped = true;
                problems.add(new ImportProblem(SURVEY, child.row, "name", Code.NOT_CARRIED_OVER,
                        "'" + child.name + "' is not a child of catalog group " + group.id()));
            }
        }
    }

    /** Whether a row of this type may be answered by the catalog field: same type, or a refinement of it. */
    private static boolean compatible(Question q, FieldDefinition f) {
        if (q.calculate || f.isCalculated()) {
            return q.calculate && f.isCalculated();
        }
        FieldType row = q.type;
        FieldType field = f.type();
        boolean typeFits = row == field
                || row == FieldType.TEXT && Set.of(FieldType.ID_NUMBER, FieldType.PHONE, FieldType.ADDRESS).contains(field)
                || row == FieldType.INTEGER && field == FieldType.DECIMAL
                || row == FieldType.SINGLE_CHOICE && field == FieldType.YES_NO
                || row == FieldType.YES_NO && field == FieldType.SINGLE_CHOICE;
        if (!typeFits) {
            return false;
        }
        Set<String> allowed = new HashSet<>();
        if (field == FieldType.YES_NO) {
            allowed.addAll(Set.of("yes", "no"));
        } else {
            f.choices().forEach(c -> allowed.add(c.code()));
        }
        Set<String> used = new HashSet<>();
        if (row == FieldType.YES_NO) {
            used.addAll(Set.of("yes", "no"));
        } else {
            q.choices.forEach(c -> used.add(c.code()));
        }
        return allowed.containsAll(used);
    }

    /** A label for comparison: no blanks, lower case, no trailing punctuation such as {@code ：?？}. */
    static String normal(String label) {
        return label.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}：？。，！]+$", "");
    }

    // ---- ids, fields and expressions -----------------------------------------------------------------------

    /** Gives every new field a free id and returns name → id for every row that became a field. */
    private Map<String, String> allocate() {
        Set<String> used = new HashSet<>(catalog.ids());
        questions.stream().filter(q -> q.reused).forEach(q -> used.add(q.fieldId));
        String subject = options.subjectType().key();
        Map<String, String> ids = new HashMap<>();
        for (Question q : questions) {
            if (!q.reused) {
                String base = subject + "." + (q.repeat != null && used.contains(subject + "." + q.key)
                        ? q.repeat.key + "_" + q.key : q.key);
                String id = base;
                for (int n = 2; used.contains(id); n++) {
                    id = base + "_" + n;
                }
                used.add(id);
                q.fieldId = id;
            }
            if (!q.fieldId.isEmpty()) {
                ids.put(q.name, q.fieldId);
            }
        }
        return ids;
    }

    private List<FieldDefinition> build(Map<String, String> ids) {
        List<FieldDefinition> fields = new ArrayList<>();
        for (Question q : questions) {
            if (q.reused) {
                continue;
            }
            String relevance = translate(q, "relevant", combine(q.groupRelevance, q.relevant), ids);
            FieldDefinition.Builder b = FieldDefinition.builder(q.fieldId, q.type)
                    .label(text(q.label.zh(), q.label.en(), q.name), text(q.label.en(), q.label.zh(), q.name))
                    .hint(q.hint.zh().isEmpty() ? q.hint.en() : q.hint.zh(), q.hint.en().isEmpty() ? q.hint.zh() : q.hint.en())
                    .choices(q.choices)
                    .required(q.type.holdsValue() && !q.calculate ? translate(q, "required", q.required, ids) : "")
                    .constraint(translate(q, "constraint", q.constraint, ids))
                    .relevance(relevance)
                    .calculation(q.calculate ? translate(q, "calculation", q.calculation, ids) : "")
                    .sensitivity(Sensitivity.PERSONAL)
                    .section(q.section)
                    .children(q.children.stream().map(c -> c.fieldId).toList());
            if (q.calculate && q.calculation.isBlank()) {
                problems.add(new ImportProblem(SURVEY, q.row, "calculation", Code.MALFORMED_EXPRESSION,
                        "a calculate row needs a calculation"));
            }
            if (!q.calculate && !q.calculation.isBlank()) {
                problems.add(new ImportProblem(SURVEY, q.row, "calculation", Code.NOT_CARRIED_OVER,
                        q.calculation + " — only calculate rows are computed"));
            }
            fields.add(b.build());
        }
        return fields;
    }

    private static String text(String first, String second, String fallback) {
        return !first.isEmpty() ? first : !second.isEmpty() ? second : fallback;
    }

    private static String combine(List<String> outer, String own) {
        List<String> parts = new ArrayList<>(outer);
        if (!own.isBlank()) {
            parts.add(own);
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.getFirst();
        }
        return String.join(" and ", parts.stream().map(p -> "(" + p + ")").toList());
    }

    private String translate(Question q, String column, String source, Map<String, String> ids) {
        Expressions.Translation t = Expressions.translate(source, ids, metadata);
        t.malformed().forEach(m -> problems.add(new ImportProblem(SURVEY, q.row, column, Code.MALFORMED_EXPRESSION, m)));
        t.unknown().forEach(u -> problems.add(new ImportProblem(SURVEY, q.row, column, Code.UNKNOWN_REFERENCE, u)));
        return t.source();
    }

    private void checkCycles(List<FieldDefinition> fields) {
        Map<String, Expression> calculations = new LinkedHashMap<>();
        fields.stream().filter(FieldDefinition::isCalculated)
                .forEach(f -> calculations.put(f.id(), Expression.parse(f.calculation())));
        CycleCheck.findCycle(calculations).ifPresent(cycle -> {
            Map<String, Question> byId = new HashMap<>();
            questions.forEach(q -> byId.put(q.fieldId, q));
            Question first = byId.get(cycle.path().getFirst());
            String path = String.join(" → ", cycle.path().stream().map(id -> byId.containsKey(id)
                    ? "${" + byId.get(id).name + "} (row " + byId.get(id).row + ")" : id).toList());
            problems.add(new ImportProblem(SURVEY, first == null ? 0 : first.row, "calculation",
                    Code.CYCLIC_CALCULATION, path));
        });
    }

    private void checkWithCatalog(List<FieldDefinition> proposed) {
        Map<String, Integer> rowOf = new HashMap<>();
        questions.forEach(q -> rowOf.put(q.fieldId, q.row));
        catalog.check(proposed).forEach(p -> problems.add(new ImportProblem(SURVEY,
                rowOf.getOrDefault(p.fieldId(), 0), "", Code.REJECTED, p.message())));
    }
}
