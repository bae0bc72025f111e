#!/usr/bin/env python3
"""Writes conformance.json: validation cases the server's FormValidator (ValidationConformanceTest) and the
collector's form engine (frontend/collect/form/conformance.test.ts) must both pass.

Edit the cases here, run `python3 conformance.py`, commit both files. Expectations are written by hand from the
rules (FormValidator's javadoc, GB 11643, the contract; docs/decisions/0016 and 0018), never copied from either
implementation's output.

File shape:
  forms:  name -> form in the FormVersionDto shape (fields with id, type, label, choices, required, constraint,
          relevance, calculation; a repeat group's children nested under "children").
  cases:  {name, form, today, values, errors, stored}
          values  what the tablet sends (JSON as on the wire; GPS objects, repeat groups as arrays of row objects)
          errors  the expected field errors in the server's order: [{path, code}]
          stored  the expected normalised values (ValidationResult.values), when given: every relevant valid value,
                  in the server's stored encoding — strings, numbers, date "YYYY-MM-DD", a multiple choice as an
                  array of codes, a GPS point as its "lat lon" text, a repeat group as an array of row objects.
"""
import json, pathlib

TODAY = "2026-12-03"

def label(zh, en): return {"zh-CN": zh, "en": en}

def field(id, type, zh=None, en=None, choices=None, required=None, constraint=None, relevance=None,
          calculation=None, children=None):
    f = {"id": id, "type": type, "section": "general",
         "label": label(zh or id.split(".")[-1], en or id.split(".")[-1].replace("_", " "))}
    if choices: f["choices"] = [{"code": c, "label": label(c, c)} for c in choices]
    if required: f["required"] = required
    if constraint: f["constraint"] = constraint
    if relevance: f["relevance"] = relevance
    if calculation: f["calculation"] = calculation
    if children: f["children"] = children
    return f

def form(subject, *fields): return {"subjectType": subject, "version": 1, "fields": list(fields)}

FORMS = {
    # one optional field of every type
    "kinds": form("resident",
        field("resident.text", "text", "姓名", "Name"),
        field("resident.int", "integer", "人数", "Count"),
        field("resident.dec", "decimal", "面积", "Area"),
        field("resident.date", "date", "日期", "Date"),
        field("resident.one", "single_choice", "性别", "Gender", choices=["a", "b", "c"]),
        field("resident.many", "multiple_choice", "疾病", "Diseases", choices=["x", "y", "z"]),
        field("resident.yn", "yes_no", "是否", "Yes or no"),
        field("resident.id", "id_number", "身份证号码", "ID number"),
        field("resident.phone", "phone", "电话", "Phone"),
        field("resident.addr", "address", "地址", "Address"),
        field("resident.loc", "gps", "位置", "Location"),
        field("resident.photo", "photo", "照片", "Photo"),
        field("resident.note", "note", "说明", "Note"),
    ),
    # required, relevance (chained), constraints, calculations
    "rules": form("resident",
        field("resident.name", "text", "姓名", "Name", required="true()", constraint="string-length(.) <= 10"),
        field("resident.age", "integer", "年龄", "Age", required="true()", constraint=". >= 0 and . <= 130"),
        field("resident.gender", "single_choice", "性别", "Gender", choices=["male", "female"], required="true()"),
        field("resident.pregnant", "yes_no", "是否怀孕", "Pregnant", required="true()",
              relevance="${resident.gender} = 'female' and ${resident.age} >= 15 and ${resident.age} <= 49"),
        field("resident.due_date", "date", "预产期", "Due date", required="true()",
              relevance="${resident.pregnant} = 'yes'", constraint=". >= today()"),
        field("resident.adult", "yes_no", "成年", "Adult", calculation="${resident.age} >= 18"),
        field("resident.age_next", "integer", "明年年龄", "Age next year", calculation="${resident.age} + 1"),
        field("resident.income", "decimal", "收入", "Income", constraint=". >= 0",
              required="${resident.age} >= 18"),
        field("resident.diseases", "multiple_choice", "慢性病", "Chronic diseases",
              choices=["none", "diabetes", "hypertension"],
              constraint="not(selected(., 'none') and count-selected(.) > 1)"),
        field("resident.insulin", "yes_no", "使用胰岛素", "Uses insulin", required="true()",
              relevance="selected(${resident.diseases}, 'diabetes')"),
        field("resident.phone", "phone", "电话", "Phone", required="${resident.age} >= 18"),
        field("resident.broken", "integer", "坏约束", "Broken rule", constraint="1 div 0 = 1"),
    ),
    # a repeat group whose rows have their own relevance and read the outer values
    "household": form("household",
        field("household.size", "integer", "户人数", "Household size", required="true()", constraint=". >= 1"),
        field("household.location", "gps", "住址位置", "Location", required="true()"),
        field("household.members", "repeat_group", "家庭成员", "Members", required="${household.size} > 1",
              children=[
                  field("household.member_name", "text", "成员姓名", "Member name", required="true()"),
                  field("household.member_age", "integer", "成员年龄", "Member age", required="true()",
                        constraint=". >= 0 and . <= 130"),
                  field("household.member_school", "single_choice", "就读学校", "School",
                        choices=["primary", "middle", "none"], required="true()",
                        relevance="${household.member_age} >= 6 and ${household.member_age} <= 15"),
                  field("household.member_id", "id_number", "成员身份证", "Member ID number"),
                  field("household.member_far", "yes_no", "外出", "Away", required="true()",
                        relevance="${household.size} >= 5"),
              ]),
    ),
}

cases = []

def case(name, form, values, errors=(), stored=None, today=TODAY):
    c = {"name": name, "form": form, "today": today, "values": values,
         "errors": [{"path": p, "code": code} for p, code in errors]}
    if stored is not None: c["stored"] = stored
    cases.append(c)

def one(type_field, raw, stored=None, code=None, today=TODAY, name=None):
    """One value of the 'kinds' form: either stored as `stored` or rejected with `code`."""
    fid = "resident." + type_field
    label_ = name or f"{type_field} {json.dumps(raw, ensure_ascii=False)}"
    if code:
        case(label_, "kinds", {fid: raw}, [(fid, code)], {}, today)
    else:
        case(label_, "kinds", {fid: raw}, [], {} if stored is None else {fid: stored}, today)

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def check(first17): return "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]
def idn(first17): return first17 + check(first17)
def wrong(first17):
    good = check(first17)
    return first17 + ("1" if good == "0" else "0")

# --- empty values: nothing stored, no error (every field optional)
one("text", None, name="text null is empty")
one("text", "", name="text empty string is empty")
one("text", "   ", name="text blank is empty")
one("many", [], name="multiple choice empty list is empty")
one("int", "  ", name="integer blank is empty")

# --- text, address, photo
one("text", "张三", "张三")
one("text", "  李四 \t", "李四", name="text is stripped")
one("text", 42, code="type.text")
one("text", True, code="type.text")
one("text", ["a"], code="type.text")
one("addr", "幸福街道1号", "幸福街道1号")
one("addr", {"street": "x"}, code="type.text")
one("photo", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
one("photo", 12345, code="type.text")
one("note", "anything", name="a note holds no value")

# --- integer
one("int", 5, 5)
one("int", -3, -3)
one("int", 0, 0)
one("int", "42", 42)
one("int", " +7 ", 7)
one("int", "5.", 5, name="integer text 5. is five")
one("int", 4.0, 4, name="integer 4.0 is four")
one("int", 2.5, code="type.integer")
one("int", "2.5", code="type.integer")
one("int", "1e3", code="type.integer")
one("int", "abc", code="type.integer")
one("int", True, code="type.integer")
one("int", 1e20, code="type.integer", name="integer beyond the 64-bit range")
one("int", "１２", code="type.integer", name="integer full-width digits are not a number")
one("int", 9007199254740992, 9007199254740992, name="integer 2^53")

# --- decimal
one("dec", 3.25, 3.25)
one("dec", "0.5", 0.5)
one("dec", ".5", 0.5)
one("dec", "-12.50", -12.5)
one("dec", 7, 7)
one("dec", "1,5", code="type.decimal")
one("dec", "NaN", code="type.decimal")
one("dec", "Infinity", code="type.decimal")
one("dec", False, code="type.decimal")
one("dec", "", name="decimal empty")

# --- date
one("date", "2024-02-29", "2024-02-29")
one("date", " 1990-03-07 ", "1990-03-07")
one("date", "2023-02-29", code="date")
one("date", "2026-13-01", code="date")
one("date", "2026-04-31", code="date")
one("date", "2026-4-1", code="date")
one("date", "2026/04/01", code="date")
one("date", "20260401", code="date")
one("date", 20260401, code="date")
one("date", "2026-04-01T08:00:00Z", code="date")
one("date", "2000-02-29", "2000-02-29", name="date 2000 is a leap year")
one("date", "1900-02-29", code="date", name="date 1900 is not a leap year")

# --- single choice
one("one", "a", "a")
one("one", " b ", "b")
one("one", "d", code="choice")
one("one", "A", code="choice", name="single choice codes are case-sensitive")
one("one", 1, code="choice")
one("one", ["a"], code="choice")

# --- multiple choice
one("many", ["x", "z"], ["x", "z"])
one("many", ["z", "x"], ["z", "x"], name="multiple choice keeps the order sent")
one("many", "x y", ["x", "y"], name="multiple choice space-separated text")
one("many", "  y   z ", ["y", "z"])
one("many", [" y "], ["y"])
one("many", ["x", "w"], code="choice")
one("many", ["x", "x"], code="choice.duplicate")
one("many", "x x", code="choice.duplicate")
one("many", 5, code="choice")
one("many", ["X"], code="choice")

# --- yes/no
one("yn", "yes", "yes")
one("yn", "no", "no")
one("yn", " YES ", "yes")
one("yn", True, "yes")
one("yn", False, "no")
one("yn", "是", code="yes-no")
one("yn", "y", code="yes-no")
one("yn", 1, code="yes-no")

# --- ID numbers (GB 11643)
one("id", "11010519491231002X", "11010519491231002X")
one("id", "11010519491231002x", "11010519491231002X", name="id lower-case x")
one("id", "11010519491231002×", "11010519491231002X", name="id multiplication sign")
one("id", "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", name="id full-width digits")
one("id", " 110105 19491231 002X ", "11010519491231002X", name="id spaces")
one("id", "110105491231002", idn("11010519491231002"), name="id 15 digits become 18")
one("id", "１１０１０５４９１２３１００２", idn("11010519491231002"), name="id 15 full-width digits")
one("id", idn("33018719920518002"), idn("33018719920518002"))
one("id", wrong("33018719920518002"), code="id.checksum")
one("id", "110105194912310021", code="id.checksum")
one("id", "1101051949123100", code="id.length")
one("id", "1101051949123100211", code="id.length")
one("id", "11010519491231002Y", code="id.characters")
one("id", "1101051949123100AX", code="id.characters")
one("id", "11010549123100A", code="id.characters", name="id 15 with a letter")
one("id", idn("91010519491231002"), code="id.region")
one("id", idn("01010519491231002"), code="id.region")
one("id", idn("11010519490231002"), code="id.birth-date", name="id birth date Feb 31")
one("id", idn("11010518891231002"), code="id.birth-date", name="id born before 1890")
one("id", idn("11010520261204002"), code="id.birth-date", name="id born after today")
one("id", idn("11010520261203002"), idn("11010520261203002"), name="id born today")
one("id", idn("11010520261203002"), code="id.birth-date", today="2026-12-02", name="id born tomorrow")
one("id", 110105194912310020, code="id.characters", name="id as a number")

# --- phones (mainland China)
one("phone", "13800138000", "13800138000")
one("phone", "+86 138-0013-8000", "13800138000")
one("phone", "0086 13800138000", "13800138000")
one("phone", "138 0013 8000", "13800138000")
one("phone", "１３８００１３８０００", "13800138000", name="phone full-width digits")
one("phone", "0571-88886666", "057188886666")
one("phone", "(0571) 8888 6666", "057188886666")
one("phone", "+86 571 8888 6666", "057188886666")
one("phone", "010-12345678", "01012345678")
one("phone", "4008001234", "4008001234")
one("phone", "12345", code="phone.invalid")
one("phone", "23800138000", code="phone.invalid")
one("phone", "1380013800", code="phone.invalid")
one("phone", "+1 202 555 0100", code="phone.foreign")
one("phone", "138abc00138", code="phone.characters")
one("phone", 13800138000, code="phone.characters", name="phone as a number")

# --- GPS: the contract object, ODK text, lists; one stored text
one("loc", {"lat": 30.2741, "lon": 120.1551, "accuracy": 8.5}, "30.2741 120.1551")
one("loc", {"lat": 30.2741, "lon": 120.1551}, "30.2741 120.1551", name="gps without accuracy")
one("loc", {"lat": 30.2741, "lon": 120.1551, "accuracy": None}, "30.2741 120.1551", name="gps accuracy null")
one("loc", {"lat": 30, "lon": 120, "accuracy": 0}, "30 120")
one("loc", {"lat": -90, "lon": -180, "accuracy": 3}, "-90 -180")
one("loc", {"lat": 90, "lon": 180}, "90 180")
one("loc", {"lat": 1e-07, "lon": 0.0, "accuracy": 1}, "0.0000001 0", name="gps no exponent in the stored text")
one("loc", "30.27410 120.15510", "30.2741 120.1551", name="gps ODK text with trailing zeros")
one("loc", "30.2741,120.1551", "30.2741 120.1551")
one("loc", "30.2741 120.1551 15.5 4", "30.2741 120.1551", name="gps ODK text with altitude and accuracy")
one("loc", [30.2741, 120.1551], "30.2741 120.1551")
one("loc", {"lat": 90.5, "lon": 120}, code="gps")
one("loc", {"lat": 30, "lon": -180.01}, code="gps")
one("loc", {"lat": "30.27", "lon": 120.15}, code="gps", name="gps a string inside the object")
one("loc", {"lat": 30.27, "lon": 120.15, "accuracy": "8"}, code="gps")
one("loc", {"lat": 30.27, "lon": 120.15, "accuracy": -1}, code="gps")
one("loc", {"lat": 30.27}, code="gps")
one("loc", {"lat": 30.27, "lon": 120.15, "altitude": 12}, code="gps", name="gps an unknown key")
one("loc", {"lat": True, "lon": 120.15}, code="gps")
one("loc", {}, code="gps")
one("loc", "NaN NaN", code="gps")
one("loc", "north", code="gps")
one("loc", "30.27", code="gps")
one("loc", "1 2 3 4 5", code="gps")
one("loc", 30.27, code="gps")
one("loc", "91 0", code="gps")


# --- blanks: every Unicode space, the ASCII controls \t-\r and U+001C-U+001F, the BOM (decision 0018)
one("text", "张三\u00a0", "张三", name="text a trailing no-break space is stripped")
one("text", "\u3000李四\u3000", "李四", name="text ideographic spaces are stripped")
one("text", "\u00a0\u2007\u202f", name="text only no-break spaces is empty")
one("text", "\ufeff王五\u001f", "王五", name="text a BOM and a unit separator are stripped")
one("text", "王\u00a0五", "王\u00a0五", name="text blanks inside are kept")
one("int", "5\u00a0", 5, name="integer a trailing no-break space")
one("date", "\u30002026-01-02", "2026-01-02", name="date an ideographic space before")
one("one", "\ufeffa", "a", name="single choice a BOM before the code")
one("many", "x\u3000y", ["x", "y"], name="multiple choice codes separated by an ideographic space")
one("many", ["\u00a0z"], ["z"], name="multiple choice a listed code with a no-break space")
one("yn", "no\u00a0", "no", name="yes-no a trailing no-break space")
one("loc", "30.1\u3000120.2", "30.1 120.2", name="gps ODK text separated by an ideographic space")
# --- unknown ids
case("an unknown id is an error and the rest is kept", "kinds",
     {"resident.text": "张三", "resident.shoe_size": 42},
     [("resident.shoe_size", "unknown-field")], {"resident.text": "张三"})
case("unknown ids are reported in sorted order", "kinds",
     {"resident.zz": 1, "resident.aa": 2}, [("resident.aa", "unknown-field"), ("resident.zz", "unknown-field")], {})
case("every type at once, normalised", "kinds",
     {"resident.text": " 王五 ", "resident.int": "3", "resident.dec": "2.50", "resident.date": "2026-01-02",
      "resident.one": "c", "resident.many": "z y", "resident.yn": False, "resident.id": "11010519491231002x",
      "resident.phone": "+86 13800138000", "resident.addr": "1号", "resident.loc": {"lat": 30.1, "lon": 120.2, "accuracy": 5},
      "resident.photo": "ab", "resident.note": "x"},
     [], {"resident.text": "王五", "resident.int": 3, "resident.dec": 2.5, "resident.date": "2026-01-02",
          "resident.one": "c", "resident.many": ["z", "y"], "resident.yn": "no", "resident.id": "11010519491231002X",
          "resident.phone": "13800138000", "resident.addr": "1号", "resident.loc": "30.1 120.2", "resident.photo": "ab"})
case("errors come in form order", "kinds",
     {"resident.phone": "12345", "resident.int": "x", "resident.loc": {"lat": 99, "lon": 0}},
     [("resident.int", "type.integer"), ("resident.phone", "phone.invalid"), ("resident.loc", "gps")], {})

# --- rules: required when relevant, relevance, constraints, calculations
ADULT_MAN = {"resident.name": "张三", "resident.age": 40, "resident.gender": "male",
             "resident.income": 1200.5, "resident.phone": "13800138000"}
def rules(name, values, errors=(), stored=None, today=TODAY): case(name, "rules", values, errors, stored, today)

rules("an adult man, complete", ADULT_MAN, [],
      {"resident.name": "张三", "resident.age": 40, "resident.gender": "male", "resident.adult": "yes",
       "resident.age_next": 41, "resident.income": 1200.5, "resident.phone": "13800138000"})
rules("everything empty: the required fields", {},
      [("resident.name", "required"), ("resident.age", "required"), ("resident.gender", "required")],
      {"resident.adult": "no"})  # a comparison with an empty side is false (decision 0004)
rules("required when: income and phone of an adult", {"resident.name": "张三", "resident.age": 20, "resident.gender": "male"},
      [("resident.income", "required"), ("resident.phone", "required")])
rules("required when: not for a child", {"resident.name": "小明", "resident.age": 10, "resident.gender": "male"}, [],
      {"resident.name": "小明", "resident.age": 10, "resident.gender": "male", "resident.adult": "no", "resident.age_next": 11})
rules("relevant: pregnancy asked of a woman of 30", {**ADULT_MAN, "resident.gender": "female"},
      [("resident.pregnant", "required")])
rules("irrelevant: pregnancy not asked of a man, his answer dropped",
      {**ADULT_MAN, "resident.pregnant": "yes", "resident.due_date": "2027-01-01"}, [],
      {"resident.name": "张三", "resident.age": 40, "resident.gender": "male", "resident.adult": "yes",
       "resident.age_next": 41, "resident.income": 1200.5, "resident.phone": "13800138000"})
rules("irrelevant values are not type-checked", {**ADULT_MAN, "resident.pregnant": "maybe", "resident.due_date": "soon"}, [])
rules("irrelevant: pregnancy not asked of a woman of 60", {**ADULT_MAN, "resident.gender": "female", "resident.age": 60}, [])
rules("chained relevance: a due date once pregnant", {**ADULT_MAN, "resident.gender": "female", "resident.pregnant": "yes"},
      [("resident.due_date", "required")])
rules("chained relevance: the due date goes with the pregnancy",
      {**ADULT_MAN, "resident.gender": "female", "resident.age": 60, "resident.pregnant": "yes", "resident.due_date": "2000-01-01"}, [])
rules("constraint with today(): a due date in the past",
      {**ADULT_MAN, "resident.gender": "female", "resident.pregnant": "yes", "resident.due_date": "2026-12-02"},
      [("resident.due_date", "constraint")])
rules("constraint with today(): a due date today",
      {**ADULT_MAN, "resident.gender": "female", "resident.pregnant": "yes", "resident.due_date": "2026-12-03"}, [])
rules("constraint with another today", 
      {**ADULT_MAN, "resident.gender": "female", "resident.pregnant": "yes", "resident.due_date": "2026-12-03"},
      [("resident.due_date", "constraint")], today="2026-12-04")
rules("a type error on a relevant field is reported, not required", {**ADULT_MAN, "resident.gender": "female", "resident.pregnant": "maybe"},
      [("resident.pregnant", "yes-no")])
rules("constraint: age out of range", {**ADULT_MAN, "resident.age": 131}, [("resident.age", "constraint")])
rules("constraint: negative age", {**ADULT_MAN, "resident.age": -1}, [("resident.age", "constraint")])
rules("constraint: the value is left out when it fails",
      {**ADULT_MAN, "resident.name": "一二三四五六七八九十一"}, [("resident.name", "constraint")],
      {"resident.age": 40, "resident.gender": "male", "resident.adult": "yes", "resident.age_next": 41,
       "resident.income": 1200.5, "resident.phone": "13800138000"})
rules("constraint: a negative income", {**ADULT_MAN, "resident.income": "-1"}, [("resident.income", "constraint")])
rules("constraint on a multiple choice", {**ADULT_MAN, "resident.diseases": ["none", "hypertension"]},
      [("resident.diseases", "constraint")])
rules("constraint on a multiple choice holds", {**ADULT_MAN, "resident.diseases": ["hypertension"]}, [])
rules("relevance from a multiple choice", {**ADULT_MAN, "resident.diseases": "diabetes hypertension"},
      [("resident.insulin", "required")])
rules("relevance from a multiple choice, answered", {**ADULT_MAN, "resident.diseases": ["diabetes"], "resident.insulin": True}, [],
      {"resident.name": "张三", "resident.age": 40, "resident.gender": "male", "resident.adult": "yes",
       "resident.age_next": 41, "resident.income": 1200.5, "resident.diseases": ["diabetes"], "resident.insulin": "yes",
       "resident.phone": "13800138000"})
rules("a choice error on the field a relevance reads: the dependant is not asked",
      {**ADULT_MAN, "resident.diseases": ["diabetes", "flu"], "resident.insulin": "yes"},
      [("resident.diseases", "choice")])
rules("a constraint that cannot be evaluated", {**ADULT_MAN, "resident.broken": 1}, [("resident.broken", "constraint.error")])
rules("a calculated value sent is replaced", {**ADULT_MAN, "resident.adult": "no", "resident.age_next": 99}, [],
      {"resident.name": "张三", "resident.age": 40, "resident.gender": "male", "resident.adult": "yes",
       "resident.age_next": 41, "resident.income": 1200.5, "resident.phone": "13800138000"})
rules("an empty age: the sum is empty, the comparison false", {"resident.name": "张三", "resident.gender": "male"},
      [("resident.age", "required")], {"resident.name": "张三", "resident.gender": "male", "resident.adult": "no"})
rules("an invalid age counts as empty for the rest", {**ADULT_MAN, "resident.age": "forty"},
      [("resident.age", "type.integer")],
      {"resident.name": "张三", "resident.gender": "male", "resident.adult": "no", "resident.income": 1200.5,
       "resident.phone": "13800138000"})
rules("an invalid phone of a child is still reported", {"resident.name": "小明", "resident.age": 10, "resident.gender": "male",
      "resident.phone": "12345"}, [("resident.phone", "phone.invalid")])
rules("the age 18 boundary", {**ADULT_MAN, "resident.age": 18}, [],
      {"resident.name": "张三", "resident.age": 18, "resident.gender": "male", "resident.adult": "yes",
       "resident.age_next": 19, "resident.income": 1200.5, "resident.phone": "13800138000"})
rules("the age 17: income optional", {"resident.name": "张三", "resident.age": 17, "resident.gender": "male"}, [])
rules("a woman of 15 is asked", {"resident.name": "小红", "resident.age": 15, "resident.gender": "female"},
      [("resident.pregnant", "required")])
rules("a girl of 14 is not asked", {"resident.name": "小红", "resident.age": 14, "resident.gender": "female"}, [])
rules("a woman of 49 is asked", {**ADULT_MAN, "resident.age": 49, "resident.gender": "female", "resident.pregnant": "no"}, [])
rules("a woman of 50 is not asked", {**ADULT_MAN, "resident.age": 50, "resident.gender": "female", "resident.pregnant": "no"}, [],
      {"resident.name": "张三", "resident.age": 50, "resident.gender": "female", "resident.adult": "yes",
       "resident.age_next": 51, "resident.income": 1200.5, "resident.phone": "13800138000"})
rules("a name of only a no-break space is not filled in", {**ADULT_MAN, "resident.name": "\u00a0"},
      [("resident.name", "required")])
rules("an unknown choice for the gender", {**ADULT_MAN, "resident.gender": "other"}, [("resident.gender", "choice")])

# --- repeat groups
LOC = {"lat": 30.2741, "lon": 120.1551, "accuracy": 6}
def hh(name, values, errors=(), stored=None, today=TODAY): case(name, "household", values, errors, stored, today)
def member(name, age, **more):
    row = {"household.member_name": name, "household.member_age": age}
    row.update({"household.member_" + k: v for k, v in more.items()})
    return row

hh("one person, no members needed", {"household.size": 1, "household.location": LOC}, [],
   {"household.size": 1, "household.location": "30.2741 120.1551"})
hh("members required when more than one", {"household.size": 2, "household.location": LOC},
   [("household.members", "required")])
hh("an empty list of members is empty", {"household.size": 2, "household.location": LOC, "household.members": []},
   [("household.members", "required")])
hh("the location is required", {"household.size": 1}, [("household.location", "required")])
hh("a bad location", {"household.size": 1, "household.location": {"lat": 30.2741, "lon": "120.1551"}},
   [("household.location", "gps")])
hh("rows are validated and normalised", {"household.size": 2, "household.location": "30.27410 120.15510",
   "household.members": [member(" 李示范 ", "40", id="110105491231002"), member("王小", 10, school="primary")]}, [],
   {"household.size": 2, "household.location": "30.2741 120.1551", "household.members": [
       {"household.member_name": "李示范", "household.member_age": 40, "household.member_id": idn("11010519491231002")},
       {"household.member_name": "王小", "household.member_age": 10, "household.member_school": "primary"}]})
hh("errors name the row", {"household.size": 3, "household.location": LOC,
   "household.members": [member("甲", 30), member("", 200), member("丙", "x")]},
   [("household.members[1].household.member_name", "required"),
    ("household.members[1].household.member_age", "constraint"),
    ("household.members[2].household.member_age", "type.integer")])
hh("row relevance: school asked of a child of 6 to 15", {"household.size": 2, "household.location": LOC,
   "household.members": [member("甲", 30, school="none"), member("乙", 6)]},
   [("household.members[1].household.member_school", "required")])
hh("row relevance: the irrelevant school answer is dropped", {"household.size": 2, "household.location": LOC,
   "household.members": [member("甲", 30, school="primary")]}, [],
   {"household.size": 2, "household.location": "30.2741 120.1551",
    "household.members": [{"household.member_name": "甲", "household.member_age": 30}]})
hh("row relevance reads an outer value", {"household.size": 5, "household.location": LOC,
   "household.members": [member("甲", 30, far="no"), member("乙", 31)]},
   [("household.members[1].household.member_far", "required")])
hh("row relevance reads an outer value: not asked below 5", {"household.size": 4, "household.location": LOC,
   "household.members": [member("甲", 30, far="maybe")]}, [])
hh("an unknown id in a row", {"household.size": 2, "household.location": LOC,
   "household.members": [member("甲", 30, shoe=40)]}, [("household.members[0].household.member_shoe", "unknown-field")])
hh("a row that is not an object", {"household.size": 2, "household.location": LOC,
   "household.members": [member("甲", 30), "乙"]}, [("household.members[1]", "repeat")])
hh("a group that is not a list", {"household.size": 2, "household.location": LOC, "household.members": {"a": 1}},
   [("household.members", "repeat")])
hh("a bad ID number in a row", {"household.size": 2, "household.location": LOC,
   "household.members": [member("甲", 30, id="110105194912310021")]},
   [("household.members[0].household.member_id", "id.checksum")])
hh("a choice outside the list in a row", {"household.size": 2, "household.location": LOC,
   "household.members": [member("甲", 8, school="college")]},
   [("household.members[0].household.member_school", "choice")])
hh("members are optional for one person, and still validated", {"household.size": 1, "household.location": LOC,
   "household.members": [member("甲", 30)]}, [],
   {"household.size": 1, "household.location": "30.2741 120.1551",
    "household.members": [{"household.member_name": "甲", "household.member_age": 30}]})
hh("outer errors before row errors", {"household.size": 0, "household.location": LOC,
   "household.members": [member("", 30)]},
   [("household.size", "constraint"), ("household.members[0].household.member_name", "required")])
hh("a member's age as a decimal", {"household.size": 2, "household.location": LOC,
   "household.members": [member("甲", 30.5)]}, [("household.members[0].household.member_age", "type.integer")])

names = [c["name"] for c in cases]
dupes = {n for n in names if names.count(n) > 1}
assert not dupes, dupes
out = {"about": "Validation conformance cases; generated by conformance.py (read its docstring); run by the server's "
                "ValidationConformanceTest and the collector's frontend/collect/form/conformance.test.ts",
       "forms": FORMS, "cases": cases}
path = pathlib.Path(__file__).with_name("conformance.json")
def dump(v): return json.dumps(v, ensure_ascii=False)
text = ('{\n "about": ' + dump(out["about"]) + ',\n "forms": ' + json.dumps(FORMS, ensure_ascii=False, indent=1)
        + ',\n "cases": [\n' + ",\n".join("  " + dump(c) for c in cases) + "\n ]\n}")
assert json.loads(text) == out
path.write_text(text + "\n", encoding="utf-8")
print(f"{len(cases)} cases -> {path}")
