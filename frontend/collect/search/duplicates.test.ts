import { describe, expect, it } from 'vitest';
import type { AssignmentRow } from '../data/types.js';
import { findDuplicates } from './duplicates.js';

function resident(subjectId: string, grid: string, name: string, birth: string, id: string): AssignmentRow {
  const v = (value: string) => ({ value, seq: 1, at: '2026-11-01T00:00:00Z', fresh: true });
  return {
    subjectId, subjectType: 'resident', grid, title: name, subtitle: '', household: null,
    search: { name, idLast4: id.slice(-4), address: '' }, seq: 1, downloadedAt: '',
    values: { 'resident.name': v(name), 'resident.birth_date': v(birth), 'resident.id_number': v(id) },
  };
}

const roster = [
  resident('R1', 'g1', '张伟', '1980-05-01', '33018719800501001X'),
  resident('R2', 'g2', '李娜', '1990-01-02', '330187199001020028'),
  resident('R3', 'g1', '王芳', '1975-03-04', '330187197503040046'),
];

describe('duplicate warning for a new subject', () => {
  it('same normalised ID number anywhere in the roster', () => {
    const hits = findDuplicates({ subjectType: 'resident', grid: 'g1',
      values: { 'resident.id_number': ' 330187 19900102 0028 ', 'resident.name': '李 娜' } }, roster);
    expect(hits.map(h => [h.assignment?.subjectId, h.reason])).toEqual([['R2', 'same-id-number']]);
    const lowerX = findDuplicates({ subjectType: 'resident', grid: 'g9', values: { 'resident.id_number': '33018719800501001x' } }, roster);
    expect(lowerX.map(h => h.assignment?.subjectId)).toEqual(['R1']);
  });

  it('same name and birth date only within the grid', () => {
    const candidate = { subjectType: 'resident', values: { 'resident.name': '王芳', 'resident.birth_date': '1975-03-04' } };
    expect(findDuplicates({ ...candidate, grid: 'g1' }, roster).map(h => h.reason)).toEqual(['same-name-and-birth-date']);
    expect(findDuplicates({ ...candidate, grid: 'g2' }, roster)).toEqual([]);
    expect(findDuplicates({ ...candidate, grid: 'g1', values: { ...candidate.values, 'resident.birth_date': '1975-03-05' } }, roster)).toEqual([]);
  });

  it('also against unsent registrations on the device, and households by address', () => {
    const local = [{ id: 'draft-1', subjectType: 'household', grid: 'g1', title: '幸福街3栋501',
      values: { 'household.address': '幸福街3栋501' } }];
    const hits = findDuplicates({ subjectType: 'household', grid: 'g1', values: { 'household.address': '幸福街 3栋501' } },
      roster, local);
    expect(hits).toEqual([{ assignment: null, localId: 'draft-1', title: '幸福街3栋501', reason: 'same-address' }]);
    expect(findDuplicates({ subjectType: 'resident', grid: 'g1', values: {} }, roster)).toEqual([]);
  });
});
