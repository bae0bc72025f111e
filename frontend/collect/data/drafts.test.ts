import { IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { message } from '../i18n/messages.js';
import { fakeDb } from '../testing/fake-db.js';
import { Attachments } from './attachments.js';
import { DraftAutosaver, Drafts, draftDamageMessage } from './drafts.js';
import { AttachmentLostError, DraftNotFoundError, StorageFullError } from './errors.js';
import { Outbox } from './outbox.js';
import { requestPersistence, storageWarnings } from './storage.js';

const household = { subjectType: 'household', formVersion: 2, subjectId: 'H00000001', grid: 'g1', title: '幸福街3栋501' };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('drafts', () => {
  it('autosaves within a second of a change, even while the worker keeps typing', async () => {
    // real timers (fake-indexeddb schedules with them) and the production delays
    const db = fakeDb();
    const drafts = new Drafts(db);
    const draft = await drafts.create(household);
    const saver = new DraftAutosaver(drafts, draft);
    const start = Date.now();
    let savedWhileTyping: unknown;
    // a keystroke every 150 ms for 1.5 s: a quiet-period debounce alone would not save until the end
    for (let i = 1; i <= 10; i++) {
      saver.change({ values: { 'household.address': '幸福街'.padEnd(3 + i, '号') } });
      await sleep(150);
      if (savedWhileTyping === undefined && Date.now() - start >= 1100) {
        savedWhileTyping = (await db.drafts.get(draft.id))?.values['household.address'];
      }
    }
    expect(savedWhileTyping).toBeDefined();
    await sleep(400);
    expect((await db.drafts.get(draft.id))?.values['household.address']).toBe('幸福街'.padEnd(13, '号'));
    expect(saver.status.state).toBe('saved');
  });

  it('moves a draft into the outbox in one transaction: both or neither', async () => {
    const db = fakeDb();
    const drafts = new Drafts(db);
    const photos = new Attachments(db);
    const sha = await photos.store(new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }));
    const draft = await drafts.create({ ...household, values: { 'household.photo': sha }, attachments: [sha] });

    const item = await drafts.finalize(draft.id, '2026-12-03T08:00:00.000Z');

    expect(item.submission).toMatchObject({ id: draft.id, subjectId: 'H00000001', collectedAt: '2026-12-03T08:00:00.000Z' });
    expect(await db.drafts.get(draft.id)).toBeUndefined();
    expect((await db.outbox.get(draft.id))?.state).toBe('pending');

    // a draft whose photo is gone: refused, and nothing moved
    const broken = await drafts.create({ ...household, attachments: ['ab'.repeat(32)] });
    await expect(drafts.finalize(broken.id)).rejects.toBeInstanceOf(AttachmentLostError);
    expect(await db.drafts.get(broken.id)).toBeDefined();
    expect(await db.outbox.get(broken.id)).toBeUndefined();

    // the outbox write fails half-way through the transaction: the draft stays
    const third = await drafts.create(household);
    vi.spyOn(FDBObjectStore.prototype, 'delete').mockImplementation(() => { throw new DOMException('boom', 'UnknownError'); });
    await expect(drafts.finalize(third.id)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await db.drafts.get(third.id)).toBeDefined();
    expect(await db.outbox.get(third.id)).toBeUndefined();
  });

  it('a late autosave never brings back a draft that was finalized', async () => {
    const db = fakeDb();
    const drafts = new Drafts(db);
    const draft = await drafts.create(household);
    const saver = new DraftAutosaver(drafts, draft, { delayMs: 10, maxWaitMs: 10 });
    saver.change({ values: { a: 1 } });
    await drafts.finalize(draft.id); // the screen finalized without flushing first
    await expect(saver.flush()).rejects.toBeInstanceOf(DraftNotFoundError);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);

    const second = new DraftAutosaver(drafts, await drafts.create(household));
    second.change({ values: { b: 2 } });
    const item = await second.finalize(); // the right way: flush, then finalize
    expect(item.submission.values).toEqual({ b: 2 });
    expect(await db.drafts.count()).toBe(0);
  });

  it('turns a full disk into a StorageFullError and keeps the previous save', async () => {
    const db = fakeDb();
    const drafts = new Drafts(db);
    const draft = await drafts.create({ ...household, values: { a: 1 } });
    const saver = new DraftAutosaver(drafts, draft);
    vi.spyOn(FDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    saver.change({ values: { a: 2 } });
    const failure = await saver.flush().catch(e => e);
    expect(failure).toBeInstanceOf(StorageFullError);
    expect(saver.status.state).toBe('failed');
    expect(message((failure as StorageFullError).msg.key)).toContain('存储空间已满');
    vi.restoreAllMocks();
    expect((await db.drafts.get(draft.id))?.values).toEqual({ a: 1 });
    await saver.flush(); // once there is room again the pending change is saved
    expect((await db.drafts.get(draft.id))?.values).toEqual({ a: 2 });
    await expect(new Attachments(db).store(new Blob(['x']))).resolves.toHaveLength(64);
  });

  it('sets a damaged draft aside with a clear message and lists the others', async () => {
    const db = fakeDb();
    const drafts = new Drafts(db);
    const good = await drafts.create(household);
    await db.drafts.put({ ...good, id: 'bad-json', values: '{"household.size": 3' as never });
    await db.drafts.put({ id: 'bad-shape', formVersion: 'two' } as never);
    await db.drafts.put({ ...good, id: 'old-format', values: '{"household.size": 3}' as never });

    const list = await drafts.list();

    expect(list.drafts.map(d => d.id).sort()).toEqual([good.id, 'old-format'].sort());
    expect(list.drafts.find(d => d.id === 'old-format')?.values).toEqual({ 'household.size': 3 });
    expect(list.damaged.map(d => [d.id, d.reason, d.field]).sort()).toEqual([
      ['bad-json', 'bad-json', 'values'], ['bad-shape', 'bad-shape', 'subjectType']]);
    expect(list.damaged.find(d => d.id === 'bad-json')?.raw).toContain('household.size');
    expect(draftDamageMessage(list.damaged.find(d => d.id === 'bad-json')!)).toContain('草稿已损坏');
    expect(draftDamageMessage(list.damaged.find(d => d.id === 'bad-shape')!, 'en')).toContain('lacks the form type');
    expect(draftDamageMessage(list.damaged.find(d => d.id === 'bad-shape')!)).toContain('缺少必要的信息：表单类型');
    expect(await drafts.get('bad-json')).toBeUndefined();
  });
});

describe('storage', () => {
  it('reports persistence and warns about it and about old outbox items', async () => {
    const db = fakeDb();
    let now = Date.parse('2026-12-01T08:00:00Z');
    const drafts = new Drafts(db, () => now);
    await drafts.finalize((await drafts.create(household)).id);
    const denied = await requestPersistence({
      persisted: async () => false, persist: async () => false, estimate: async () => ({ usage: 10, quota: 100 }),
    });
    expect(denied).toEqual({ persisted: false, usage: 10, quota: 100 });
    expect((await storageWarnings(db, denied, () => now)).map(w => w.key)).toEqual(['storage.notPersistent']);

    now += 3 * 86_400_000 + 1;
    const granted = { persisted: true, usage: 10, quota: 100 };
    const warnings = await storageWarnings(db, granted, () => now);
    expect(warnings).toEqual([{ key: 'outbox.old', params: { days: 3 } }]);
    expect((await new Outbox(db, () => now).counts()).pending).toBe(1);
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}
