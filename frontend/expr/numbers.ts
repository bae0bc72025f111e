/** Number ↔ text, the same as org.oneform.forms.expr.internal.Numbers (which follows JavaScript). */
const NUMBER = /^[ \t\r\n]*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)[ \t\r\n]*$/;

/** The number a text denotes, or null. */
export function parseNumber(text: string): number | null {
  return NUMBER.test(text) ? Number(text) : null;
}

export function formatNumber(x: number): string {
  return String(x);
}

/** Rounds the shortest decimal form of x to `digits` places, half away from zero (Java: BigDecimal HALF_UP). */
export function roundNumber(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e');
  const all = mantissa.replace('.', '');
  const keep = Number(exponent) + 1 + digits;
  if (keep < 0) return 0;
  if (keep >= all.length) return x;
  const kept = BigInt(keep === 0 ? '0' : all.slice(0, keep)) + (all[keep] >= '5' ? 1n : 0n);
  if (kept === 0n) return 0;
  return Math.sign(x) * Number(`${kept}e${-digits}`);
}
