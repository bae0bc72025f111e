/**
 * Values of the expression language (see forms/src/main/java/org/oneform/forms/expr/package-info.java).
 * `null` is the one empty value; a string is never '' (the empty string is empty).
 */
export type Value = number | string | boolean | LocalDate | null;

/** A calendar date without time zone, years 0000–9999, like java.time.LocalDate. */
export class LocalDate {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  /** Parses exactly `YYYY-MM-DD` with a valid calendar date, else returns null. */
  static parse(text: string): LocalDate | null {
    const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    return new LocalDate(y, mo, d);
  }

  static of(year: number, month: number, day: number): LocalDate {
    const date = LocalDate.parse(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    if (!date) throw new RangeError(`not a date: ${year}-${month}-${day}`);
    return date;
  }

  /** Days since 1970-01-01 (proleptic Gregorian), like LocalDate.toEpochDay(). */
  toEpochDay(): number {
    const y = this.month <= 2 ? this.year - 1 : this.year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (this.month + (this.month > 2 ? -3 : 9)) + 2) / 5) + this.day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
  }

  static ofEpochDay(epochDay: number): LocalDate {
    const z = epochDay + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp + (mp < 10 ? 3 : -9);
    return new LocalDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
  }

  compareTo(other: LocalDate): number {
    return Math.sign(this.toEpochDay() - other.toEpochDay());
  }

  equals(other: unknown): boolean {
    return other instanceof LocalDate && this.compareTo(other) === 0;
  }

  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** A field value as the collector holds it; see {@link toValue}. */
export type FieldValue = Value | undefined | readonly string[];

/** null/undefined/'' → empty; an array of choice codes → the codes joined with single spaces. */
export function toValue(v: FieldValue): Value {
  if (v === undefined || v === null || v === '') return null;
  if (Array.isArray(v)) return toValue(v.join(' '));
  return v as Value;
}
