/**
 * The finalize step in one call, for the outbox: the server's judgement of the filled form, the values and
 * base sequences a SubmissionDto carries, and the fresh prefilled values nobody confirmed. Pure; no DOM.
 */
import type { LocalDate } from '../../expr/index.js';
import { compileForm, evaluateForm, todayInChina, type CompiledForm, type FieldError } from './engine.js';
import { awaitingVerification, baseSeqs } from './prefill.js';
import type { FormValues, FormVersionDto, Prefill } from './types.js';

export interface Finalized {
  /** No errors: the server will accept these values (for this form version). */
  readonly valid: boolean;
  readonly errors: readonly FieldError[];
  /** SubmissionDto.values: relevant, valid, normalised, calculations recomputed. */
  readonly values: FormValues;
  /** SubmissionDto.baseSeqs: for every submitted field that had a prefilled value, its ledger sequence. */
  readonly baseSeqs: Readonly<Record<string, number>>;
  /** Relevant fresh prefilled values still unconfirmed and unchanged (ask the worker before sending). */
  readonly unverified: readonly string[];
}

export function finalizeFill(
  form: FormVersionDto | CompiledForm,
  values: FormValues,
  options: { readonly prefill?: Prefill; readonly confirmed?: readonly string[]; readonly today?: LocalDate } = {},
): Finalized {
  const compiled = 'top' in form ? form : compileForm(form);
  const today = options.today ?? todayInChina();
  const state = evaluateForm(compiled, values, { today });
  const unverified = awaitingVerification(
    compiled.dto,
    options.prefill,
    values,
    new Set(options.confirmed ?? []),
    (id) => state.fields.get(id)?.relevant !== false,
    today,
  );
  return { valid: state.valid, errors: state.errors, values: state.values, baseSeqs: baseSeqs(options.prefill, state.values), unverified };
}
