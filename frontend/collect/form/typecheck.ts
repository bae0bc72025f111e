/**
 * One raw value against its field's type → the normalised value; a port of the server's
 * org.oneform.forms.validate.internal.TypeCheck with the same codes. Values in the collector's
 * representation (see FormValues in types.ts).
 */
import type { LocalDate } from '../../expr/index.js';
import type { FormFieldDto } from './types.js';
import { blankWords, parseGps, parseIdNumber, parsePhone, stripBlanks } from './values.js';

export type Outcome =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly value: unknown }
  | { readonly kind: 'bad'; readonly code: string; readonly args: readonly unknown[] };

const EMPTY: Outcome = { kind: 'empty' };
const NUMBER = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

export function isEmptyValue(raw: unknown): boolean {
  return (
    raw === null ||
    raw === undefined ||
    (typeof raw === 'string' && stripBlanks(raw) === '') ||
    (Array.isArray(raw) && raw.length === 0)
  );
}

function bad(code: string, ...args: unknown[]): Outcome {
  return { kind: 'bad', code, args };
}

export function checkValue(field: FormFieldDto, raw: unknown, today: LocalDate): Outcome {
  if (isEmptyValue(raw)) return EMPTY;
  switch (field.type) {
    case 'text':
    case 'address':
    case 'photo':
      return typeof raw === 'string' ? { kind: 'ok', value: stripBlanks(raw) } : bad('type.text');
    case 'note':
      return EMPTY;
    case 'integer': {
      const n = toNumber(raw);
      // the server's Long: whole and within [-2^63, 2^63)
      return n !== null && Number.isInteger(n) && n >= -(2 ** 63) && n < 2 ** 63 ? { kind: 'ok', value: n } : bad('type.integer');
    }
    case 'decimal': {
      const n = toNumber(raw);
      return n !== null ? { kind: 'ok', value: n } : bad('type.decimal');
    }
    case 'date':
      return date(raw);
    case 'single_choice': {
      if (typeof raw !== 'string') return bad('choice', String(raw));
      const code = stripBlanks(raw);
      return hasChoice(field, code) ? { kind: 'ok', value: code } : bad('choice', code);
    }
    case 'multiple_choice':
      return multipleChoice(field, raw);
    case 'yes_no':
      return yesNo(raw);
    case 'id_number': {
      if (typeof raw !== 'string') return bad('id.characters');
      const p = parseIdNumber(raw, today);
      return p.ok ? { kind: 'ok', value: p.value } : bad(p.code);
    }
    case 'phone': {
      if (typeof raw !== 'string') return bad('phone.characters');
      const p = parsePhone(raw);
      return p.ok ? { kind: 'ok', value: p.value } : bad(p.code);
    }
    case 'gps':
      return gps(raw);
    case 'repeat_group':
      return Array.isArray(raw) ? { kind: 'ok', value: raw } : bad('repeat');
    default:
      // a type this collector does not know (a newer server): keep text, the server judges
      return typeof raw === 'string' ? { kind: 'ok', value: stripBlanks(raw) } : { kind: 'ok', value: raw };
  }
}

function toNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'string' && NUMBER.test(stripBlanks(raw))) return Number(stripBlanks(raw));
  return null;
}

function hasChoice(field: FormFieldDto, code: string): boolean {
  return (field.choices ?? []).some((c) => c.code === code);
}

function date(raw: unknown): Outcome {
  if (typeof raw === 'string' && DATE.test(stripBlanks(raw))) {
    const [y, m, d] = stripBlanks(raw).split('-').map(Number);
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    if (m >= 1 && m <= 12 && d >= 1 && d <= days) return { kind: 'ok', value: stripBlanks(raw) };
  }
  return bad('date');
}

function multipleChoice(field: FormFieldDto, raw: unknown): Outcome {
  let codes: string[];
  if (typeof raw === 'string') codes = blankWords(raw);
  else if (Array.isArray(raw)) codes = raw.map((item) => stripBlanks(String(item)));
  else return bad('choice', String(raw));
  const seen = new Set<string>();
  for (const code of codes) {
    if (!hasChoice(field, code)) return bad('choice', code);
    if (seen.has(code)) return bad('choice.duplicate', code);
    seen.add(code);
  }
  return { kind: 'ok', value: codes };
}

function yesNo(raw: unknown): Outcome {
  if (typeof raw === 'boolean') return { kind: 'ok', value: raw ? 'yes' : 'no' };
  if (typeof raw === 'string') {
    const v = stripBlanks(raw).toLowerCase();
    if (v === 'yes' || v === 'no') return { kind: 'ok', value: v };
  }
  return bad('yes-no');
}

/** {lat, lon, accuracy} (the contract), or ODK's "lat lon [alt [accuracy]]", or [lat, lon]: GeoPoint on the server. */
function gps(raw: unknown): Outcome {
  const p = parseGps(raw);
  return p.ok ? { kind: 'ok', value: p.value } : bad(p.code);
}
