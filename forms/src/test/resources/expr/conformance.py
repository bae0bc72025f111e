#!/usr/bin/env python3
"""Writes conformance.json: the cases both evaluators (Java, TypeScript) must pass.

Edit the cases here, run `python3 conformance.py`, commit both files. Expected values are written
by hand from the package manual (forms/src/main/java/org/oneform/forms/expr/package-info.java),
never copied from an evaluator's output.

Value encoding (values, current, expect): JSON number, string, boolean; null = empty;
an array of strings = a multiple choice; {"date": "YYYY-MM-DD"} = a date.
"""
import json, pathlib

TODAY = "2026-11-22"
cases = []

def ok(expr, expect, values=None, today=None, current=None, note=None):
    c = {"expr": expr}
    if values: c["values"] = values
    if current is not None: c["current"] = current
    c["today"] = today or TODAY
    c["expect"] = expect
    if note: c["note"] = note
    cases.append(c)

def err(expr, reason, position, values=None, today=None, current=None, note=None):
    c = {"expr": expr}
    if values: c["values"] = values
    if current is not None: c["current"] = current
    c["today"] = today or TODAY
    c["error"] = {"reason": reason, "position": position}
    if note: c["note"] = note
    cases.append(c)

def d(s): return {"date": s}

# --- literals
ok("1", 1); ok("3.25", 3.25); ok(".5", 0.5); ok("0", 0); ok("007", 7)
ok("'abc'", "abc"); ok('"abc"', "abc"); ok('"it\'s"', "it's"); ok("'say \"hi\"'", 'say "hi"')
ok("''", None, note="the empty string is empty"); ok('""', None)
ok("'张三'", "张三"); ok("'a\\b'", "a\\b", note="no escape sequences: a backslash is itself")

# --- arithmetic
ok("1 + 2", 3); ok("5 - 7", -2); ok("2 * 3.5", 7); ok("7 div 2", 3.5); ok("7 / 2", 3.5, note="/ is div")
ok("7 mod 3", 1); ok("-7 mod 3", -1, note="truncated remainder, sign of the dividend"); ok("7 mod -3", 1)
ok("5.5 mod 2", 1.5); ok("0.1 + 0.2", 0.30000000000000004, note="IEEE 754 doubles")
err("1 div 0", "division-by-zero", 2); err("1 mod 0", "division-by-zero", 2); err("0 div 0", "division-by-zero", 2)
err("1 / 0", "division-by-zero", 2)
ok("-3", -3); ok("--3", 3); ok("- 3 * 2", -6); ok("2 - -3", 5); ok("2 * -3", -6); ok("-2 * -2", 4)
ok("1 + 2 * 3", 7); ok("(1 + 2) * 3", 9); ok("10 - 4 - 3", 3, note="left-associative"); ok("100 div 10 div 2", 5)
ok("2 * 3 mod 4", 2); ok("10 mod 4 * 2", 4); ok("2 * 10 mod 4", 0); ok("8 div 2 * 2", 8); ok("8 div (2 * 2)", 2)
ok("2 + 3 * 4 - 1", 13); ok("2 * (3 + 4)", 14); ok("-(1 + 2)", -3)
ok("1 + '2'", 3); ok("'1.5' * 2", 3); ok("' 7 ' + 1", 8); ok("'-.5' * 2", -1)
err("'abc' + 1", "not-a-number", 0); err("1 + 'abc'", "not-a-number", 4); err("1 + (2 * 'x')", "not-a-number", 9)
err("-'a'", "not-a-number", 1); err("'1e3' + 0", "not-a-number", 0, note="no exponent notation in texts")
ok("true() + 1", 2); ok("false() * 5", 0)
ok("${a} + 1", None, note="missing field is empty; empty in arithmetic gives empty")
ok("${a} + 1", None, {"a": ""}); ok("${a} + 1", None, {"a": None}); ok("${a} * 2", 8, {"a": 4}); ok("${a} * 2", 8, {"a": "4"})
ok("${a} - ${b}", None, {"a": 10}); ok("-${a}", None); ok("'' + 1", None); ok("${a} div 0", None, note="empty wins before division")
ok("1000000 * 1000000", 1000000000000)

# --- number printing (JavaScript rules)
ok("string(1000000000 * 1000000000 * 1000)", "1e+21"); ok("string(1000000000 * 1000000000 * 100)", "100000000000000000000")
ok("string(1 div 3)", "0.3333333333333333"); ok("string(0.000001)", "0.000001"); ok("string(0.0000001)", "1e-7")
ok("string(0.00000012)", "1.2e-7"); ok("string(-2.5)", "-2.5"); ok("string(100)", "100"); ok("string(1.50)", "1.5")
ok("string(0.1 + 0.2)", "0.30000000000000004"); ok("string(-0)", "0"); ok("string(${n})", "3", {"n": 3})

# --- comparisons
ok("1 = 1", True); ok("1 != 1", False); ok("1 < 2", True); ok("2 <= 2", True); ok("3 > 2", True); ok("2 >= 3", False)
ok("2 > 3", False); ok("3 <= 2", False); ok("0 = -0", True)
ok("'a' = 'a'", True); ok("'a' != 'b'", True); ok("'abc' < 'abd'", True); ok("'b' > 'a'", True)
ok("'10' > '9'", True, note="two numeric texts are ordered as numbers"); ok("'10' = '10.0'", False, note="texts are equal only if identical")
ok("10 = '10.0'", True, note="number against text compares numbers"); ok("'a' < 'B'", False, note="UTF-16 code unit order")
ok("'张' = '张'", True); ok("'张三' != '李四'", True)
ok("1 = true()", True); ok("0 = false()", True); ok("2 = true()", True); ok("'yes' = true()", True); ok("'no' = true()", False)
ok("'0' = false()", True); ok("true() = 'true'", True)
err("'maybe' = true()", "not-a-boolean", 0); err("true() < false()", "type-mismatch", 7); ok("true() = false()", False)
err("1 < 2 < 3", "type-mismatch", 6, note="(1 < 2) < 3 orders a boolean")
ok("1 = 1 = true()", True)
ok("${x} = ''", True); ok("${x} = ''", False, {"x": "a"}); ok("${x} != ''", False); ok("${x} != ''", True, {"x": "a"})
ok("${x} > 5", False, note="an ordering with an empty side is false"); ok("${x} < 5", False); ok("${x} <= 5", False); ok("${x} >= 5", False)
ok("${x} = 0", False); ok("${x} != 0", True); ok("${x} = ${y}", True); ok("${x} != ${y}", False); ok("'' < 'a'", False)
err("'abc' > 5", "not-a-number", 0)
ok("date('2024-01-31') = '2024-01-31'", True); ok("date('2024-01-31') < '2024-02-01'", True)
err("date('2024-01-31') > 5", "type-mismatch", 21); err("date('2024-01-31') = 'junk'", "not-a-date", 21)
err("date('2024-01-31') = true()", "type-mismatch", 0)
ok("${d} >= date('2000-01-01')", True, {"d": d("2001-05-05")}); ok("${n} > 3", True, {"n": 4}); ok("${n} > 3", True, {"n": "4"})
ok("${n} > '3'", True, {"n": "12"}); ok("${x} = true()", True, {"x": True}); ok("${x} = 'yes'", True, {"x": True})
ok("${a} = ${b}", False, {"a": "110101199003071234", "b": "110101199003071235"}, note="ID numbers compare as texts, not as lossy doubles")

# --- logic
ok("true() and false()", False); ok("true() or false()", True); ok("not(true())", False); ok("not(${x})", True)
ok("1 and 'a'", True); ok("0 or ''", False); ok("'false' and true()", True, note="any non-empty text is true")
ok("false() and 1 div 0", False, note="short-circuit"); ok("true() or 1 div 0", True); err("true() and 1 div 0", "division-by-zero", 13)
ok("1 = 1 and 2 = 2 or false()", True); ok("true() or false() and false()", True); ok("(true() or false()) and false()", False)
ok("not(1 = 2) and not(0)", True); ok("boolean('')", False); ok("boolean('0')", True); ok("boolean(0)", False)
ok("boolean(-1)", True); ok("boolean(today())", True); ok("boolean(${x})", False); ok("${f} and true()", False, {"f": False})
ok("1 < 2 = true()", True); ok("1 + 1 > 1 and 2 * 2 = 4", True); ok("not(1 > 2) or false()", True); ok("1 - 1 = 0", True)

# --- if
ok("if(1 = 1, 'a', 'b')", "a"); ok("if(${x}, 'a', 'b')", "b"); ok("if(true(), 1, 1 div 0)", 1); ok("if(false(), 1 div 0, 2)", 2)
ok("if(${x} > 10, 'big', if(${x} > 5, 'mid', 'small'))", "mid", {"x": 7}); ok("if(${x} > 10, 'big', if(${x} > 5, 'mid', 'small'))", "small")
ok("if('', 1, '')", None)

# --- selected, count-selected
ok("selected(${f}, 'b')", True, {"f": "a b c"}); ok("selected(${f}, 'b')", False, {"f": "a bc"}); ok("selected(${f}, 'b')", True, {"f": ["a", "b"]})
ok("selected(${f}, 'b')", False); ok("selected('a  b ', 'b')", True); ok("selected(${f}, '')", False, {"f": "a"})
ok("selected(${f}, 'a b')", False, {"f": "a b"}); ok("selected(${f}, 2)", True, {"f": "1 2 3"}); ok("selected(${f}, '低保')", True, {"f": "低保 残疾"})
ok("selected(${f}, ' c ')", True, {"f": ["c"]}); err("selected(${f})", "wrong-argument-count", 0)
ok("count-selected(${f})", 3, {"f": "a b c"}); ok("count-selected(${f})", 1, {"f": ["x"]}); ok("count-selected(${f})", 0)
ok("count-selected('  a   b  ')", 2); ok("count-selected(${f})", 0, {"f": []}); ok("count-selected(${f}) >= 2", True, {"f": ["a", "b"]})

# --- string-length
ok("string-length('abc')", 3); ok("string-length('张三丰')", 3); ok("string-length('')", 0); ok("string-length(${x})", 0)
ok("string-length(12.5)", 4); ok("string-length('😀a')", 2, note="code points, not UTF-16 units"); ok("string-length(true())", 4)
ok("string-length('𠀀𠀁')", 2)

# --- regex (find anywhere; anchor for whole matches; no escapes in literals)
ok("regex('13812345678', '^1[3-9][0-9]{9}$')", True); ok("regex('1381234567', '^1[3-9][0-9]{9}$')", False)
ok("regex('abc123', '[0-9]+')", True); ok("regex('abc', '^[0-9]+$')", False); ok("regex('', '^$')", True); ok("regex(${x}, '^a')", False)
ok("regex('张三', '^[\\u4e00-\\u9fa5]{2,4}$')", True); ok("regex('张三', '^[一-龥]+$')", True); ok("regex('Zhang', '^[一-龥]+$')", False)
ok("regex('ABC', '^[a-z]+$')", False); ok("regex('a.c', '^a\\.c$')", True); ok("regex('abc', '^a\\.c$')", False)
err("regex('abc', '[')", "invalid-regex", 13); err("regex('x', '(')", "invalid-regex", 11)
ok("regex(12345, '^\\d{5}$')", True); ok("regex('110101199003071234', '^\\d{17}[\\dXx]$')", True); ok("regex('a b', '\\s')", True)
ok("regex('abc', '')", True); ok("regex('aaa', '^a{2,}$')", True); ok("regex('ab', '^(a|b)+$')", True)

# --- today, date, date arithmetic
ok("today()", d(TODAY)); ok("today()", d("2024-02-29"), today="2024-02-29"); ok("today( )", d(TODAY))
ok("date('2024-01-31')", d("2024-01-31")); ok("date('2024-01-31') + 1", d("2024-02-01")); ok("date('2024-02-28') + 1", d("2024-02-29"))
ok("date('2023-02-28') + 1", d("2023-03-01")); ok("date('2024-03-01') - 1", d("2024-02-29")); ok("date('2023-03-01') - 1", d("2023-02-28"))
ok("date('2024-12-31') + 1", d("2025-01-01")); ok("date('2100-02-28') + 1", d("2100-03-01"), note="2100 is not a leap year")
ok("date('2000-02-28') + 1", d("2000-02-29"), note="2000 is")
ok("date('2024-03-01') - date('2024-02-01')", 29); ok("date('2023-03-01') - date('2023-02-01')", 28)
ok("date('2024-01-01') - date('2025-01-01')", -366); ok("date('2000-01-01') - date('1900-01-01')", 36524)
ok("1 + date('2024-01-31')", d("2024-02-01")); ok("date('2024-01-31') + 1.9", d("2024-02-01"), note="days truncated toward zero")
ok("date('2024-01-31') - 0.5", d("2024-01-31")); ok("today() - 30", d("2026-10-23")); ok("today() + 9", d("2026-12-01"))
ok("date('2024-01-31') + '2'", d("2024-02-02")); ok("date('2024-01-31') + ${n}", None)
err("date('2024-01-31') * 2", "type-mismatch", 0); err("date('2024-01-31') + date('2024-01-01')", "type-mismatch", 21)
err("5 - date('2024-01-01')", "type-mismatch", 4)
err("date('2024-02-30')", "not-a-date", 5); err("date('2023-02-29')", "not-a-date", 5); err("date('2024-2-3')", "not-a-date", 5)
err("date('abc')", "not-a-date", 5); err("date('2024-13-01')", "not-a-date", 5)
ok("date('2024-02-29')", d("2024-02-29")); ok("date(0)", d("1970-01-01")); ok("date(19723)", d("2024-01-01")); ok("date(-1)", d("1969-12-31"))
ok("date(${d})", None); ok("date(${d})", d("2024-05-05"), {"d": d("2024-05-05")}); err("date(true())", "type-mismatch", 5)
ok("${d} + 1", d("2024-02-29"), {"d": d("2024-02-28")}); ok("string(date('2024-01-05'))", "2024-01-05"); ok("concat('D:', today())", "D:2026-11-22")
err("date('9999-12-31') + 1", "invalid-argument", 19); err("date('0000-01-01') - 1", "invalid-argument", 19)
ok("date('1970-01-01') - date('1969-12-31')", 1); ok("date('2024-01-31') = date('2024-01-31')", True)
ok("${d} - today()", 33, {"d": d("2026-12-25")}); ok("today() - ${d} > 90", True, {"d": d("2026-08-01")}); ok("today() - ${d} > 90", False)
ok("today() - ${d}", 113, {"d": d("2026-08-01")}); ok("${d} - '2026-01-01'", None, {"d": None})

# --- age
ok("age(${b})", 60, {"b": "1966-11-22"}, note="birthday today"); ok("age(${b})", 59, {"b": "1966-11-23"}); ok("age(${b})", 60, {"b": "1966-11-21"})
ok("age(${b}) >= 60", False, note="empty birth date: empty age, ordering false"); ok("age(${b}) >= 60", True, {"b": "1960-01-01"})
ok("age(${b}) < 60", False); ok("age(${b})", None); ok("age(${b})", None, {"b": ""})
ok("age(${b})", 24, {"b": d("2000-02-29")}, today="2025-02-28", note="leapling: birthday counts on 1 March")
ok("age(${b})", 25, {"b": d("2000-02-29")}, today="2025-03-01"); ok("age(${b})", 24, {"b": d("2000-02-29")}, today="2024-02-29")
ok("age(${b})", 23, {"b": d("2000-02-29")}, today="2024-02-28"); ok("age(${b})", 0, {"b": "2026-11-22"})
ok("age(${b})", -4, {"b": "2030-01-01"}, note="floored when the date is after today"); ok("age(${b})", 0, {"b": "2025-12-31"})
ok("age(${b})", 1, {"b": "2025-11-22"}); ok("age(${b})", 17, {"b": d("2008-12-31")}, today="2026-12-30"); ok("age(${b})", 18, {"b": d("2008-12-31")}, today="2026-12-31")
err("age('abc')", "not-a-date", 4); err("age(5)", "type-mismatch", 4); ok("age(today())", 0); ok("age(date('1950-06-15'))", 76)

# --- coalesce
ok("coalesce(${a}, 'x')", "x"); ok("coalesce(${a}, 'x')", "y", {"a": "y"}); ok("coalesce(${a}, ${b})", None); ok("coalesce('', 0)", 0)
ok("coalesce(${a}, ${b}, 3)", 3); ok("coalesce('a', 1 div 0)", "a", note="lazy"); err("coalesce(1)", "wrong-argument-count", 0)
ok("coalesce(${a}, 1) + 1", 2)

# --- int, round, number
ok("int(3.7)", 3); ok("int(-3.7)", -3); ok("int('12.9')", 12); ok("int(${x})", None); err("int('x')", "not-a-number", 4); ok("int(true())", 1)
ok("round(2.5)", 3); ok("round(-2.5)", -3, note="half away from zero"); ok("round(2.675, 2)", 2.68, note="rounds the printed decimal, not the binary double")
ok("round(1.005, 2)", 1.01); ok("round(1234.5678, -2)", 1200); ok("round(3.14159, 3)", 3.142); ok("round(${x}, 1)", None)
ok("round(-0.5)", -1); ok("round(2.4)", 2); ok("round(10 div 3, 2)", 3.33); ok("round(1.25, 1)", 1.3)
err("round(1.5, 0.5)", "invalid-argument", 11); err("round(1.5, 16)", "invalid-argument", 11); err("round(1.5, ${x})", "invalid-argument", 11)
ok("number('42')", 42); ok("number(' 4.5 ')", 4.5); err("number('4,5')", "not-a-number", 7); ok("number(true())", 1); ok("number('')", None)
ok("number('-.5')", -0.5); ok("number('+3')", 3); err("number('1e3')", "not-a-number", 7); err("number(date('2024-01-01'))", "type-mismatch", 7)
ok("number('5.')", 5)

# --- string, concat, contains, starts-with, ends-with
ok("string(12)", "12"); ok("string(true())", "true"); ok("string(false())", "false"); ok("string('')", None); ok("string(1.5)", "1.5")
ok("concat('a', 'b', 'c')", "abc"); ok("concat('姓名：', '张三')", "姓名：张三"); ok("concat()", None); ok("concat(${x}, 'a')", "a")
ok("concat(1, 2)", "12"); ok("concat(0.1 + 0.2)", "0.30000000000000004"); ok("concat('户主', ':', ${n})", "户主:李四", {"n": "李四"})
ok("concat(${f})", "a b", {"f": ["a", "b"]})
ok("contains('abc', 'b')", True); ok("contains('abc', 'd')", False); ok("contains('abc', '')", True); ok("contains(${x}, 'a')", False)
ok("contains('北京市朝阳区', '朝阳')", True)
ok("starts-with('110101', '11')", True); ok("starts-with('abc', 'b')", False); ok("ends-with('abc', 'bc')", True); ok("ends-with('abc', 'ab')", False)
ok("starts-with(${x}, '')", True)

# --- field references and the current value
ok("${resident.birth_date}", "1990-01-01", {"resident.birth_date": "1990-01-01"}); ok("${household.member_count}", 4, {"household.member_count": 4})
ok("${x}", True, {"x": True}); ok("${x}", None); ok("${x}", "a b", {"x": ["a", "b"]}); ok("${a_b.c-d}", 1, {"a_b.c-d": 1})
ok("${x}", d("2024-01-01"), {"x": d("2024-01-01")})
ok(".", 5, current=5); ok(". > 3", True, current=5); ok(". >= 18 and . <= 120", True, current="30"); ok(".", None)
ok("string-length(.) = 18", True, current="110101199003071234"); ok(". = ''", True, current=None); ok(". = ''", True, current="")
ok("regex(., '^1[3-9]\\d{9}$')", True, current="13912345678"); ok(". * 2", 10, {".": 1}, current=5, note="'.' is not a field id")

# --- unicode
ok("'张三' = '张三'", True); ok("string-length('北京')", 2); ok("'𠀀' = '𠀀'", True); err("'中文' + 1", "not-a-number", 0)
err("'𠀀' +", "unexpected-end", 5, note="positions count code points")
ok("1\u3000+ 2", 3, note="an ideographic space is a blank"); err("age（${b}）", "unexpected-character", 3, note="full-width parenthesis")

# --- parse errors
err("", "unexpected-end", 0); err("   ", "unexpected-end", 3); err("1 +", "unexpected-end", 3); err("(1 + 2", "unexpected-end", 6)
err("1 + 2)", "unexpected-token", 5); err("foo(1)", "unknown-function", 0); err("1 + foo(1)", "unknown-function", 4)
err("if(1, 2, 3, 4)", "wrong-argument-count", 0); err("today(1)", "wrong-argument-count", 0); err("if(1, 2)", "wrong-argument-count", 0)
err("'abc", "unterminated-string", 0); err('1 + "abc', "unterminated-string", 4); err("${a b}", "invalid-field-reference", 0)
err("${}", "invalid-field-reference", 0); err("${a", "invalid-field-reference", 0); err("1 + ${1abc}", "invalid-field-reference", 4)
err("${a.}", "invalid-field-reference", 0); err("$a", "unexpected-character", 0); err("1 # 2", "unexpected-character", 2)
err("1 == 2", "unexpected-token", 3); err("1 +* 2", "unexpected-token", 3); err("age(", "unexpected-end", 4); err("age(${b}", "unexpected-end", 8)
err("if(1 2, 3)", "unexpected-token", 5); err(",", "unexpected-token", 0); err(")", "unexpected-token", 0); err("1 2", "unexpected-token", 2)
err("bar", "unexpected-end", 3, note="a bare name must be a call"); err("true", "unexpected-end", 4); err("selected(${f} 'a')", "unexpected-token", 14)
err("1 + (2 * 3", "unexpected-end", 10); err("and 1", "unexpected-token", 0); err("1 and or 2", "unexpected-token", 6)
err("'a' 'b'", "unexpected-token", 4); err("1 +\n", "unexpected-end", 4); err("1 + 2 $", "unexpected-character", 6)
err("(1 + ) $", "unexpected-character", 7, note="lexical errors are reported before syntax errors")
err("foo(1 +)", "unexpected-token", 7, note="syntax errors are reported before unknown names")
err("1.", "unexpected-token", 1); err("1..2", "unexpected-token", 1); err("${a}.", "unexpected-token", 4); err("-", "unexpected-end", 1)
err("Age(${b})", "unknown-function", 0, note="names are case-sensitive"); err("count_selected(${f})", "unknown-function", 0)
err("AND", "unexpected-end", 3); err("1 AND 2", "unexpected-token", 2); err("div", "unexpected-token", 0); err("1e3", "unexpected-token", 1)
err("1 = = 2", "unexpected-token", 4); err("not()", "wrong-argument-count", 0); err("concat(1,)", "unexpected-token", 9)
err("if(1, 2, 3) foo(1)", "unexpected-token", 12, note="the syntax error comes first")

# --- realistic population filters, relevance, constraints, calculations
ok("age(${resident.birth_date}) >= 60 and selected(${resident.benefits}, 'dibao')", True,
   {"resident.birth_date": "1950-03-01", "resident.benefits": ["dibao", "disability"]})
ok("age(${resident.birth_date}) >= 60 and selected(${resident.benefits}, 'dibao')", False, {"resident.benefits": ["dibao"]})
ok("${household.member_count} > 4 or selected(${household.flags}, 'left_behind_child')", True,
   {"household.member_count": 3, "household.flags": "left_behind_child"})
ok("if(${resident.gender} = 'female' and age(${resident.birth_date}) >= 15 and age(${resident.birth_date}) <= 49, 'yes', 'no')", "yes",
   {"resident.gender": "female", "resident.birth_date": d("1990-05-05")})
ok("coalesce(${resident.phone}, ${household.phone})", "13800000000", {"household.phone": "13800000000"})
ok("round(${household.income} div ${household.member_count}, 2)", 3333.33, {"household.income": 10000, "household.member_count": 3})
ok("string-length(${resident.id_number}) = 18 or string-length(${resident.id_number}) = 15", True, {"resident.id_number": "110101199003071234"})
ok("${resident.id_number} = '110101199003071234'", False, {"resident.id_number": "110101199003071235"})
ok("not(selected(${resident.benefits}, 'none')) or count-selected(${resident.benefits}) = 1", True, {"resident.benefits": "none"})
ok("${household.member_count} * 1", 3, {"household.member_count": "3"})

out = pathlib.Path(__file__).with_name("conformance.json")
lines = ",\n".join("    " + json.dumps(c, ensure_ascii=False) for c in cases)
out.write_text('{\n  "about": "Expression language conformance cases; generated by conformance.py; see org/oneform/forms/expr/package-info.java",\n  "cases": [\n' + lines + "\n  ]\n}\n", encoding="utf-8")
print(len(cases), "cases written to", out)
