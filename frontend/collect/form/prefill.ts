/**
 * Prefilled values from the download: which are shown for one-tap verification (fresh), which are asked
 * again (stale or missing), and the per-field base sequences a submission carries. Pure functions; see
 * docs/decisions/0017.
 */
import type { LocalDate } from '../../expr/index.js';
import { deepEqual } from './engine.js';
import { checkValue } from './typecheck.js';
import type { FormFieldDto, FormValues, FormVersionDto, Prefill } from './types.js';

/** How a field stands towards its prefilled value. */
export type PrefillStatus =
  /** fresh, unchanged and not yet confirmed: shown with "待核实 verify" and one tap to confirm */
  | 'verify'
  /** fresh and confirmed by the worker */
  | 'confirmed'
  /** prefilled, then corrected by the worker */
  | 'edited'
  /** the record is older than the field's refresh interval: asked again, the old value shown as a hint */
  | 'stale'
  /** no prefilled value: asked */
  | 'none';

/** A prefilled value in the collector's representation (a code list as an array, a point as {lat, lon}). */
export function prefillValue(field: FormFieldDto, value: unknown, today: LocalDate): unknown {
  const outcome = checkValue(field, value, today);
  return outcome.kind === 'ok' ? outcome.value : value;
}

/**
 * The values a new fill starts with: every fresh prefilled value of a field the form asks (not calculated),
 * so relevance and calculations work from the start. Stale values are not copied: they are asked.
 */
export function initialValues(form: FormVersionDto, prefill: Prefill, today: LocalDate): FormValues {
  const values: Record<string, unknown> = {};
  for (const field of form.fields) {
    const p = prefill[field.id];
    if (!p || !p.fresh || field.calculation || field.type === 'note') continue;
    values[field.id] = prefillValue(field, p.value, today);
  }
  return values;
}

export function prefillStatus(
  field: FormFieldDto,
  prefill: Prefill | undefined,
  values: FormValues,
  confirmed: ReadonlySet<string>,
  today: LocalDate,
): PrefillStatus {
  const p = prefill?.[field.id];
  if (!p || field.calculation || p.value === null || p.value === undefined) return 'none';
  const current = values[field.id];
  if (!p.fresh) return 'stale';
  if (!deepEqual(current, prefillValue(field, p.value, today))) return 'edited';
  return confirmed.has(field.id) ? 'confirmed' : 'verify';
}

/** The relevant fields still waiting for the worker's confirmation, in form order. */
export function awaitingVerification(
  form: FormVersionDto,
  prefill: Prefill | undefined,
  values: FormValues,
  confirmed: ReadonlySet<string>,
  relevant: (id: string) => boolean,
  today: LocalDate,
): string[] {
  return form.fields
    .filter((f) => relevant(f.id) && prefillStatus(f, prefill, values, confirmed, today) === 'verify')
    .map((f) => f.id);
}

/**
 * The submission's `baseSeqs`: for every submitted field that had a prefilled value, the ledger sequence
 * of the golden-record value it was based on (changed or not: the server merges field by field).
 */
export function baseSeqs(prefill: Prefill | undefined, values: FormValues): Record<string, number> {
  const out: Record<string, number> = {};
  if (!prefill) return out;
  for (const id of Object.keys(values)) {
    const p = prefill[id];
    if (p) out[id] = p.seq;
  }
  return out;
}
