import { describe, expect, it } from 'vitest';
import { FormMissingError, openCollector, prefill } from './index.js';
import { catalog, message, messageKeys, render } from './i18n/messages.js';
import { LeaseSenderLock } from './sync/lock.js';
import { fakeDb } from './testing/fake-db.js';
import { FakeServer } from './testing/fake-server.js';

describe('collector facade', () => {
  it('signs in, downloads, searches the roster offline, fills, finalizes and syncs', async () => {
    const server = new FakeServer();
    server.publishForm('resident', 2, { subjectType: 'resident', version: 2, fields: [] });
    server.assign({
      subjectId: 'R00000001', subjectType: 'resident', grid: 'g1', title: '曾乐', subtitle: '幸福街道3栋501',
      household: 'H00000001', search: { name: '曾乐', idLast4: '1234', address: '幸福街道3栋501' },
      values: {
        'resident.name': { value: '曾乐', seq: 10, at: '2026-11-20T08:00:00Z', fresh: true },
        'resident.phone': { value: '13800000000', seq: 11, at: '2024-01-01T08:00:00Z', fresh: false },
      },
      seq: 11,
    });
    const collector = await openCollector({ db: fakeDb(), appVersion: 't', fetch: server.fetch, sleep: async () => {} });
    expect(collector.sync.getState().phase).toBe('signed-out');
    expect(collector.storage.persisted).toBeNull(); // no Storage API in node: reported, and warned about
    expect((await collector.warnings()).map(w => w.key)).toEqual(['storage.notPersistent']);

    await collector.sync.signIn('worker1', 'secret');
    expect((await collector.downloaded.session())?.gridNames).toEqual({ g1: '示范网格g1（虚构）' });
    await collector.sync.sync();

    const [hit] = (await collector.roster()).search('zl');
    expect(hit.assignment.subjectId).toBe('R00000001');
    const { fresh, stale, baseSeqs } = prefill(hit.assignment);
    expect(Object.keys(fresh)).toEqual(['resident.name']);
    expect(Object.keys(stale)).toEqual(['resident.phone']);
    expect((await collector.downloaded.form('resident')).version).toBe(2);
    await expect(collector.downloaded.form('resident', 1)).rejects.toBeInstanceOf(FormMissingError);
    expect(await collector.downloaded.members('H00000001')).toHaveLength(1);

    const draft = await collector.drafts.create({ subjectType: 'resident', formVersion: 2, subjectId: 'R00000001',
      grid: 'g1', title: '曾乐', values: { 'resident.name': '曾乐', 'resident.phone': '13900000000' }, baseSeqs });
    await collector.drafts.finalize(draft.id);
    expect((await collector.outbox.counts()).pending).toBe(1);
    await collector.sync.sync();
    expect(server.ledger.has(draft.id)).toBe(true);
    expect(collector.sync.getState()).toMatchObject({ phase: 'idle', upload: { queued: 0 } });

    // registering a new resident offline: warned against the roster and against an unsent registration
    const newcomer = await collector.drafts.create({ subjectType: 'resident', formVersion: 2, subjectId: null, grid: 'g1',
      title: '王芳', values: { 'resident.name': '王芳', 'resident.birth_date': '1975-03-04' } });
    await collector.drafts.finalize(newcomer.id);
    const again = await collector.drafts.create({ subjectType: 'resident', formVersion: 2, subjectId: null, grid: 'g1',
      title: '王芳', values: { 'resident.name': '王芳', 'resident.birth_date': '1975-03-04' } });
    const warnings = await collector.duplicatesOf({ subjectType: 'resident', grid: 'g1', values: again.values }, again.id);
    expect(warnings.map(w => [w.localId, w.reason])).toEqual([[newcomer.id, 'same-name-and-birth-date']]);
    expect((await collector.duplicatesOf({ subjectType: 'resident', grid: 'g1',
      values: { 'resident.name': '曾乐', 'resident.birth_date': '1990-01-01' } })).length).toBe(0);
    collector.sync.close();
  });
});

describe('messages', () => {
  it('have every key in zh-CN and English, with the same placeholders', () => {
    for (const key of messageKeys) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();
      expect(catalog.en[key], key).toBeTruthy();
      expect(placeholders(catalog.en[key]), key).toEqual(placeholders(catalog['zh-CN'][key]));
    }
    expect(message('sync.uploading', { sent: 3, total: 10 })).toBe('正在上传 3/10');
    expect(message('sync.uploading', { sent: 3, total: 10 }, 'en')).toBe('Sending 3/10');
  });
});

describe('lease lock (no Web Locks)', () => {
  it('is taken over once the holder stops renewing it (a closed tab)', async () => {
    const db = fakeDb();
    let now = 1_000_000;
    const crashed = new LeaseSenderLock(db, 15_000, 5, () => now);
    // the holder takes the lease and "dies" mid-run: the promise never settles, nothing renews
    void crashed.run(() => new Promise(() => {}));
    await new Promise(resolve => setTimeout(resolve, 20));
    const other = new LeaseSenderLock(db, 15_000, 5, () => now);
    let ran = false;
    const waiting = other.run(async () => { ran = true; });
    await new Promise(resolve => setTimeout(resolve, 30));
    expect(ran).toBe(false);
    now += 16_000;
    await waiting;
    expect(ran).toBe(true);
  });
});

describe('durability', () => {
  it('opens every read-write transaction, drafts and outbox included, with strict durability', async () => {
    const { IDBDatabase } = await import('fake-indexeddb');
    const seen: unknown[] = [];
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: unknown[]) {
      if (args[1] === 'readwrite') {
        seen.push(args[2]);
      }
      return (original as (...a: unknown[]) => IDBTransaction).apply(this, args);
    } as typeof original;
    try {
      const db = fakeDb();
      const { Drafts } = await import('./data/drafts.js');
      const drafts = new Drafts(db);
      const draft = await drafts.create({ subjectType: 'household', formVersion: 1, subjectId: null, grid: 'g1', title: '新户' });
      await drafts.save(draft);
      await drafts.finalize(draft.id);
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every(options => (options as { durability?: string })?.durability === 'strict')).toBe(true);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', async () => {
    const { retryAfter } = await import('./sync/api.js');
    const now = Date.parse('2026-12-03T08:00:00Z');
    expect(retryAfter('120', now)).toBe(120_000);
    expect(retryAfter('Thu, 03 Dec 2026 08:00:30 GMT', now)).toBe(30_000);
    expect(retryAfter('soon', now)).toBeNull();
    expect(retryAfter(null, now)).toBeNull();
  });
});

describe('status line', () => {
  it('says progress, trouble or the last sync in the worker\'s language', async () => {
    const { statusLine } = await import('./sync/status.js');
    const base = { upload: { queued: 0, sent: 40, total: 100, quarantined: 0 }, download: { received: 0, total: 0 },
      lastSyncAt: null, retryInMs: null, error: null } as const;
    expect(statusLine({ ...base, phase: 'uploading' })).toBe('正在上传 40/100');
    expect(statusLine({ ...base, phase: 'idle' })).toBe('尚未同步');
    expect(statusLine({ ...base, phase: 'retrying', retryInMs: 2500 }, 'en')).toBe('The network is unsteady; retrying in 3 s');
    expect(statusLine({ ...base, phase: 'offline', error: { key: 'sync.offline' } })).toContain('无法连接服务器');
    expect(statusLine({ ...base, phase: 'idle', lastSyncAt: '2026-12-03T08:05:00Z' })).toMatch(/^上次同步：.*\d\d:\d\d$/);
  });

  it('names the form of a missing version in the worker\'s language, not by its key', () => {
    const missing = new FormMissingError('household', 3);
    expect(render(missing.msg)).toBe('本机没有第 3 版“住户”表单，请连网同步后再填写。');
    expect(render(missing.msg, 'en')).toContain('"household" form');
    expect(render(new FormMissingError('vehicle', 1).msg)).toContain('“vehicle”');
  });
});
