/**
 * The sync engine against a running OneForm (the real server, not the fake), on fake-indexeddb: signs in as a
 * demo grid worker, queues `count` valid new households plus one item carrying a photo (sent resumably in
 * parts; the household form has no photo field, so the server answers invalid and it is quarantined), drops
 * the first batch's acknowledgement on purpose, syncs with progress, and prints the time and what became of
 * every item. Usage: frontend/collect/bench/run.sh real http://127.0.0.1:8080 [count] [worker01] [password]
 */
import { Attachments } from '../data/attachments.js';
import { Drafts } from '../data/drafts.js';
import { SyncEngine } from '../sync/engine.js';
import { fakeDb } from '../testing/fake-db.js';

const argv = (globalThis as { process?: { argv: string[] } }).process?.argv ?? [];
const [base = 'http://127.0.0.1:8080', countArg = '3', user = 'worker01', password = 'oneform-demo'] = argv.slice(3);
const count = Number(countArg);
const db = fakeDb();
let dropped = false;
const engine = new SyncEngine({ db, baseUrl: base, appVersion: 'smoke', attachmentPartSize: 4096,
  backoff: { baseMs: 200, maxRetries: 2 },
  fetch: async (url, init) => {
    const response = await fetch(url, init);
    if (!dropped && url.endsWith('/api/sync/v1/submissions')) {
      dropped = true; // the server processed the first batch; its answer is "lost"
      throw new TypeError('acknowledgement dropped on purpose');
    }
    return response;
  } });
const session = await engine.signIn(user, password);
console.log(`signed in as ${session.username} (${session.displayName}), grids ${session.grids.join(', ')}, token until ${session.expiresAt}`);

const bytes = new Uint8Array(10_000).map((_, i) => (i * 131 + Date.now()) % 256);
const sha = await new Attachments(db).store(new Blob([bytes], { type: 'image/jpeg' }));
const drafts = new Drafts(db);
const withPhoto = await drafts.create({ subjectType: 'household', formVersion: 1, subjectId: null, grid: session.grids[0],
  title: 'photo', values: { 'household.photo': sha }, attachments: [sha] });
await drafts.finalize(withPhoto.id);
const run = Date.now().toString(36);
for (let i = 0; i < count; i++) {
  const draft = await drafts.create({ subjectType: 'household', formVersion: 1, subjectId: null, grid: session.grids[0],
    title: `测试户 ${run}-${i}`, values: { 'household.address': `一张表示范区测试路${run}号${i}室`,
      'household.head_name': `测试${i}`, 'household.member_count': 1 + (i % 5), 'household.housing_type': 'owned' } });
  await drafts.finalize(draft.id);
}
let lastShown = 0;
engine.subscribe(s => {
  if (s.phase === 'uploading' && s.upload.sent - lastShown >= 1000) {
    lastShown = s.upload.sent;
    console.log(`  progress ${s.upload.sent}/${s.upload.total}`);
  }
});
const started = performance.now();
const report = await engine.sync();
console.log(`synced in ${((performance.now() - started) / 1000).toFixed(1)} s (upload, download, device status)`);
console.log('report', JSON.stringify(report));
console.log('state', JSON.stringify(engine.getState()));
console.log('photo uploaded', (await db.attachments.get(sha))?.uploaded ?? 'collected after acknowledgement');
for (const item of (await db.outbox.toArray()).slice(0, 5)) {
  console.log('outbox', item.id, item.state, JSON.stringify(item.quarantine));
}
const status = await fetch(`${base}/api/sync/v1/attachments/${sha}`, {
  headers: { Authorization: `Bearer ${(await db.session.get('current'))?.token}` } });
console.log('server attachment status', status.status, await status.text());
engine.close();
