/**
 * ID numbers and phones as people type them, checked and normalised exactly like the server's
 * org.oneform.forms.values.IdNumber and Phone (same reason codes), so an error shows at the field before
 * sync instead of coming back as an invalid submission. See docs/decisions/0016.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { LocalDate } from '../../expr/index.js';
import type { GpsValue } from './types.js';

/** The outcome of parsing: the canonical value, or a reason code (also a validation message key). */
export type Parsed = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly code: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_DATE = LocalDate.of(1890, 1, 1);

/**
 * NFKC (full-width digits and letters become ASCII), then no whitespace or invisible format characters, and
 * the multiplication sign × (often typed for the X of an ID number) as X. Mirrors Normalise.compact.
 */
export function compact(raw: string | null | undefined): string {
  if (raw == null) return '';
  return raw
    .normalize('NFKC')
    .replace(/[\s\p{Zs}\p{Zl}\p{Zp}\p{Cf}]/gu, '')
    .replace(/\u00D7/g, 'X');
}

/** The clean-up before any ID number check: full-width to half-width, no whitespace, upper-case X. */
export function normaliseIdNumber(raw: string | null | undefined): string {
  return compact(raw).replace(/x/g, 'X');
}

/** The GB 11643 (ISO 7064 MOD 11-2) check character of 17 digits. */
export function idCheckDigit(first17: string): string {
  if (!/^[0-9]{17}$/.test(first17)) throw new RangeError('need exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * A resident ID number (GB 11643-1999) as typed: full-width, spaces, lower-case x or ×, or a legacy
 * 15-digit number (19 inserted before the year, check character computed) → the 18-character number, or
 * id.length / id.characters / id.checksum / id.region / id.birth-date.
 */
export function parseIdNumber(raw: string, today: LocalDate): Parsed {
  let s = normaliseIdNumber(raw);
  if (s.length === 15) {
    if (!/^[0-9]{15}$/.test(s)) return { ok: false, code: 'id.characters' };
    const first17 = `${s.slice(0, 6)}19${s.slice(6)}`;
    s = first17 + idCheckDigit(first17);
  }
  // length in UTF-16 units, as Java's String.length()
  if (s.length !== 18) return { ok: false, code: 'id.length' };
  if (!/^[0-9]{17}[0-9X]$/.test(s)) return { ok: false, code: 'id.characters' };
  if (idCheckDigit(s.slice(0, 17)) !== s[17]) return { ok: false, code: 'id.checksum' };
  if (s[0] < '1' || s[0] > '8') return { ok: false, code: 'id.region' };
  const birth = LocalDate.parse(`${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`);
  if (!birth || birth.compareTo(EARLIEST_BIRTH_DATE) < 0 || birth.compareTo(today) > 0) {
    return { ok: false, code: 'id.birth-date' };
  }
  return { ok: true, value: s };
}

/** The birth date of a valid 18-character ID number, `YYYY-MM-DD`. */
export function birthDateOfIdNumber(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/**
 * A mainland China phone number as typed (+86 138-0013-8000, 0086…, (0571) 8888 6666, full-width) →
 * canonical national digits (a mobile's 11 digits, a landline with its trunk 0), or phone.empty /
 * phone.characters / phone.foreign / phone.invalid. Checked against libphonenumber's full metadata for CN,
 * like the server (which uses Google's libphonenumber; libphonenumber-js/max carries the same metadata).
 */
export function parsePhone(raw: string): Parsed {
  const s = compact(raw).replace(/[\p{Pd}\u2212\u30FC]/gu, '-');
  if (s === '') return { ok: false, code: 'phone.empty' };
  if (!plausiblePhoneCharacters(s)) return { ok: false, code: 'phone.characters' };
  const number = parsePhoneNumberFromString(s, 'CN');
  if (!number) return { ok: false, code: 'phone.invalid' };
  if (number.countryCallingCode !== '86') return { ok: false, code: 'phone.foreign' };
  if (!number.isValid() || number.country !== 'CN') return { ok: false, code: 'phone.invalid' };
  const significant = String(number.nationalNumber);
  if (/^1[3-9][0-9]{9}$/.test(significant)) return { ok: true, value: significant };
  return { ok: true, value: number.formatNational().replace(/[^0-9]/g, '') };
}

/** Digits and the separators people type; one +, before any digit; no letters. */
function plausiblePhoneCharacters(s: string): boolean {
  let digitSeen = false;
  let plusSeen = false;
  for (const c of s) {
    if (c >= '0' && c <= '9') digitSeen = true;
    else if (c === '+') {
      if (digitSeen || plusSeen) return false;
      plusSeen = true;
    } else if (!'-()./'.includes(c)) return false;
  }
  return true;
}

/** `110101********1234` / `138****8000`: keeps the first and last characters, stars in between. */
export function mask(value: string, keepStart: number, keepEnd: number): string {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(value.length - keepEnd);
}

/** One or more blanks as the server's Blanks.RUN: Unicode spaces (Zs, Zl, Zp), \t-\r, U+001C-U+001F, U+FEFF. */
export const BLANKS = /[\t-\r\u001C-\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+/;

function isBlank(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x1c && c <= 0x20) ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The server's Blanks.strip: no blanks at either end (String#trim differs in U+001C-U+001F). */
export function stripBlanks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** The server's Blanks.words: the blank-separated words (none for a blank text). */
export function blankWords(text: string): string[] {
  const stripped = stripBlanks(text);
  return stripped === '' ? [] : stripped.split(BLANKS);
}

const GPS_SEPARATORS = new RegExp(`[${BLANKS.source.slice(1, -2)},]+`);
const GPS_NUMBER = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/;
const GPS_KEYS = new Set(['lat', 'lon', 'accuracy']);

/**
 * A GPS value as the server's org.oneform.forms.values.GeoPoint parses it: the contract's `{lat, lon, accuracy}`
 * (numbers only, accuracy optional and ≥ 0, no other keys), ODK's text `"lat lon [alt [accuracy]]"` (the stored
 * form, as prefilled), or a list of 2–4 numbers; lat in [-90, 90], lon in [-180, 180]. The value is the contract's
 * object (what a submission sends); {@link gpsText} gives the text the server stores.
 */
export function parseGps(raw: unknown): { readonly ok: true; readonly value: GpsValue } | { readonly ok: false; readonly code: 'gps' } {
  const bad = { ok: false, code: 'gps' } as const;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  let lat: number, lon: number;
  let accuracy: number | null = null;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const p = raw as Record<string, unknown>;
    if (Object.keys(p).some((k) => !GPS_KEYS.has(k))) return bad;
    if (!finite(p.lat) || !finite(p.lon)) return bad;
    if (p.accuracy !== undefined && p.accuracy !== null && (!finite(p.accuracy) || p.accuracy < 0)) return bad;
    [lat, lon, accuracy] = [p.lat, p.lon, (p.accuracy as number | null | undefined) ?? null];
  } else {
    const parts: unknown[] = typeof raw === 'string' ? stripBlanks(raw).split(GPS_SEPARATORS) : Array.isArray(raw) ? raw : [];
    if (parts.length < 2 || parts.length > 4) return bad;
    const numbers = parts.map((p) =>
      finite(p) ? p : typeof p === 'string' && GPS_NUMBER.test(stripBlanks(p)) ? Number(stripBlanks(p)) : null,
    );
    if (numbers.includes(null)) return bad;
    [lat, lon] = numbers as number[];
    accuracy = numbers.length === 4 ? numbers[3] : null;
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return bad;
  // -0 → 0, as the server's decimals have no negative zero
  return { ok: true, value: accuracy === null ? { lat: lat + 0, lon: lon + 0 } : { lat: lat + 0, lon: lon + 0, accuracy } };
}

/** The server's stored text of a point, `"lat lon"` (GeoPoint#value): plain decimals, never an exponent. */
export function gpsText(point: GpsValue): string {
  return `${plainDecimal(point.lat)} ${plainDecimal(point.lon)}`;
}

/** A finite number as BigDecimal#toPlainString of its shortest representation with trailing zeros stripped. */
export function plainDecimal(n: number): string {
  const text = String(n === 0 ? 0 : n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac = '', exp] = m;
  const digits = int + frac;
  const point = int.length + Number(exp);
  const plain =
    point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + plain.replace(/^0+(?=\d)/, '');
}
