package org.oneform.forms.expr.internal;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.oneform.forms.expr.ExpressionError.Reason;
import org.oneform.forms.expr.Value;

/** Text and multiple-choice functions. Every argument is converted to text; empty is {@code ""}. */
final class TextFunctions {

    private static final Pattern BLANKS = Pattern.compile("[ \\t\\r\\n]+");

    private TextFunctions() {}

    private static String text(Evaluator e, Node.Call c, int i) {
        return Conversions.toText(e.eval(c.args().get(i)));
    }

    /** The codes of a multiple-choice value: space-separated, blanks around ignored. */
    static String[] codes(String value) {
        return Arrays.stream(BLANKS.split(value)).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    static Value selected(Evaluator e, Node.Call c) {
        String[] codes = codes(text(e, c, 0));
        String[] wanted = codes(text(e, c, 1));
        return Value.Bool.of(wanted.length == 1 && Arrays.asList(codes).contains(wanted[0]));
    }

    static Value countSelected(Evaluator e, Node.Call c) {
        return new Value.Num(codes(text(e, c, 0)).length);
    }

    static Value stringLength(Evaluator e, Node.Call c) {
        String s = text(e, c, 0);
        return new Value.Num(s.codePointCount(0, s.length()));
    }

    /** True when the pattern matches somewhere in the text (anchor with ^ and $ for a whole match). */
    static Value regex(Evaluator e, Node.Call c) {
        String s = text(e, c, 0);
        String pattern = text(e, c, 1);
        try {
            return Value.Bool.of(Pattern.compile(pattern).matcher(s).find());
        } catch (PatternSyntaxException ex) {
            throw Conversions.error(c.args().get(1).start(), Reason.INVALID_REGEX,
                    "invalid regular expression '" + pattern + "'");
        }
    }

    static Value concat(Evaluator e, Node.Call c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.args().size(); i++) {
            sb.append(text(e, c, i));
        }
        return Value.text(sb.toString());
    }

    static Value contains(Evaluator e, Node.Call c) {
        return Value.Bool.of(text(e, c, 0).contains(text(e, c, 1)));
    }

    static Value startsWith(Evaluator e, Node.Call c) {
        return Value.Bool.of(text(e, c, 0).startsWith(text(e, c, 1)));
    }

    static Value endsWith(Evaluator e, Node.Call c) {
        return Value.Bool.of(text(e, c, 0).endsWith(text(e, c, 1)));
    }

    static Value string(Evaluator e, Node.Call c) {
        return Value.text(text(e, c, 0));
    }
}
