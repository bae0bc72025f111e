/**
 * Smoke run of the sync engine against a running OneForm (the real server, not the fake): signs in as a demo
 * grid worker, sends a photo (resumable, in parts) and a few submissions, syncs, and prints what became of
 * each item. Usage: frontend/collect/bench/run.sh real http://127.0.0.1:8080 [worker01] [password]
 */
import { Attachments } from '../data/attachments.js';
import { Drafts } from '../data/drafts.js';
import { SyncEngine } from '../sync/engine.js';
import { fakeDb } from '../testing/fake-db.js';

const argv = (globalThis as { process?: { argv: string[] } }).process?.argv ?? [];
const [base = 'http://127.0.0.1:8080', user = 'worker01', password = 'oneform-demo'] = argv.slice(3);
const db = fakeDb();
const engine = new SyncEngine({ db, baseUrl: base, appVersion: 'smoke', attachmentPartSize: 4096,
  backoff: { baseMs: 200, maxRetries: 2 } });
const session = await engine.signIn(user, password);
console.log(`signed in as ${session.username} (${session.displayName}), grids ${session.grids.join(', ')}, token until ${session.expiresAt}`);

const bytes = new Uint8Array(10_000).map((_, i) => (i * 131 + Date.now()) % 256);
const sha = await new Attachments(db).store(new Blob([bytes], { type: 'image/jpeg' }));
const drafts = new Drafts(db);
for (let i = 0; i < 3; i++) {
  const draft = await drafts.create({ subjectType: 'household', formVersion: 1, subjectId: null, grid: session.grids[0],
    title: `smoke ${i}`, values: { 'household.photo': sha }, attachments: [sha] });
  await drafts.finalize(draft.id);
}
const report = await engine.sync();
console.log('report', JSON.stringify(report));
console.log('state', JSON.stringify(engine.getState()));
console.log('photo uploaded', (await db.attachments.get(sha))?.uploaded ?? 'collected after acknowledgement');
for (const item of await db.outbox.toArray()) {
  console.log('outbox', item.id, item.state, JSON.stringify(item.quarantine));
}
const status = await fetch(`${base}/api/sync/v1/attachments/${sha}`, {
  headers: { Authorization: `Bearer ${(await db.session.get('current'))?.token}` } });
console.log('server attachment status', status.status, await status.text());
engine.close();
