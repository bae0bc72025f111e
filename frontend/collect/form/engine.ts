/**
 * The form state engine: relevance, required-when-relevant, constraints, calculations and per-field errors
 * of a filled form, with the semantics of the server's org.oneform.forms.validate.FormValidator (same order
 * of steps, same codes, same messages), evaluated with the shared expression evaluator (frontend/expr,
 * docs/decisions/0004) and updated incrementally as the worker types. No DOM, no React: the renderer, the
 * draft store and the finalize/outbox step all call it. See docs/decisions/0016.
 *
 *   const form = compileForm(formVersionDto);
 *   let state = evaluateForm(form, values, { today });            // everything, once
 *   state = updateForm(state, nextValues);                          // only what the changed fields reach
 *   state.fields.get('resident.age')?.relevant; state.errors; state.values   // normalised, relevant, valid
 *   validateForm(formVersionDto, values, { today })                 // the finalize check: { valid, errors, values }
 */
import { Expression, ExpressionException, LocalDate, findCycle, type FieldValue, type Value } from '../../expr/index.js';
import { message } from './messages.js';
import { checkValue } from './typecheck.js';
import { gpsText } from './values.js';
import type { FormFieldDto, FormValues, FormVersionDto, GpsValue, RowValues } from './types.js';

/** One problem with one field, as the server's FieldError (code, zh-CN and English message). */
export interface FieldError {
  readonly fieldId: string;
  /** The id, or for a repeat group's child `group[row].child` (rows from 0). */
  readonly path: string;
  readonly code: string;
  /** The message arguments after the label ({1}, {2} …). */
  readonly args: readonly unknown[];
  readonly messageZh: string;
  readonly messageEn: string;
}

/** What the renderer needs to know about one field (one cell, for a repeat group's child). */
export interface FieldState {
  readonly id: string;
  /** Relevance holds: the field is asked (shown). */
  readonly relevant: boolean;
  /** The required condition holds (only meaningful when relevant). */
  readonly required: boolean;
  /** The normalised value (canonical ID number, number, code list …), or undefined when empty or invalid. */
  readonly value: unknown;
  /** This field's errors (for a repeat group, the group's own; the rows carry theirs). Empty when irrelevant. */
  readonly errors: readonly FieldError[];
  /** For a relevant repeat group: one state per row. */
  readonly rows?: readonly RowState[];
}

export interface RowState {
  /** Child field id → state. */
  readonly fields: ReadonlyMap<string, FieldState>;
  readonly errors: readonly FieldError[];
}

export interface FormState {
  readonly form: CompiledForm;
  readonly today: LocalDate;
  /** The raw values the state was computed from. */
  readonly input: FormValues;
  /** Top-level field id → state. Unchanged fields keep their state object across updates (cheap re-renders). */
  readonly fields: ReadonlyMap<string, FieldState>;
  /** Every error, in form order (unknown fields and calculation errors first, as the server reports them). */
  readonly errors: readonly FieldError[];
  /** The values the server would keep: relevant, valid, normalised, calculations recomputed. */
  readonly values: FormValues;
  readonly valid: boolean;
}

export interface EvaluationOptions {
  /** What `today()` is; inject it (the language never reads a clock). Default: today in China. */
  readonly today?: LocalDate;
}

/** One field with its expressions parsed once. */
export interface CompiledField {
  readonly dto: FormFieldDto;
  readonly id: string;
  readonly type: string;
  readonly relevance: Expression | null;
  readonly required: Expression | null;
  readonly constraint: Expression | null;
  readonly calculation: Expression | null;
  /** Ids read by required and constraint. */
  readonly checkRefs: ReadonlySet<string>;
  /** For a repeat group: its children as a level, and the outer ids they read. */
  readonly children: CompiledLevel | null;
}

export interface CompiledLevel {
  readonly fields: readonly CompiledField[];
  readonly byId: ReadonlyMap<string, CompiledField>;
  readonly calculationOrder: readonly CompiledField[];
  /** Fields in an order where each comes after the fields its relevance reads; null when cyclic. */
  readonly relevanceOrder: readonly CompiledField[] | null;
  /** Ids outside this level that its expressions read. */
  readonly outerRefs: ReadonlySet<string>;
}

export interface CompiledForm {
  readonly dto: FormVersionDto;
  readonly top: CompiledLevel;
  /** Every field by id, children included. */
  readonly fieldsById: ReadonlyMap<string, FormFieldDto>;
  /** Expressions that do not parse: field id → message (treated as the server would: error = safe side). */
  readonly expressionProblems: ReadonlyMap<string, string>;
}

// ---------------------------------------------------------------------------------------------- compile

/**
 * Compiled forms by their definition object: a form version is immutable, so every fill of the same stored
 * version (and every re-render that passes the DTO) shares one compilation.
 */
const compiledForms = new WeakMap<FormVersionDto, CompiledForm>();

/**
 * Parsed expressions by source text (docs/decisions/0030). Forms repeat expressions (`. >= 0 and . <= 150`, `${x} = 'yes'`) and every
 * version of a form repeats its predecessor's; an Expression is immutable, so one parse serves them all. Bounded:
 * cleared when it grows past MAX_PARSED (a tablet sees a handful of forms).
 */
const parsed = new Map<string, Expression | Error>();
const MAX_PARSED = 5_000;

function parseOnce(source: string): Expression {
  let hit = parsed.get(source);
  if (hit === undefined) {
    try {
      hit = Expression.parse(source);
    } catch (e) {
      hit = e instanceof Error ? e : new Error(String(e));
    }
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(source, hit);
  }
  if (hit instanceof Error) throw hit;
  return hit;
}

/** Parses every expression once and orders calculations and relevance. Reusable across fills (and cached per DTO). */
export function compileForm(dto: FormVersionDto): CompiledForm {
  const cached = compiledForms.get(dto);
  if (cached) return cached;
  const compiled = compileFresh(dto);
  compiledForms.set(dto, compiled);
  return compiled;
}

function compileFresh(dto: FormVersionDto): CompiledForm {
  const problems = new Map<string, string>();
  const fieldsById = new Map<string, FormFieldDto>();
  const top = compileLevel(dto.fields, problems, fieldsById);
  return { dto, top, fieldsById, expressionProblems: problems };
}

function compileLevel(
  dtos: readonly FormFieldDto[],
  problems: Map<string, string>,
  all: Map<string, FormFieldDto>,
): CompiledLevel {
  const fields = dtos.map((d) => compileField(d, problems, all));
  const byId = new Map(fields.map((f) => [f.id, f]));
  const refs = (e: Expression | null) => (e ? [...e.references] : []);

  const outerRefs = new Set<string>();
  for (const f of fields) {
    for (const e of [f.relevance, f.required, f.constraint, f.calculation]) {
      for (const id of refs(e)) if (!byId.has(id)) outerRefs.add(id);
    }
    f.children?.outerRefs.forEach((id) => !byId.has(id) && outerRefs.add(id));
  }

  const calculated = fields.filter((f) => f.calculation);
  const calcDeps = new Map(calculated.map((f) => [f.id, refs(f.calculation).filter((id) => byId.get(id)?.calculation)]));
  const relDeps = new Map(fields.map((f) => [f.id, refs(f.relevance).filter((id) => byId.has(id))]));
  return {
    fields,
    byId,
    calculationOrder: topological(calculated, calcDeps, byId),
    relevanceOrder: findCycle(relDeps) ? null : topological(fields, relDeps, byId),
    outerRefs,
  };
}

function compileField(dto: FormFieldDto, problems: Map<string, string>, all: Map<string, FormFieldDto>): CompiledField {
  all.set(dto.id, dto);
  const parse = (source: string | null | undefined, what: string): Expression | null => {
    if (source == null || source.trim() === '') return null;
    try {
      return parseOnce(source);
    } catch (e) {
      problems.set(dto.id, `${what}: ${e instanceof Error ? e.message : String(e)}`);
      return BROKEN;
    }
  };
  const required = parse(dto.required, 'required');
  const constraint = parse(dto.constraint, 'constraint');
  const checkRefs = new Set([...(required?.references ?? []), ...(constraint?.references ?? [])]);
  return {
    dto,
    id: dto.id,
    type: dto.type,
    relevance: parse(dto.relevance, 'relevance'),
    required,
    constraint,
    calculation: parse(dto.calculation, 'calculation'),
    checkRefs,
    children: dto.type === 'repeat_group' ? compileLevel(dto.children ?? [], problems, all) : null,
  };
}

/**
 * An expression that failed to parse: evaluating it throws, so it is handled like the server handles an
 * expression that fails (relevant and required on the safe side, a constraint error).
 */
const BROKEN = Object.freeze(
  Object.assign(Object.create(Expression.prototype) as object, {
    source: '',
    references: new Set<string>(),
    evaluate(): Value {
      throw new ExpressionException(0, 'unexpected-token', 'the expression does not parse');
    },
    test(): boolean {
      throw new ExpressionException(0, 'unexpected-token', 'the expression does not parse');
    },
  }),
) as unknown as Expression;

/** Depth-first in form order, each field after the ones it depends on (like the server's Calculations.order). */
function topological(
  fields: readonly CompiledField[],
  deps: ReadonlyMap<string, readonly string[]>,
  byId: ReadonlyMap<string, CompiledField>,
): CompiledField[] {
  const ordered: CompiledField[] = [];
  const done = new Set<string>();
  const visit = (f: CompiledField, path: Set<string>) => {
    if (done.has(f.id) || path.has(f.id)) return;
    path.add(f.id);
    for (const id of deps.get(f.id) ?? []) {
      const d = byId.get(id);
      if (d) visit(d, path);
    }
    done.add(f.id);
    ordered.push(f);
  };
  fields.forEach((f) => visit(f, new Set()));
  return ordered;
}

// ---------------------------------------------------------------------------------------------- values

/** A value map for expressions: this level's values over the outer level's (a repeat row over the form). */
class Layered extends Map<string, FieldValue> {
  constructor(private readonly outer: ReadonlyMap<string, FieldValue> | null) {
    super();
  }

  override get(id: string): FieldValue {
    return super.has(id) ? super.get(id) : this.outer?.get(id);
  }
}

/** A normalised value as the expression language sees it (the server's Value.of of the same value). */
function exprValue(type: string, value: unknown): FieldValue {
  if (value === undefined || value === null) return undefined;
  switch (type) {
    case 'date':
      return typeof value === 'string' ? (LocalDate.parse(value) ?? value) : (value as FieldValue);
    case 'gps': {
      return gpsText(value as GpsValue);
    }
    case 'repeat_group':
      // only emptiness is meaningful (the server sees the rows' text); an empty list is empty
      return Array.isArray(value) && value.length > 0 ? `${value.length} rows` : undefined;
    default:
      return value as FieldValue;
  }
}

/** The server's Calculations.evaluate: the result as a stored value, and as an expression value. */
function calculated(type: string, v: Value): { json: unknown; expr: FieldValue } {
  if (v === null) return { json: undefined, expr: undefined };
  if (typeof v === 'boolean') {
    const text = type === 'yes_no' ? (v ? 'yes' : 'no') : String(v);
    return { json: text, expr: text };
  }
  if (v instanceof LocalDate) return { json: v.toString(), expr: v };
  return { json: v, expr: v };
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function intersects(ids: ReadonlySet<string>, changed: ReadonlySet<string>): boolean {
  if (changed.size === 0 || ids.size === 0) return false;
  const [small, large] = ids.size < changed.size ? [ids, changed] : [changed, ids];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------- evaluation

interface Bad {
  readonly code: string;
  readonly args: readonly unknown[];
}

/**
 * The live evaluation of one level: the top-level fields, or one row of a repeat group. Mutable inside,
 * published as immutable FieldStates. Every step of FormValidator.Pass.run, each limited to what changed.
 */
class LevelRun {
  raw: RowValues = {};
  private readonly norm = new Map<string, unknown>();
  private readonly normX: Layered;
  readonly eff: Layered;
  private readonly bad = new Map<string, Bad>();
  private readonly calcErrors = new Map<string, FieldError>();
  private readonly relevant = new Map<string, boolean>();
  readonly states = new Map<string, FieldState>();
  private rows = new Map<string, (LevelRun | null)[]>();
  unknown: string[] = [];
  private first = true;

  constructor(
    private readonly level: CompiledLevel,
    private readonly today: LocalDate,
    outer: ReadonlyMap<string, FieldValue> | null,
    private readonly prefix: string,
  ) {
    this.normX = new Layered(outer);
    this.eff = new Layered(outer);
  }

  /**
   * Brings the level up to date with `raw`. `changedOwn`: ids whose raw value changed; `changedOuter`: outer
   * ids whose relevant value changed. Returns the ids whose relevant (effective) value changed.
   */
  update(raw: RowValues, changedOwn: ReadonlySet<string>, changedOuter: ReadonlySet<string>): Set<string> {
    const all = this.first;
    this.first = false;
    this.raw = raw;
    const { level, today } = this;

    // 1. unknown ids, type checks
    if (all || [...changedOwn].some((id) => !level.byId.has(id))) {
      this.unknown = Object.keys(raw)
        .filter((id) => !level.byId.has(id))
        .sort();
    }
    const normChanged = new Set<string>(changedOuter);
    const badChanged = new Set<string>();
    const toCheck = all ? level.fields : [...changedOwn].flatMap((id) => level.byId.get(id) ?? []);
    for (const f of toCheck) {
      if (f.calculation) continue;
      const outcome = checkValue(f.dto, raw[f.id], today);
      const before = this.norm.get(f.id);
      const beforeBad = this.bad.get(f.id);
      if (outcome.kind === 'ok') {
        this.norm.set(f.id, outcome.value);
        this.bad.delete(f.id);
      } else {
        this.norm.delete(f.id);
        if (outcome.kind === 'bad') this.bad.set(f.id, { code: outcome.code, args: outcome.args });
        else this.bad.delete(f.id);
      }
      const after = this.norm.get(f.id);
      if (all || !deepEqual(before, after)) {
        normChanged.add(f.id);
        if (after === undefined) this.normX.delete(f.id);
        else this.normX.set(f.id, exprValue(f.type, after));
      }
      if (all || !deepEqual(beforeBad, this.bad.get(f.id))) badChanged.add(f.id);
    }

    // 2. calculations, in dependency order, on all normalised values (relevant or not, as the server does)
    for (const f of level.calculationOrder) {
      if (!all && !intersects(f.calculation!.references, normChanged)) continue;
      const before = this.norm.get(f.id);
      const beforeError = this.calcErrors.get(f.id);
      let result: { json: unknown; expr: FieldValue };
      try {
        result = calculated(f.type, f.calculation!.evaluate({ values: this.normX, today }));
        this.calcErrors.delete(f.id);
      } catch (e) {
        if (!(e instanceof ExpressionException)) throw e;
        result = { json: undefined, expr: undefined };
        this.calcErrors.set(f.id, fieldError(f.dto, this.prefix + f.id, 'calculation.error', [e.error.message]));
      }
      if (result.json === undefined) {
        this.norm.delete(f.id);
        this.normX.delete(f.id);
      } else {
        this.norm.set(f.id, result.json);
        this.normX.set(f.id, result.expr);
      }
      if (all || !deepEqual(before, result.json)) normChanged.add(f.id);
      if (all || beforeError?.messageEn !== this.calcErrors.get(f.id)?.messageEn) badChanged.add(f.id);
    }

    // 3. relevance, on relevant values only (irrelevant fields count as empty)
    const effChanged = new Set<string>(changedOuter);
    const relChanged = new Set<string>();
    if (level.relevanceOrder) {
      for (const f of level.relevanceOrder) {
        if (all || (f.relevance && intersects(f.relevance.references, effChanged))) {
          const r = this.isRelevant(f, this.eff);
          if (all || r !== this.relevant.get(f.id)) relChanged.add(f.id);
          this.relevant.set(f.id, r);
        }
        if (all || relChanged.has(f.id) || normChanged.has(f.id)) this.setEffective(f, effChanged);
      }
    } else {
      this.relevanceFixpoint(effChanged, relChanged, all);
    }

    // 4. per field: type errors, required, constraint, rows
    for (const f of level.fields) {
      const affected =
        all ||
        normChanged.has(f.id) ||
        badChanged.has(f.id) ||
        relChanged.has(f.id) ||
        intersects(f.checkRefs, effChanged) ||
        (f.children !== null && (changedOwn.has(f.id) || intersects(f.children.outerRefs, effChanged)));
      if (!affected) continue;
      const next = this.fieldState(f, effChanged);
      const before = this.states.get(f.id);
      if (!before || !sameState(before, next)) this.states.set(f.id, next);
    }
    return effChanged;
  }

  private setEffective(f: CompiledField, effChanged: Set<string>): void {
    const value = this.relevant.get(f.id) ? this.normX.get(f.id) : undefined;
    const had = Map.prototype.has.call(this.eff, f.id);
    const before = had ? Map.prototype.get.call(this.eff, f.id) : undefined;
    if (value === undefined) {
      if (had) {
        this.eff.delete(f.id);
        effChanged.add(f.id);
      }
    } else if (!had || !deepEqual(before, value)) {
      this.eff.set(f.id, value);
      effChanged.add(f.id);
    }
  }

  /** The server's loop for a form whose relevance is cyclic (the compiler rejects those; kept for safety). */
  private relevanceFixpoint(effChanged: Set<string>, relChanged: Set<string>, all: boolean): void {
    const fields = this.level.fields;
    const valued = fields.filter((f) => Map.prototype.has.call(this.normX, f.id)).map((f) => f.id);
    let current = new Set(valued);
    const view = (ids: Set<string>) => {
      const m = new Layered(this.eff);
      for (const f of fields) {
        if (ids.has(f.id)) m.set(f.id, this.normX.get(f.id));
        else m.set(f.id, undefined);
      }
      return m;
    };
    for (let round = 0; round < fields.length + 1; round++) {
      const values = view(current);
      const next = new Set(valued.filter((id) => this.isRelevant(this.level.byId.get(id)!, values)));
      if (next.size === current.size && [...next].every((id) => current.has(id))) break;
      current = next;
    }
    const finalValues = view(current);
    for (const f of fields) {
      const r = current.has(f.id) || this.isRelevant(f, finalValues);
      if (all || r !== this.relevant.get(f.id)) relChanged.add(f.id);
      this.relevant.set(f.id, r);
      this.setEffective(f, effChanged);
    }
  }

  private isRelevant(f: CompiledField, values: ReadonlyMap<string, FieldValue>): boolean {
    return f.relevance === null || holds(f.relevance, values, undefined, this.today, true);
  }

  private fieldState(f: CompiledField, effChanged: ReadonlySet<string>): FieldState {
    const relevant = this.relevant.get(f.id) ?? true;
    const value = this.norm.get(f.id);
    const required = f.required !== null && holds(f.required, this.eff, undefined, this.today, true);
    if (!relevant || f.type === 'note') {
      this.rows.delete(f.id);
      return { id: f.id, relevant, required, value: undefined, errors: [] };
    }
    const path = this.prefix + f.id;
    const bad = this.bad.get(f.id);
    if (bad) return { id: f.id, relevant, required, value: undefined, errors: [fieldError(f.dto, path, bad.code, bad.args)] };
    if (value === undefined) {
      this.rows.delete(f.id);
      const errors = required ? [fieldError(f.dto, path, 'required', [])] : [];
      return { id: f.id, relevant, required, value, errors };
    }
    if (f.children) {
      return { id: f.id, relevant, required, value, errors: [], rows: this.rowStates(f, value as unknown[], path, effChanged) };
    }
    if (f.constraint) {
      try {
        if (!f.constraint.test({ values: this.eff, today: this.today, current: exprValue(f.type, value) })) {
          return { id: f.id, relevant, required, value, errors: [fieldError(f.dto, path, 'constraint', [f.dto.constraint])] };
        }
      } catch (e) {
        if (!(e instanceof ExpressionException)) throw e;
        return { id: f.id, relevant, required, value, errors: [fieldError(f.dto, path, 'constraint.error', [e.error.message])] };
      }
    }
    return { id: f.id, relevant, required, value, errors: [] };
  }

  /** Rows are re-evaluated when their object changed, or an outer value they read changed. */
  private rowStates(f: CompiledField, rows: readonly unknown[], path: string, effChanged: ReadonlySet<string>): RowState[] {
    const level = f.children!;
    const before = this.rows.get(f.id) ?? [];
    // a removed or inserted row shifts the paths of the rows after it: start those afresh
    const runs: (LevelRun | null)[] = [];
    const out: RowState[] = [];
    rows.forEach((row, i) => {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        runs.push(null);
        out.push({ fields: new Map(), errors: [fieldError(f.dto, `${path}[${i}]`, 'repeat', [])] });
        return;
      }
      const values = row as RowValues;
      let run = before.length === rows.length ? before[i] : undefined;
      if (!run) {
        run = new LevelRun(level, this.today, this.eff, `${path}[${i}].`);
        run.update(values, new Set(Object.keys(values)), new Set());
      } else if (run.raw !== values || intersects(level.outerRefs, effChanged)) {
        const changed = new Set<string>();
        for (const k of new Set([...Object.keys(run.raw), ...Object.keys(values)])) {
          if (run.raw[k] !== values[k]) changed.add(k);
        }
        run.update(values, changed, effChanged);
      }
      runs.push(run);
      out.push(run.rowState());
    });
    this.rows.set(f.id, runs);
    return out;
  }

  private cachedRow: RowState | null = null;

  rowState(): RowState {
    const fields = this.states;
    const errors = this.errors();
    if (this.cachedRow && sameRow(this.cachedRow, fields, errors)) return this.cachedRow;
    this.cachedRow = { fields: new Map(fields), errors };
    return this.cachedRow;
  }

  /** Every error of this level in the server's order. */
  errors(): FieldError[] {
    const out: FieldError[] = this.unknown.map((id) => unknownField(id, this.prefix + id));
    for (const f of this.level.calculationOrder) {
      const e = this.calcErrors.get(f.id);
      if (e) out.push(e);
    }
    for (const f of this.level.fields) {
      const s = this.states.get(f.id);
      if (!s) continue;
      out.push(...s.errors);
      s.rows?.forEach((r) => out.push(...r.errors));
    }
    return out;
  }

  /** The values the server keeps (ValidationResult.values): relevant, valid, constraint met. */
  output(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of this.level.fields) {
      const s = this.states.get(f.id);
      if (!s || !s.relevant || s.value === undefined || s.errors.length > 0) continue;
      if (f.children) {
        out[f.id] = (this.rows.get(f.id) ?? []).flatMap((run) => (run ? [run.output()] : []));
      } else {
        out[f.id] = s.value;
      }
    }
    return out;
  }
}

function holds(
  e: Expression,
  values: ReadonlyMap<string, FieldValue>,
  current: FieldValue,
  today: LocalDate,
  onError: boolean,
): boolean {
  try {
    return e.test({ values, today, current });
  } catch (err) {
    if (err instanceof ExpressionException) return onError;
    throw err;
  }
}

function fieldError(dto: FormFieldDto, path: string, code: string, args: readonly unknown[]): FieldError {
  return {
    fieldId: dto.id,
    path,
    code,
    args,
    messageZh: message('zh-CN', code, dto.label['zh-CN'], ...args),
    messageEn: message('en', code, dto.label.en, ...args),
  };
}

function unknownField(id: string, path: string): FieldError {
  return { fieldId: id, path, code: 'unknown-field', args: [], messageZh: message('zh-CN', 'unknown-field', id), messageEn: message('en', 'unknown-field', id) };
}

function sameErrors(a: readonly FieldError[], b: readonly FieldError[]): boolean {
  return a.length === b.length && a.every((e, i) => e.path === b[i].path && e.code === b[i].code && deepEqual(e.args, b[i].args));
}

function sameState(a: FieldState, b: FieldState): boolean {
  return (
    a.relevant === b.relevant &&
    a.required === b.required &&
    deepEqual(a.value, b.value) &&
    sameErrors(a.errors, b.errors) &&
    (a.rows === b.rows || (!!a.rows && !!b.rows && a.rows.length === b.rows.length && a.rows.every((r, i) => r === b.rows![i])))
  );
}

function sameRow(row: RowState, fields: ReadonlyMap<string, FieldState>, errors: readonly FieldError[]): boolean {
  if (row.fields.size !== fields.size || !sameErrors(row.errors, errors)) return false;
  for (const [id, s] of fields) if (row.fields.get(id) !== s) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------- public API

const engines = new WeakMap<FormState, LevelRun>();

/** Today in China (the server judges birth dates in the future against Asia/Shanghai too). */
export function todayInChina(now: Date = new Date()): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return LocalDate.parse(parts) ?? LocalDate.ofEpochDay(Math.floor(now.getTime() / 86_400_000));
}

/** Evaluates everything from scratch. */
export function evaluateForm(form: CompiledForm, values: FormValues, options: EvaluationOptions = {}): FormState {
  const today = options.today ?? todayInChina();
  const run = new LevelRun(form.top, today, null, '');
  run.update(values, new Set(Object.keys(values)), new Set());
  return publish(form, today, values, run, null);
}

/**
 * The state for `values`, re-evaluating only what the fields whose value changed (by identity: pass new
 * objects for changed values, as React state does) can reach. `previous` must not be used afterwards for
 * further updates (its engine moves on); its field states stay valid.
 */
export function updateForm(previous: FormState, values: FormValues): FormState {
  if (values === previous.input) return previous;
  const run = engines.get(previous);
  if (!run) return evaluateForm(previous.form, values, { today: previous.today });
  const changed = new Set<string>();
  for (const k of Object.keys(values)) if (values[k] !== previous.input[k]) changed.add(k);
  for (const k of Object.keys(previous.input)) if (!Object.hasOwn(values, k)) changed.add(k);
  engines.delete(previous);
  run.update(values, changed, new Set());
  return publish(previous.form, previous.today, values, run, previous);
}

function publish(form: CompiledForm, today: LocalDate, input: FormValues, run: LevelRun, previous: FormState | null): FormState {
  let fields: ReadonlyMap<string, FieldState> = previous?.fields ?? new Map();
  let changed = !previous || previous.fields.size !== run.states.size;
  if (!changed) for (const [id, s] of run.states) if (previous!.fields.get(id) !== s) changed = true;
  if (changed) fields = new Map(run.states);
  // both are one pass over the fields; calculation errors and unknown ids live outside the field states
  const errors = run.errors();
  const values = run.output();
  const state: FormState = { form, today, input, fields, errors, values, valid: errors.length === 0 };
  engines.set(state, run);
  return state;
}

/**
 * The finalize check, the same judgement the server's FormValidator makes: valid or not, every error, and
 * the normalised relevant values to put in the outbox.
 */
export function validateForm(
  form: FormVersionDto | CompiledForm,
  values: FormValues,
  options: EvaluationOptions = {},
): { readonly valid: boolean; readonly errors: readonly FieldError[]; readonly values: FormValues } {
  const compiled = 'top' in form ? form : compileForm(form);
  const state = evaluateForm(compiled, values, options);
  return { valid: state.valid, errors: state.errors, values: state.values };
}

/** The state of one field, a repeat row's child included (`row` from 0). */
export function fieldState(state: FormState, id: string, row?: { group: string; index: number }): FieldState | undefined {
  if (!row) return state.fields.get(id);
  return state.fields.get(row.group)?.rows?.[row.index]?.fields.get(id);
}
