import { describe, expect, it } from 'vitest';
import { Attachments } from '../data/attachments.js';
import type { CollectorDb } from '../data/db.js';
import { Drafts } from '../data/drafts.js';
import { Outbox } from '../data/outbox.js';
import { fakeDb, IDBFactory } from '../testing/fake-db.js';
import { FakeServer } from '../testing/fake-server.js';
import { backoffDelay } from './backoff.js';
import { SignInRefusedError, SyncEngine, type SyncEngineOptions, type SyncState } from './engine.js';

interface Setup {
  db: CollectorDb;
  server: FakeServer;
  engine: SyncEngine;
  delays: number[];
}

async function setup(options: Partial<SyncEngineOptions> = {}, server = new FakeServer(), db = fakeDb()): Promise<Setup> {
  const delays: number[] = [];
  const engine = new SyncEngine({
    db, baseUrl: '', appVersion: 'test', fetch: server.fetch, random: () => 0.5,
    sleep: async ms => { delays.push(ms); }, ...options,
  });
  await engine.signIn('worker1', 'secret');
  return { db, server, engine, delays };
}

let counter = 0;

/** Finalizes `n` household drafts; returns their submission ids. */
async function queue(db: CollectorDb, n: number, extra: { attachments?: string[]; values?: object } = {}): Promise<string[]> {
  const drafts = new Drafts(db);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    counter++;
    const draft = await drafts.create({
      subjectType: 'household', formVersion: 1, subjectId: `H${String(counter).padStart(8, '0')}`, grid: 'g1',
      title: `幸福街${counter}号`, values: { 'household.size': counter % 7, ...extra.values },
      attachments: extra.attachments,
    });
    ids.push((await drafts.finalize(draft.id)).id);
  }
  return ids;
}

function exactlyOnce(server: FakeServer, ids: string[]): void {
  expect([...server.ledger.keys()].sort()).toEqual([...ids].sort());
  expect([...server.acceptedTimes.values()].every(n => n === 1)).toBe(true);
}

describe('sync engine: upload', () => {
  it('sends the outbox in batches of at most 100 with the client ids and empties it', async () => {
    const { db, server, engine } = await setup();
    const ids = await queue(db, 250);
    const states: SyncState[] = [];
    engine.subscribe(s => states.push(s));

    const report = await engine.sync();

    expect(report).toMatchObject({ outcome: 'synced', sent: 250, quarantined: 0 });
    exactlyOnce(server, ids);
    expect(await db.outbox.count()).toBe(0);
    const posts = server.requests.filter(r => r.path === '/api/sync/v1/submissions');
    expect(posts).toHaveLength(3);
    const progress = states.filter(s => s.phase === 'uploading').map(s => s.upload.sent);
    expect(progress).toEqual(expect.arrayContaining([100, 200, 250]));
    expect(states.at(-1)).toMatchObject({ phase: 'idle', upload: { queued: 0, sent: 250, total: 250 }, error: null });
    expect(engine.getState().lastSyncAt).not.toBeNull();
    expect(server.deviceStatuses.at(-1)).toMatchObject({ pendingOutbox: 0, quarantined: 0, appVersion: 'test' });
  });

  it('resends after a lost acknowledgement and removes the item once, on the duplicate answer', async () => {
    const { db, server, engine } = await setup();
    const ids = await queue(db, 3);
    let drop = true;
    const fetch = server.fetch;
    const lossy = new SyncEngine({
      db, baseUrl: '', appVersion: 'test', sleep: async () => {}, random: () => 0,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        if (drop && url.endsWith('/submissions')) {
          drop = false;
          throw new TypeError('the acknowledgement was lost');
        }
        return response;
      },
    });
    await engine.signOut();
    await lossy.signIn('worker1', 'secret');

    const report = await lossy.sync();

    expect(report.outcome).toBe('synced');
    exactlyOnce(server, ids); // processed the first time, a duplicate the second
    expect(await db.outbox.count()).toBe(0);
    expect(server.requests.filter(r => r.path.endsWith('/submissions')).length).toBe(2);
  });

  it('retries 5xx and 429 with exponential backoff, jitter and Retry-After, then succeeds', async () => {
    const { db, server, engine, delays } = await setup({ backoff: { baseMs: 100, capMs: 10_000 } });
    const ids = await queue(db, 5);
    server.script.push({ status: 503, path: /submissions/ }, { status: 500, path: /submissions/ },
      { status: 429, path: /submissions/, headers: { 'Retry-After': '7' } }, { status: 502, path: /submissions/ });

    const report = await engine.sync();

    expect(report.outcome).toBe('synced');
    exactlyOnce(server, ids);
    // random() = 0.5: half of 100·2ⁿ; Retry-After 7 s is the floor of the third wait
    expect(delays).toEqual([50, 100, 7000, 400]);
    expect(backoffDelay({ baseMs: 1000, capMs: 60_000, maxRetries: 6 }, 10, () => 0.999)).toBeLessThan(60_000);
  });

  it('gives up a run after the retries and keeps everything; the next run sends it', async () => {
    const { db, server, engine } = await setup({ backoff: { maxRetries: 2 } });
    const ids = await queue(db, 4);
    server.script.push(...Array.from({ length: 3 }, () => ({ status: 503, path: /submissions/ })));

    const failed = await engine.sync();
    expect(failed.outcome).toBe('failed');
    expect(engine.getState()).toMatchObject({ phase: 'failed', error: { key: 'sync.serverError', params: { status: 503 } } });
    expect((await db.outbox.toArray()).map(o => o.state)).toEqual(['pending', 'pending', 'pending', 'pending']);

    expect((await engine.sync()).outcome).toBe('synced');
    exactlyOnce(server, ids);
  });

  it('on 401 keeps the outbox and asks to sign in again; after signing in it sends', async () => {
    const { db, server, engine } = await setup();
    const ids = await queue(db, 3);
    server.revokeAll();

    const report = await engine.sync();

    expect(report.outcome).toBe('sign-in-again');
    expect(engine.getState()).toMatchObject({ phase: 'sign-in-again', error: { key: 'sync.signInAgain' } });
    expect(await db.outbox.count()).toBe(3);
    expect((await db.session.get('current'))?.needsSignIn).toBe(true);
    // offline restart: a new engine on the same store knows it must sign in, and does not try
    const restarted = new SyncEngine({ db, baseUrl: '', appVersion: 'test', fetch: server.fetch });
    expect((await restarted.refresh()).phase).toBe('sign-in-again');
    expect((await restarted.sync()).outcome).toBe('sign-in-again');
    expect(await db.outbox.count()).toBe(3);

    await expect(restarted.signIn('worker1', 'wrong')).rejects.toBeInstanceOf(SignInRefusedError);
    await restarted.signIn('worker1', 'secret');
    expect((await restarted.sync()).outcome).toBe('synced');
    exactlyOnce(server, ids);
  });

  it('quarantines invalid items with the server field errors and conflicts with the code; the rest go through', async () => {
    const { db, server, engine } = await setup();
    server.validate = s => (s.values['household.size'] === 99
      ? { code: 'constraint', errors: [{ field: 'household.size', code: 'constraint', message: '户人数不合理' }] } : null);
    const good = await queue(db, 2);
    const [bad] = await queue(db, 1, { values: { 'household.size': 99 } });
    const [clash] = await queue(db, 1);
    const item = (await db.outbox.get(clash))!;
    server.ledger.set(clash, { content: 'other content', seq: 999, receivedAt: '2026-12-01T00:00:00Z' });

    const report = await engine.sync();

    expect(report).toMatchObject({ outcome: 'synced', sent: 2, quarantined: 2 });
    exactlyOnce(server, [...good, clash]);
    const invalid = (await db.outbox.get(bad))!;
    expect(invalid.state).toBe('quarantined');
    expect(invalid.quarantine).toMatchObject({ kind: 'invalid', code: 'constraint',
      errors: [{ field: 'household.size', code: 'constraint', message: '户人数不合理' }] });
    expect((await db.outbox.get(clash))!.quarantine).toMatchObject({ kind: 'conflict', code: 'submission-id-conflict' });
    expect(server.deviceStatuses.at(-1)).toMatchObject({ pendingOutbox: 0, quarantined: 2 });

    // a second run leaves them alone
    await engine.sync();
    expect(await db.outbox.count()).toBe(2);

    // the worker corrects the invalid one: it becomes a draft with a new id and the errors, then goes again
    const outbox = new Outbox(db);
    const { draft, errors } = await outbox.reopenAsDraft(bad);
    expect(errors[0].field).toBe('household.size');
    expect(draft.id).not.toBe(bad);
    const drafts = new Drafts(db);
    await drafts.save({ ...draft, values: { ...draft.values, 'household.size': 4 } });
    await drafts.finalize(draft.id);
    await engine.sync();
    expect(server.ledger.has(draft.id)).toBe(true);
    expect((await db.outbox.toArray()).map(o => o.id)).toEqual([item.id]);

    // re-queued as it is, the conflicting one is refused again and stays, never dropped; discarding is explicit
    await outbox.requeue(clash);
    expect((await outbox.counts()).pending).toBe(1);
    await engine.sync();
    expect((await db.outbox.get(clash))?.state).toBe('quarantined');
    await outbox.discardQuarantined(clash);
    expect(await db.outbox.count()).toBe(0);
  });

  it('uploads photos first by content hash, and on missing-attachment uploads then resends', async () => {
    const { db, server, engine } = await setup({ attachmentPartSize: 1000 });
    const photos = new Attachments(db);
    const bytes = new Uint8Array(2500).map((_, i) => (i * 7) % 256);
    const sha = await photos.store(new Blob([bytes], { type: 'image/jpeg' }));
    const [withPhoto] = await queue(db, 1, { attachments: [sha], values: { 'household.photo': sha } });

    expect((await engine.sync()).outcome).toBe('synced');
    expect(server.attachments.get(sha)?.complete).toBe(true);
    expect(server.requests.filter(r => r.method === 'PUT').length).toBe(3);
    exactlyOnce(server, [withPhoto]);

    // the server lost the photo (restored from a backup): it answers missing-attachment and gets it again
    server.attachments.delete(sha);
    const [again] = await queue(db, 1, { attachments: [sha], values: { 'household.photo': sha, note: 'again' } });
    expect((await engine.sync()).outcome).toBe('synced');
    expect(server.attachments.get(sha)?.complete).toBe(true);
    exactlyOnce(server, [withPhoto, again]);
    const answers = server.requests.filter(r => r.path.endsWith('/submissions')).map(r => r.status);
    expect(answers).toHaveLength(3); // accepted; missing-attachment; accepted after the upload
  });

  it('quarantines an item whose photo is gone from the device instead of sending it or dropping it', async () => {
    const { db, server, engine } = await setup();
    const photos = new Attachments(db);
    const sha = await photos.store(new Blob(['photo'], { type: 'image/jpeg' }));
    const [id] = await queue(db, 1, { attachments: [sha], values: { 'household.photo': sha } });
    await db.attachments.delete(sha);

    await engine.sync();

    expect(server.ledger.size).toBe(0);
    expect((await db.outbox.get(id))?.quarantine?.kind).toBe('attachment-lost');
  });

  it('resumes an attachment cut mid-upload from the bytes the server has', async () => {
    const { db, server, engine } = await setup({ attachmentPartSize: 4000 });
    const photos = new Attachments(db);
    const bytes = new Uint8Array(10_000).map((_, i) => (i * 31 + 3) % 251);
    const sha = await photos.store(new Blob([bytes], { type: 'image/jpeg' }));
    const [id] = await queue(db, 1, { attachments: [sha], values: { 'household.photo': sha } });
    server.cutNextAttachmentAfter = 1500; // the first part arrives only in part, then the line drops

    expect((await engine.sync()).outcome).toBe('synced');

    const stored = server.attachments.get(sha)!;
    expect(stored.complete).toBe(true);
    expect(stored.bytes).toEqual(bytes);
    const puts = server.requests.filter(r => r.method === 'PUT');
    // cut after 1,500 bytes; then 1,500–5,500, 5,500–9,500, 9,500–10,000: nothing sent twice
    expect(puts.map(p => p.status)).toEqual(['failed', 200, 200, 201]);
    // after the cut it asked where to resume (GET) instead of resending from byte 0
    const gets = server.requests.filter(r => r.method === 'GET' && r.path.includes('/attachments/'));
    expect(gets.length).toBeGreaterThanOrEqual(2);
    exactlyOnce(server, [id]);
  });

  it('a lost answer to an attachment part resumes at the server offset', async () => {
    const { db, server, engine } = await setup({ attachmentPartSize: 1000 });
    const photos = new Attachments(db);
    const bytes = new Uint8Array(3000).map((_, i) => i % 256);
    const sha = await photos.store(new Blob([bytes], { type: 'image/png' }));
    await queue(db, 1, { attachments: [sha], values: { 'household.photo': sha } });
    const fetch = server.fetch;
    let dropped = 0;
    const lossy = new SyncEngine({
      db, baseUrl: '', appVersion: 'test', sleep: async () => {}, attachmentPartSize: 1000,
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        if (init?.method === 'PUT' && dropped++ === 0) {
          throw new TypeError('lost');
        }
        return response;
      },
    });
    await lossy.signIn('worker1', 'secret');
    expect((await lossy.sync()).outcome).toBe('synced');
    expect(server.attachments.get(sha)?.bytes).toEqual(bytes);
    expect(server.requests.filter(r => r.method === 'PUT').map(r => r.status)).toEqual([200, 200, 201]);
    void engine;
  });

  it('two engines on one store (two tabs) never send at the same time, and send each item once', async () => {
    for (const lock of ['web-locks', 'lease'] as const) {
      const factory = new IDBFactory();
      const server = new FakeServer();
      server.submitDelayMs = 5;
      const options = { batchSize: 10, lock: lock === 'lease' ? null : undefined } as const;
      const tab1 = await setup(options, server, fakeDb(factory));
      const tab2 = await setup(options, server, fakeDb(factory));
      const ids = await queue(tab1.db, 60);
      const waited: string[] = [];
      tab2.engine.subscribe(s => s.phase === 'waiting-for-other-tab' && waited.push(lock));

      const reports = await Promise.all([tab1.engine.sync(), tab2.engine.sync(), tab1.engine.sync()]);

      expect(server.maxInFlightSubmits).toBe(1);
      expect(reports.map(r => r.outcome)).toEqual(['synced', 'synced', 'synced']);
      exactlyOnce(server, ids);
      expect(await tab2.db.outbox.count()).toBe(0);
      expect(waited).toContain(lock);
    }
  });

  it('chaos: 30% of answers dropped after processing, 10% of requests failed, 500 submissions → each once, outbox empty', async () => {
    let seed = Number((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.CHAOS_SEED ?? 42); // mulberry32: deterministic chaos
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const server = new FakeServer();
    const { db, engine } = await setup({ backoff: { maxRetries: 4 }, random, batchSize: 20, attachmentPartSize: 1000 },
      server);
    const ids = await queue(db, 450);
    // 50 carry a photo of 1–5 KB, sent in 1 KB parts through the same chaos
    const photos = new Attachments(db);
    const blobs = new Map<string, Uint8Array>();
    for (let i = 0; i < 50; i++) {
      const bytes = new Uint8Array(1000 + i * 80).map((_, k) => (k * (i + 3)) % 256);
      const sha = await photos.store(new Blob([bytes], { type: 'image/jpeg' }));
      blobs.set(sha, bytes);
      ids.push(...await queue(db, 1, { attachments: [sha], values: { 'household.photo': sha } }));
    }
    server.chaos = { dropAfterProcessing: 0.3, failBefore: 0.1, random };

    let runs = 0;
    while ((await db.outbox.count()) > 0 && runs < 50) {
      runs++;
      await engine.sync(); // the app syncs again on its timer or when the network comes back
    }

    exactlyOnce(server, ids);
    expect(ids).toHaveLength(500);
    expect(await db.outbox.count()).toBe(0);
    for (const [sha, bytes] of blobs) {
      expect(server.attachments.get(sha)?.complete).toBe(true);
      expect(server.attachments.get(sha)?.bytes).toEqual(bytes);
    }
    const statuses = server.requests.reduce<Record<string, number>>(
      (m, r) => ({ ...m, [String(r.status)]: (m[String(r.status)] ?? 0) + 1 }), {});
    expect(statuses.dropped, JSON.stringify(statuses)).toBeGreaterThan(5);
    expect(statuses.failed, JSON.stringify(statuses)).toBeGreaterThan(2);
  });

  it('a batch refused for one named item quarantines that item and sends the others', async () => {
    const { db, server, engine } = await setup();
    const ids = await queue(db, 4);
    server.script.push({ status: 400, path: /submissions/, body: JSON.stringify({ code: 'invalid-property',
      property: 'submissions[2].id', detail: 'every submission needs its id (a UUID)' }) });

    const report = await engine.sync();

    expect(report).toMatchObject({ outcome: 'synced', sent: 3, quarantined: 1 });
    const [held] = await db.outbox.toArray(); // the third of the batch (same-millisecond items go in id order)
    exactlyOnce(server, ids.filter(id => id !== held.id));
    expect(held.quarantine).toMatchObject({ kind: 'refused', code: 'invalid-property',
      errors: [{ field: 'submissions[2].id', message: 'every submission needs its id (a UUID)' }] });
  });

  it('a server refusing every batch (another API version) quarantines nothing and keeps all', async () => {
    const { db, server, engine } = await setup();
    await queue(db, 5);
    server.script.push(...Array.from({ length: 10 }, () => ({ status: 400, path: /submissions/,
      body: JSON.stringify({ code: 'malformed-request' }) })));

    const report = await engine.sync();

    expect(report.outcome).toBe('failed');
    expect(await db.outbox.where('state').equals('pending').count()).toBe(5);
    expect(server.ledger.size).toBe(0);
  });

  it('413 makes the batches smaller for the rest of the run; a single item too large is quarantined', async () => {
    const server = new FakeServer();
    const fetch: typeof server.fetch = async (url, init) => {
      const body = init?.body;
      if (url.endsWith('/submissions') && typeof body === 'string') {
        const items = JSON.parse(body).submissions as { values: Record<string, unknown> }[];
        if (items.length > 12 || items.some(i => i.values.huge !== undefined)) {
          return new Response(JSON.stringify({ code: 'batch-too-large' }), { status: 413 });
        }
      }
      return server.fetch(url, init);
    };
    const { db, engine } = await setup({ fetch }, server);
    const ids = await queue(db, 40);
    const [huge] = await queue(db, 1, { values: { huge: 'x'.repeat(100) } });

    const report = await engine.sync();

    expect(report).toMatchObject({ outcome: 'synced', sent: 40, quarantined: 1 });
    exactlyOnce(server, ids);
    expect((await db.outbox.get(huge))?.quarantine?.kind).toBe('too-large');
  });

  it('answers that are not the contract leave the outbox untouched', async () => {
    const { db, server, engine } = await setup({ backoff: { maxRetries: 1 } });
    await queue(db, 2);
    server.script.push({ status: 200, body: '<html>proxy login</html>', path: /submissions/ },
      { status: 200, body: '{"results":[{"id":"nope","status":"accepted"}]}', path: /submissions/ });

    const report = await engine.sync();

    expect(report.outcome).toBe('failed');
    expect(engine.getState().error).toEqual({ key: 'sync.garbage' });
    expect(await db.outbox.count()).toBe(2);
    expect(server.ledger.size).toBe(0);
  });
});

describe('sync engine: download', () => {
  function assignment(i: number) {
    return {
      subjectId: `R${String(i).padStart(8, '0')}`, subjectType: 'resident', grid: 'g1', title: `居民${i}`,
      subtitle: `幸福街${i}号`, household: null, search: { name: `居民${i}`, idLast4: String(1000 + i), address: `幸福街${i}号` },
      values: { 'resident.name': { value: `居民${i}`, seq: i, at: '2026-11-20T08:00:00Z', fresh: true } }, seq: i,
    };
  }

  it('applies pages of deltas with progress, fetches missing form versions, and resumes from the saved cursor', async () => {
    const { db, server, engine } = await setup({ downloadLimit: 40 });
    server.publishForm('resident', 3, { subjectType: 'resident', version: 3, fields: [] });
    for (let i = 1; i <= 100; i++) {
      server.assign(assignment(i));
    }
    server.returnSubmission({ submissionId: 'u1', subjectId: 'R00000001', subjectType: 'resident', comment: '电话号码不对，请核实',
      by: 'supervisor1', at: '2026-12-01T09:00:00Z' });
    const progress: { received: number; total: number }[] = [];
    engine.subscribe(s => s.phase === 'downloading' && progress.push(s.download));

    const report = await engine.sync();

    expect(report.downloaded).toBe(101);
    expect(await db.assignments.count()).toBe(100);
    expect((await db.returns.get('u1'))?.comment).toBe('电话号码不对，请核实');
    expect((await db.forms.get(['resident', 3]))?.definition).toMatchObject({ version: 3 });
    expect(await db.getMeta('forms')).toEqual({ resident: 3 });
    expect(progress.at(-1)).toEqual({ received: 101, total: 101 });
    expect(progress.map(p => p.received)).toEqual(expect.arrayContaining([40, 80, 101]));

    // the next sync brings only what changed since: a removal, a resolved return, a new form version
    server.remove('R00000002');
    server.resolveReturn('u1');
    server.publishForm('resident', 4, { subjectType: 'resident', version: 4, fields: [] });
    const next = await engine.sync();
    expect(next.downloaded).toBe(2);
    expect(await db.assignments.get('R00000002')).toBeUndefined();
    expect(await db.returns.count()).toBe(0);
    expect(await db.getMeta('forms')).toEqual({ resident: 4 });
    expect(server.requests.filter(r => r.path.includes('/forms/')).length).toBe(2);
  });

  it('a page that fails keeps what earlier pages applied, and the next run goes on from their cursor', async () => {
    const { db, server, engine } = await setup({ downloadLimit: 30, backoff: { maxRetries: 0 } });
    for (let i = 1; i <= 90; i++) {
      server.assign(assignment(i));
    }
    const fetch = server.fetch;
    let pages = 0;
    const flaky = new SyncEngine({ db, baseUrl: '', appVersion: 't', downloadLimit: 30, backoff: { maxRetries: 0 },
      sleep: async () => {},
      fetch: async (url, init) => (url.includes('/download') && ++pages === 3 ? Promise.reject(new TypeError('offline'))
        : fetch(url, init)) });
    await flaky.signIn('worker1', 'secret');
    expect((await flaky.sync()).outcome).toBe('offline');
    expect(await db.assignments.count()).toBe(60);
    expect(await db.getMeta('download')).toMatchObject({ cursor: 'c60' });

    expect((await flaky.sync()).outcome).toBe('synced');
    expect(await db.assignments.count()).toBe(90);
    void engine;
  });

  it('an unknown cursor starts a full download, and what it did not bring is removed', async () => {
    const { db, server, engine } = await setup();
    for (let i = 1; i <= 5; i++) {
      server.assign(assignment(i));
    }
    await engine.sync();
    expect(await db.getMeta('download')).toMatchObject({ cursor: 'c5' });
    // the server was restored: the cursor means nothing now and only 3 subjects are the worker's
    server.resetChanges();
    [2, 3, 9].forEach(i => server.assign(assignment(i)));
    await new Promise(resolve => setTimeout(resolve, 2));

    expect((await engine.sync()).outcome).toBe('synced');

    expect((await db.assignments.toCollection().primaryKeys()).sort()).toEqual(['R00000002', 'R00000003', 'R00000009']);
    expect(await db.getMeta('download')).toMatchObject({ cursor: 'c3' });
  });

  it('another worker signing in on the tablet downloads from scratch; the outbox stays', async () => {
    const { db, server, engine } = await setup();
    server.assign(assignment(1));
    await engine.sync();
    await queue(db, 1);
    await engine.signOut();
    await engine.signIn('worker2', 'secret');
    server.users.get('worker2')!.grids.push('g1');
    await engine.sync();
    const downloads = server.requests.filter(r => r.path.endsWith('/download'));
    expect(downloads.map(d => new URLSearchParams(d.query).get('cursor'))).toEqual([null, null]);
    expect(await db.getMeta('download')).toMatchObject({ cursor: 'c1', username: 'worker2' });
    expect(await db.assignments.count()).toBe(1); // everything again (the fake server does not filter by grid)
    expect(await db.outbox.count()).toBe(0);
  });

  it('a full disk while applying a page says so, keeps the earlier pages and the cursor before it', async () => {
    const { db, server, engine } = await setup({ downloadLimit: 2 });
    for (let i = 1; i <= 4; i++) {
      server.assign(assignment(i));
    }
    const put = db.assignments.bulkPut.bind(db.assignments);
    let calls = 0;
    db.assignments.bulkPut = ((...args: Parameters<typeof put>) => (++calls === 2
      ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : put(...args))) as typeof put;

    const report = await engine.sync();

    expect(report.outcome).toBe('failed');
    expect(engine.getState().error).toEqual({ key: 'storage.full' });
    expect(await db.assignments.count()).toBe(2);
    expect(await db.getMeta('download')).toMatchObject({ cursor: 'c2' });
  });
});

