package org.oneform.forms.expr.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.oneform.forms.expr.Value;

/** The function table: names, argument counts and implementations. */
public final class Functions {

    /** Unbounded argument count. */
    static final int MANY = Integer.MAX_VALUE;

    /** A function; {@code impl} gets the unevaluated call so {@code if} and {@code coalesce} can be lazy. */
    public record Function(String name, int min, int max, BiFunction<Evaluator, Node.Call, Value> impl) {

        public boolean accepts(int count) {
            return count >= min && count <= max;
        }

        /** "1 argument", "2 or 3 arguments", "at least 2 arguments". */
        public String arity() {
            if (max == MANY) {
                return "at least " + min + (min == 1 ? " argument" : " arguments");
            }
            if (min == max) {
                return min + (min == 1 ? " argument" : " arguments");
            }
            return min + " or " + max + " arguments";
        }
    }

    private static final Map<String, Function> TABLE = new TreeMap<>();

    static {
        add("if", 3, 3, LogicFunctions::ifThenElse);
        add("not", 1, 1, LogicFunctions::not);
        add("true", 0, 0, (e, c) -> Value.Bool.TRUE);
        add("false", 0, 0, (e, c) -> Value.Bool.FALSE);
        add("boolean", 1, 1, LogicFunctions::toBoolean);
        add("coalesce", 2, MANY, LogicFunctions::coalesce);
        add("selected", 2, 2, TextFunctions::selected);
        add("count-selected", 1, 1, TextFunctions::countSelected);
        add("string-length", 1, 1, TextFunctions::stringLength);
        add("regex", 2, 2, TextFunctions::regex);
        add("concat", 0, MANY, TextFunctions::concat);
        add("contains", 2, 2, TextFunctions::contains);
        add("starts-with", 2, 2, TextFunctions::startsWith);
        add("ends-with", 2, 2, TextFunctions::endsWith);
        add("string", 1, 1, TextFunctions::string);
        add("number", 1, 1, NumberFunctions::number);
        add("int", 1, 1, NumberFunctions::toInt);
        add("round", 1, 2, NumberFunctions::round);
        add("today", 0, 0, DateFunctions::today);
        add("date", 1, 1, DateFunctions::date);
        add("age", 1, 1, DateFunctions::age);
    }

    private Functions() {}

    private static void add(String name, int min, int max, BiFunction<Evaluator, Node.Call, Value> impl) {
        TABLE.put(name, new Function(name, min, max, impl));
    }

    public static Optional<Function> lookup(String name) {
        return Optional.ofNullable(TABLE.get(name));
    }

    /** All function names, sorted (for documentation and editors). */
    public static java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(TABLE.keySet());
    }
}
