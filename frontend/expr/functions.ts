/** The function table; mirrors org.oneform.forms.expr.internal.Functions and its *Functions classes. */
import { start, type Node } from './ast.js';
import { ExpressionException } from './errors.js';
import { age, parseDate, plusDays, toBoolean, toDate, toNumber, toText } from './conversions.js';
import { roundNumber } from './numbers.js';
import { LocalDate, type Value } from './value.js';

/** What a function implementation can do: evaluate its (unevaluated) arguments, know today. */
export interface Evaluation {
  evaluate(node: Node): Value;
  readonly today: LocalDate;
}

type Call = Extract<Node, { kind: 'call' }>;

export interface ExprFunction {
  readonly min: number;
  readonly max: number;
  readonly impl: (e: Evaluation, call: Call) => Value;
}

const MANY = Number.MAX_SAFE_INTEGER;
const BLANKS = /[ \t\r\n]+/;

const text = (e: Evaluation, c: Call, i: number): string => toText(e.evaluate(c.args[i]));
const textValue = (s: string): Value => (s === '' ? null : s);
const codes = (s: string): string[] => s.split(BLANKS).filter((x) => x !== '');

function number(e: Evaluation, c: Call): Value {
  const v = e.evaluate(c.args[0]);
  return v === null ? null : toNumber(v, start(c.args[0]));
}

const TABLE: Record<string, ExprFunction> = {
  if: { min: 3, max: 3, impl: (e, c) => e.evaluate(c.args[toBoolean(e.evaluate(c.args[0])) ? 1 : 2]) },
  not: { min: 1, max: 1, impl: (e, c) => !toBoolean(e.evaluate(c.args[0])) },
  true: { min: 0, max: 0, impl: () => true },
  false: { min: 0, max: 0, impl: () => false },
  boolean: { min: 1, max: 1, impl: (e, c) => toBoolean(e.evaluate(c.args[0])) },
  coalesce: {
    min: 2,
    max: MANY,
    impl: (e, c) => {
      for (const arg of c.args) {
        const v = e.evaluate(arg);
        if (v !== null) return v;
      }
      return null;
    },
  },
  selected: {
    min: 2,
    max: 2,
    impl: (e, c) => {
      const all = codes(text(e, c, 0));
      const wanted = codes(text(e, c, 1));
      return wanted.length === 1 && all.includes(wanted[0]);
    },
  },
  'count-selected': { min: 1, max: 1, impl: (e, c) => codes(text(e, c, 0)).length },
  'string-length': { min: 1, max: 1, impl: (e, c) => [...text(e, c, 0)].length },
  regex: {
    min: 2,
    max: 2,
    impl: (e, c) => {
      const s = text(e, c, 0);
      const pattern = text(e, c, 1);
      let re: RegExp;
      try {
        re = new RegExp(pattern, 'u');
      } catch {
        throw new ExpressionException(start(c.args[1]), 'invalid-regex', `invalid regular expression '${pattern}'`);
      }
      return re.test(s);
    },
  },
  concat: { min: 0, max: MANY, impl: (e, c) => textValue(c.args.map((_, i) => text(e, c, i)).join('')) },
  contains: { min: 2, max: 2, impl: (e, c) => text(e, c, 0).includes(text(e, c, 1)) },
  'starts-with': { min: 2, max: 2, impl: (e, c) => text(e, c, 0).startsWith(text(e, c, 1)) },
  'ends-with': { min: 2, max: 2, impl: (e, c) => text(e, c, 0).endsWith(text(e, c, 1)) },
  string: { min: 1, max: 1, impl: (e, c) => textValue(text(e, c, 0)) },
  number: { min: 1, max: 1, impl: number },
  int: {
    min: 1,
    max: 1,
    impl: (e, c) => {
      const v = number(e, c);
      return typeof v === 'number' ? Math.trunc(v) : v;
    },
  },
  round: {
    min: 1,
    max: 2,
    impl: (e, c) => {
      const v = number(e, c);
      let digits = 0;
      if (c.args.length === 2) {
        const d = e.evaluate(c.args[1]);
        const n = d === null ? NaN : toNumber(d, start(c.args[1]));
        if (!(Number.isInteger(n) && Math.abs(n) <= 15)) {
          throw new ExpressionException(start(c.args[1]), 'invalid-argument', 'round() digits must be a whole number from -15 to 15');
        }
        digits = n;
      }
      return typeof v === 'number' ? roundNumber(v, digits) : v;
    },
  },
  today: { min: 0, max: 0, impl: (e) => e.today },
  date: {
    min: 1,
    max: 1,
    impl: (e, c) => {
      const at = start(c.args[0]);
      const v = e.evaluate(c.args[0]);
      if (v === null) return null;
      if (typeof v === 'number') return plusDays(LocalDate.ofEpochDay(0), v, at);
      if (typeof v === 'boolean') throw new ExpressionException(at, 'type-mismatch', 'a boolean is not a date');
      return typeof v === 'string' ? parseDate(v, at) : v;
    },
  },
  age: {
    min: 1,
    max: 1,
    impl: (e, c) => {
      const v = e.evaluate(c.args[0]);
      return v === null ? null : age(toDate(v, start(c.args[0])), e.today);
    },
  },
};

export function lookupFunction(name: string): ExprFunction | undefined {
  return Object.hasOwn(TABLE, name) ? TABLE[name] : undefined;
}

/** "1 argument", "2 or 3 arguments", "at least 2 arguments" (as in Java). */
export function arity(f: ExprFunction): string {
  const plural = (n: number) => (n === 1 ? ' argument' : ' arguments');
  if (f.max === MANY) return `at least ${f.min}${plural(f.min)}`;
  if (f.min === f.max) return `${f.min}${plural(f.min)}`;
  return `${f.min} or ${f.max} arguments`;
}

export const functionNames: readonly string[] = Object.keys(TABLE).sort();
