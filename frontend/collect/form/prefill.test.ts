import { describe, expect, it } from 'vitest';
import { LocalDate } from '../../expr/index.js';
import { sampleForm } from './fixtures.js';
import { scaledSize, sha256Hex } from './photo.js';
import { awaitingVerification, baseSeqs, initialValues, prefillStatus } from './prefill.js';
import type { Prefill } from './types.js';

const today = LocalDate.of(2026, 12, 3);
const form = sampleForm();
const byId = (id: string) => form.fields.find((f) => f.id === id)!;
const prefill: Prefill = {
  'resident.name': { value: '张示范', seq: 11, at: '2026-11-20T08:00:00Z', fresh: true },
  'resident.chronic': { value: 'hypertension diabetes', seq: 12, at: '2026-11-20T08:00:00Z', fresh: true },
  'resident.phone': { value: '13800138000', seq: 13, at: '2025-01-02T08:00:00Z', fresh: false },
  'resident.age': { value: 36, seq: 14, at: '2026-11-20T08:00:00Z', fresh: true },
};

describe('prefill', () => {
  it('starts a fill with the fresh values only, in the collector representation, never calculated ones', () => {
    expect(initialValues(form, prefill, today)).toEqual({
      'resident.name': '张示范',
      'resident.chronic': ['hypertension', 'diabetes'],
    });
  });

  it('tells verify, confirmed, edited, stale and none apart', () => {
    const values = initialValues(form, prefill, today);
    const none = new Set<string>();
    expect(prefillStatus(byId('resident.name'), prefill, values, none, today)).toBe('verify');
    expect(prefillStatus(byId('resident.chronic'), prefill, values, none, today)).toBe('verify');
    expect(prefillStatus(byId('resident.name'), prefill, values, new Set(['resident.name']), today)).toBe('confirmed');
    expect(prefillStatus(byId('resident.name'), prefill, { ...values, 'resident.name': '张示范二' }, none, today)).toBe('edited');
    expect(prefillStatus(byId('resident.phone'), prefill, values, none, today)).toBe('stale');
    expect(prefillStatus(byId('resident.gender'), prefill, values, none, today)).toBe('none');
    expect(prefillStatus(byId('resident.age'), prefill, values, none, today)).toBe('none');
  });

  it('lists the relevant fields still waiting for confirmation', () => {
    const values = initialValues(form, prefill, today);
    expect(awaitingVerification(form, prefill, values, new Set(['resident.chronic']), () => true, today)).toEqual(['resident.name']);
    expect(awaitingVerification(form, prefill, values, new Set(), (id) => id !== 'resident.name', today)).toEqual(['resident.chronic']);
  });

  it('gives the base sequence of every submitted field that had a prefilled value', () => {
    expect(baseSeqs(prefill, { 'resident.name': '张示范二', 'resident.phone': '13900139000', 'resident.gender': 'male' })).toEqual({
      'resident.name': 11,
      'resident.phone': 13,
    });
    expect(baseSeqs(undefined, { 'resident.name': 'x' })).toEqual({});
  });
});

describe('photos', () => {
  it('scales the longer edge down to 1600 px and never enlarges', () => {
    expect(scaledSize(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 });
  });

  it('names a blob by the SHA-256 of its bytes', async () => {
    expect(await sha256Hex(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('finalizeFill', () => {
  it('gives the submission values and base sequences, the errors, and what is still unverified', async () => {
    const { finalizeFill } = await import('./finalize.js');
    const values = {
      ...initialValues(form, prefill, today),
      'resident.gender': 'female',
      'resident.birth_date': '1990-06-15',
      'resident.id_number': '11010519491231002x',
      'resident.phone': '13900139000',
      'resident.disability': 'no',
      'household.address': '示范路1号',
      'household.members': [{ 'household.member_name': '李示范', 'household.member_age': 40 }],
    };
    const done = finalizeFill(form, values, { prefill, confirmed: ['resident.name'], today });
    expect(done.valid).toBe(true);
    expect(done.values['resident.id_number']).toBe('11010519491231002X');
    expect(done.values['resident.age']).toBe(36);
    expect(done.baseSeqs).toEqual({ 'resident.name': 11, 'resident.chronic': 12, 'resident.phone': 13, 'resident.age': 14 });
    expect(done.unverified).toEqual(['resident.chronic']);
    expect(finalizeFill(form, {}, { today }).errors.map((e) => e.code)).toContain('required');
  });
});
