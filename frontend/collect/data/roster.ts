import { CollectorError } from './errors.js';
import { CollectorDb } from './db.js';
import type { AssignmentRow, FormRow, PrefillValue, ReturnRow, SessionRow } from './types.js';

/** The form version a draft or submission needs is not on this device (sync first). */
export class FormMissingError extends CollectorError {
  constructor(readonly subjectType: string, readonly version: number) {
    super({ key: 'sync.formMissing', params: { subjectType, version } }, `no ${subjectType} form version ${version}`);
  }
}

/**
 * What was downloaded, read for the screens: the session, assignments with their prefill, open returns and
 * form versions. Writes happen only in the sync engine.
 */
export class Downloaded {
  constructor(private readonly db: CollectorDb) {}

  session(): Promise<SessionRow | undefined> {
    return this.db.session.get('current');
  }

  assignments(filter: { grid?: string; subjectType?: string } = {}): Promise<AssignmentRow[]> {
    const all = filter.grid !== undefined ? this.db.assignments.where('grid').equals(filter.grid)
      : this.db.assignments.toCollection();
    return all.filter(a => filter.subjectType === undefined || a.subjectType === filter.subjectType).toArray();
  }

  assignment(subjectId: string): Promise<AssignmentRow | undefined> {
    return this.db.assignments.get(subjectId);
  }

  /** The residents of a household. */
  members(householdId: string): Promise<AssignmentRow[]> {
    return this.db.assignments.where('household').equals(householdId).toArray();
  }

  returns(subjectId?: string): Promise<ReturnRow[]> {
    return subjectId === undefined ? this.db.returns.toArray()
      : this.db.returns.where('subjectId').equals(subjectId).toArray();
  }

  /** The current published version per subject type, as last downloaded. */
  async currentForms(): Promise<Record<string, number>> {
    return (await this.db.getMeta<Record<string, number>>('forms')) ?? {};
  }

  /**
   * A form version's definition.
   * @param version the version; absent = the current one
   * @throws FormMissingError when it is not on the device
   */
  async form(subjectType: string, version?: number): Promise<FormRow> {
    const wanted = version ?? (await this.currentForms())[subjectType];
    const row = wanted === undefined ? undefined : await this.db.forms.get([subjectType, wanted]);
    if (row === undefined) {
      throw new FormMissingError(subjectType, wanted ?? 0);
    }
    return row;
  }
}

/**
 * Splits an assignment's prefill into what the form shows as "verify" (fresh: one tap to confirm) and what it
 * asks (stale or missing), plus the base sequences a submission reports for the fields it carries.
 */
export function prefill(assignment: AssignmentRow | undefined): {
  fresh: Record<string, PrefillValue>;
  stale: Record<string, PrefillValue>;
  baseSeqs: Record<string, number>;
} {
  const fresh: Record<string, PrefillValue> = {};
  const stale: Record<string, PrefillValue> = {};
  const baseSeqs: Record<string, number> = {};
  for (const [field, value] of Object.entries(assignment?.values ?? {})) {
    (value.fresh ? fresh : stale)[field] = value;
    baseSeqs[field] = value.seq;
  }
  return { fresh, stale, baseSeqs };
}
