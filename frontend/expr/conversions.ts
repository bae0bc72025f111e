/** The implicit conversions; mirrors org.oneform.forms.expr.internal.Conversions. None accepts empty (null). */
import { ExpressionException } from './errors.js';
import { formatNumber, parseNumber } from './numbers.js';
import { LocalDate, type Value } from './value.js';

export type NonEmpty = Exclude<Value, null>;

export function toNumber(v: NonEmpty, at: number): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n === null) throw new ExpressionException(at, 'not-a-number', `'${v}' is not a number`);
    return n;
  }
  throw new ExpressionException(at, 'type-mismatch', 'a date is not a number');
}

export function toDate(v: NonEmpty, at: number): LocalDate {
  if (v instanceof LocalDate) return v;
  if (typeof v === 'string') return parseDate(v, at);
  if (typeof v === 'number') throw new ExpressionException(at, 'type-mismatch', 'a number is not a date (use date())');
  throw new ExpressionException(at, 'type-mismatch', 'a boolean is not a date');
}

/** Any value as text; empty is ''. */
export function toText(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return v.toString();
}

/** XPath truthiness: empty → false, number ≠ 0, any non-empty text and any date → true. */
export function toBoolean(v: Value): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  return true;
}

/** A text compared with a boolean: true yes 1 / false no 0, else an error. */
export function textToBoolean(v: string, at: number): boolean {
  if (v === 'true' || v === 'yes' || v === '1') return true;
  if (v === 'false' || v === 'no' || v === '0') return false;
  throw new ExpressionException(at, 'not-a-boolean', `'${v}' is not a boolean`);
}

export function parseDate(text: string, at: number): LocalDate {
  const d = LocalDate.parse(text);
  if (!d) throw new ExpressionException(at, 'not-a-date', `'${text}' is not a date (YYYY-MM-DD)`);
  return d;
}

/** `date ± days`: days truncated toward zero; the result must lie in years 0000–9999. */
export function plusDays(date: LocalDate, days: number, at: number): LocalDate {
  const whole = Math.trunc(days);
  if (Math.abs(whole) <= 4_000_000) {
    const result = LocalDate.ofEpochDay(date.toEpochDay() + whole);
    if (result.year >= 0 && result.year <= 9999) return result;
  }
  throw new ExpressionException(at, 'invalid-argument', 'date out of range (years 0000–9999)');
}

/** Whole birthdays from birth to today; negative (floored) when birth is later. */
export function age(birth: LocalDate, today: LocalDate): number {
  const years = today.year - birth.year;
  const beforeBirthday = today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  return beforeBirthday ? years - 1 : years;
}
