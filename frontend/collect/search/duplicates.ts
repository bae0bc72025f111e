import type { AssignmentRow, JsonValue, Values } from '../data/types.js';
import { normalize } from './roster.js';

/**
 * The duplicate warning before a new subject is saved (issue 5, item 5), from what is on the device: the
 * downloaded roster and the worker's own unsent drafts and outbox items. A resident is a likely duplicate
 * when the normalised ID number is the same (anywhere in the roster), or the same name and birth date in the
 * same grid; a household when the address is the same in the grid; a place when the name is the same in
 * the grid. It warns; the server's dedup decides.
 */
export interface NewSubject {
  subjectType: string;
  grid: string;
  values: Values;
}

export type DuplicateReason = 'same-id-number' | 'same-name-and-birth-date' | 'same-address' | 'same-place-name';

export interface DuplicateHit {
  /** The roster subject, or null for an unsent draft/outbox item (then `localId` names it). */
  assignment: AssignmentRow | null;
  localId: string | null;
  title: string;
  reason: DuplicateReason;
}

/** Something unsent the worker already registered: a draft or outbox item for a new subject. */
export interface LocalSubject {
  id: string;
  subjectType: string;
  grid: string;
  title: string;
  values: Values;
}

/** ID numbers compared without spaces and hyphens, full-width folded, check letter upper-case. */
export function normalizeIdNumber(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase() : '';
}

function text(value: JsonValue | undefined): string {
  return typeof value === 'string' ? normalize(value) : '';
}

export function findDuplicates(candidate: NewSubject, roster: readonly AssignmentRow[],
                               local: readonly LocalSubject[] = []): DuplicateHit[] {
  const keys = keysOf(candidate.subjectType, candidate.values);
  if (keys.length === 0) {
    return [];
  }
  const hits: DuplicateHit[] = [];
  const check = (subjectType: string, grid: string, values: Values, hit: Omit<DuplicateHit, 'reason'>) => {
    if (subjectType !== candidate.subjectType) {
      return;
    }
    const theirs = new Map(keysOf(subjectType, values).map(k => [k.reason, k.key]));
    for (const mine of keys) {
      const sameGridNeeded = mine.reason !== 'same-id-number';
      if (theirs.get(mine.reason) === mine.key && (!sameGridNeeded || grid === candidate.grid)) {
        hits.push({ ...hit, reason: mine.reason });
        return;
      }
    }
  };
  for (const a of roster) {
    const values: Values = Object.fromEntries(Object.entries(a.values).map(([field, v]) => [field, v.value]));
    check(a.subjectType, a.grid, values, { assignment: a, localId: null, title: a.title });
  }
  for (const l of local) {
    check(l.subjectType, l.grid, l.values, { assignment: null, localId: l.id, title: l.title });
  }
  return hits;
}

function keysOf(subjectType: string, values: Values): { reason: DuplicateReason; key: string }[] {
  const keys: { reason: DuplicateReason; key: string }[] = [];
  if (subjectType === 'resident') {
    const id = normalizeIdNumber(values['resident.id_number']);
    if (id !== '') {
      keys.push({ reason: 'same-id-number', key: id });
    }
    const name = text(values['resident.name']);
    const birth = typeof values['resident.birth_date'] === 'string' ? values['resident.birth_date'] : '';
    if (name !== '' && birth !== '') {
      keys.push({ reason: 'same-name-and-birth-date', key: `${name}|${birth}` });
    }
  } else if (subjectType === 'household') {
    const address = text(values['household.address']);
    if (address !== '') {
      keys.push({ reason: 'same-address', key: address });
    }
  } else if (subjectType === 'place') {
    const name = text(values['place.name']);
    if (name !== '') {
      keys.push({ reason: 'same-place-name', key: name });
    }
  }
  return keys;
}
