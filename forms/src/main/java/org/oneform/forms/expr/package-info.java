/**
 * The OneForm expression language: relevance, constraints, calculations and population filters.
 * XLSForm-style; one grammar ({@code forms/src/main/antlr4/org/oneform/forms/expr/grammar/Expr.g4}),
 * two evaluators (this package on the server, {@code frontend/expr/} on the tablet) and one file of
 * conformance cases both must pass ({@code forms/src/test/resources/expr/conformance.json}).
 * Decision record: {@code docs/decisions/0004-expression-language.md}.
 *
 * <h2>API</h2>
 * {@link org.oneform.forms.expr.Expression#parse} → an {@link org.oneform.forms.expr.Expression}, or an
 * {@link org.oneform.forms.expr.ExpressionException} carrying an {@link org.oneform.forms.expr.ExpressionError}
 * (position, reason code, message such as {@code unknown function 'foo' at 7}).
 * {@code references()} lists the field ids used; {@code evaluate(EvaluationContext)} gives a
 * {@link org.oneform.forms.expr.Value}; {@code test(…)} gives the boolean a relevance, constraint or filter
 * needs. {@code today()} is the context's date, never the clock. {@link org.oneform.forms.expr.CycleCheck}
 * finds cyclic calculations ({@code a → b → a}). Internals ({@code internal}, the generated {@code grammar})
 * are not API.
 *
 * <h2>Syntax (EBNF; the grammar is authoritative)</h2>
 * <pre>
 * expression = or ;
 * or         = and { "or" and } ;
 * and        = equality { "and" equality } ;
 * equality   = relation { ( "=" | "!=" ) relation } ;
 * relation   = sum { ( "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ) sum } ;
 * sum        = product { ( "+" | "-" ) product } ;
 * product    = unary { ( "*" | "div" | "/" | "mod" ) unary } ;
 * unary      = "-" unary | primary ;
 * primary    = number | string | field | "." | call | "(" or ")" ;
 * call       = name "(" [ or { "," or } ] ")" ;
 * number     = digit { digit } [ "." digit { digit } ] | "." digit { digit } ;
 * string     = "'" { any but "'" } "'" | '"' { any but '"' } '"' ;      (no escapes: use the other quote)
 * field      = "${" id { "." id } "}" ;   id = ( letter | "_" ) { letter | digit | "_" | "-" } ;
 * name       = ( letter | "_" ) { letter | digit | "_" } { "-" ( letter | "_" ) { letter | digit | "_" } } ;
 * </pre>
 * Blanks are space, tab, CR, LF and the ideographic space U+3000. Keywords and function names are lower
 * case and case-sensitive. Binary operators are left-associative; precedence from loosest to tightest:
 * {@code or}, {@code and}, equality, ordering, {@code + -}, {@code * div / mod}, unary minus. {@code /} is
 * a synonym of {@code div} (XLSForm's XPath has no {@code /} for division; people type it anyway); the
 * canonical printer writes {@code div}. {@code .} is the value of the field being checked (constraints);
 * it is not a field id and {@code references()} omits it. Numbers have no exponent notation.
 *
 * <h2>Values</h2>
 * Five kinds: <b>number</b> (IEEE 754 double), <b>text</b> (never empty), <b>boolean</b>, <b>date</b>
 * (a calendar day, years 0000–9999, no time zone) and <b>empty</b>. A missing field, {@code null},
 * {@code ''} and an empty multiple choice are all empty; {@code ''} in an expression is empty too. A
 * multiple choice is its codes joined by single spaces ({@code "dibao disability"}); a Java
 * {@code Collection} or a TypeScript array is joined. Field values are typed by the caller, which knows
 * the field types: a date field is passed as a date (a {@code YYYY-MM-DD} text also works where a date is
 * expected, see below).
 *
 * <h2>Conversions</h2>
 * <ul>
 * <li><b>to number</b>: boolean → 1/0; text → its number if it is {@code [+-]digits[.digits]} (or
 *     {@code .digits}) with optional ASCII blanks around, else error {@code not-a-number}; date → error
 *     {@code type-mismatch}.</li>
 * <li><b>to text</b>: number → JavaScript's {@code String(x)} (shortest round-trip digits, plain for
 *     1e-6 ≤ |x| &lt; 1e21, else {@code 1.2e-7}/{@code 1e+21}; {@code -0} → {@code 0}); boolean →
 *     {@code true}/{@code false}; date → {@code YYYY-MM-DD}; empty → {@code ''}.</li>
 * <li><b>to boolean</b> (XPath truthiness; {@code and or not if boolean} and {@code test()}): empty → false;
 *     number → ≠ 0; any text → true (even {@code 'false'}); date → true.</li>
 * <li><b>to date</b>: a text {@code YYYY-MM-DD} that is a real calendar date, else {@code not-a-date}; a
 *     number or boolean → {@code type-mismatch} (only {@code date(n)} turns a number into a date).</li>
 * </ul>
 *
 * <h2>Operators</h2>
 * <ul>
 * <li><b>Arithmetic</b> {@code + - * div mod}: both operands are evaluated (left first); if either is empty
 *     the result is empty (so {@code ${a} div 0} is empty when {@code a} is). {@code date ± n} is a date
 *     (n converted to a number and truncated toward zero); {@code n + date} too; {@code date − date} is the
 *     number of days. Any other use of a date is {@code type-mismatch}. A result outside years 0000–9999 is
 *     {@code invalid-argument}. Otherwise both operands become numbers; {@code mod} is the truncated
 *     remainder (sign of the dividend); {@code div} or {@code mod} by zero is {@code division-by-zero}.
 *     {@code +} never concatenates texts: use {@code concat()}.</li>
 * <li><b>Comparison</b> {@code = != < <= > >=}, rules tried in this order:
 *     <ol>
 *     <li>an empty side: {@code =} is true only if both are empty, {@code !=} is its negation, and every
 *         ordering is <b>false</b>. Hence {@code ${x} = ''} tests emptiness, and
 *         {@code age(${resident.birth_date}) >= 60} is false, not an error, when the birth date is empty.</li>
 *     <li>a boolean side: only {@code =}/{@code !=} (ordering is {@code type-mismatch}); the other side
 *         as a boolean: number ≠ 0; text {@code true yes 1} / {@code false no 0}, any other text
 *         {@code not-a-boolean}; date {@code type-mismatch}.</li>
 *     <li>a date side: both as dates, chronological.</li>
 *     <li>a number side: both as numbers ({@code 0 = -0}).</li>
 *     <li>two texts: {@code =}/{@code !=} compare exactly (so ID numbers never collide as lossy doubles);
 *         orderings compare as numbers when both texts are numbers, else by UTF-16 code units (as both
 *         {@code String.compareTo} and JavaScript do).</li>
 *     </ol></li>
 * <li><b>Logic</b> {@code and}/{@code or} convert to boolean and short-circuit: the right side is not
 *     evaluated (and cannot fail) when the left decides.</li>
 * <li><b>Unary minus</b>: empty → empty, else minus the number.</li>
 * </ul>
 *
 * <h2>Functions</h2>
 * Argument counts are checked when parsing ({@code wrong-argument-count}); unknown names are
 * {@code unknown-function}. Texts are measured in Unicode code points.
 * <table>
 * <caption>Functions</caption>
 * <tr><td>{@code if(c, a, b)}</td><td>{@code a} if {@code c} is true, else {@code b}; only the chosen branch is evaluated</td></tr>
 * <tr><td>{@code not(x)}, {@code boolean(x)}, {@code true()}, {@code false()}</td><td>by the boolean conversion</td></tr>
 * <tr><td>{@code coalesce(a, b, …)}</td><td>the first non-empty argument (later ones not evaluated), else empty; two or more arguments</td></tr>
 * <tr><td>{@code selected(s, code)}</td><td>whether the space-separated codes of {@code s} contain {@code code} (trimmed; a code with a blank inside or an empty code never matches)</td></tr>
 * <tr><td>{@code count-selected(s)}</td><td>the number of codes in {@code s}; 0 when empty</td></tr>
 * <tr><td>{@code string-length(s)}</td><td>code points of the text; 0 when empty</td></tr>
 * <tr><td>{@code regex(s, pattern)}</td><td>whether the pattern matches <em>somewhere</em> in the text (anchor with
 *     {@code ^…$}); empty {@code s} is matched as {@code ''}. Use the dialect common to Java and JavaScript
 *     ({@code u} flag): classes, {@code \d \s \w}, quantifiers, groups, alternation, four-hex-digit Unicode escapes.
 *     An invalid pattern is {@code invalid-regex} at the pattern. (Java's {@code $} also matches before a final
 *     line break; avoid line breaks in matched texts.)</td></tr>
 * <tr><td>{@code concat(…)}</td><td>the texts of all arguments joined; empty counts as {@code ''}</td></tr>
 * <tr><td>{@code contains(s, t)}, {@code starts-with(s, t)}, {@code ends-with(s, t)}</td><td>on the texts; empty is {@code ''}</td></tr>
 * <tr><td>{@code string(x)}</td><td>the text conversion</td></tr>
 * <tr><td>{@code number(x)}</td><td>the number conversion; empty → empty</td></tr>
 * <tr><td>{@code int(x)}</td><td>truncated toward zero; empty → empty</td></tr>
 * <tr><td>{@code round(x)}, {@code round(x, n)}</td><td>rounds the printed decimal of {@code x} (so
 *     {@code round(2.675, 2)} = 2.68) to {@code n} places (whole, −15…15, else {@code invalid-argument}),
 *     half away from zero; empty → empty</td></tr>
 * <tr><td>{@code today()}</td><td>the context's date</td></tr>
 * <tr><td>{@code date(x)}</td><td>a date from a date, a {@code YYYY-MM-DD} text or a number of days since 1970-01-01; empty → empty</td></tr>
 * <tr><td>{@code age(d)}</td><td>whole years from {@code d} to today: the year difference, minus one before the
 *     birthday; a 29 February birthday counts on 1 March in other years; negative (floored) for a later date;
 *     empty → empty</td></tr>
 * </table>
 *
 * <h2>Errors</h2>
 * Positions are 0-based offsets in Unicode code points. Parsing reports exactly one error, found in this
 * order: first the lexer runs over the whole text ({@code unterminated-string}, {@code invalid-field-reference},
 * {@code unexpected-character}), then the parser stops at the first token it cannot use
 * ({@code unexpected-token}, or {@code unexpected-end} at the text's length), then names and argument counts
 * are checked left to right. Evaluation errors ({@code not-a-number}, {@code not-a-date}, {@code not-a-boolean},
 * {@code type-mismatch}, {@code division-by-zero}, {@code invalid-regex}, {@code invalid-argument}) point at the
 * start of the operand or argument that failed to convert, or at the operator for {@code division-by-zero},
 * boolean ordering and dates out of range. What a caller does with an evaluation error is its business
 * (validation reports it against the field; the compiler can pre-check with sample values).
 *
 * <h2>Not checked here</h2>
 * Whether referenced fields exist in the catalog (a missing value is simply empty) and whether
 * calculations form cycles are the form compiler's checks, using {@code references()} and
 * {@link org.oneform.forms.expr.CycleCheck}.
 */
package org.oneform.forms.expr;
