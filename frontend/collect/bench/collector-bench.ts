/**
 * Collector benchmarks against the in-process fake server: draft save latency of a 200-field form, sync of
 * 5,000 queued submissions with progress, a roster search over 5,000 subjects. node.ts runs them on Node with
 * fake-indexeddb, browser.ts in headless Chromium on its real IndexedDB (run.sh does both). Figures go to
 * docs/benchmarks.md (section "Collector: local store and sync").
 */
import { Drafts } from '../data/drafts.js';
import type { DraftRow, Values } from '../data/types.js';
import { RosterIndex } from '../search/roster.js';
import { SyncEngine } from '../sync/engine.js';
import { fakeDb } from '../testing/fake-db.js';
import { CollectorDb } from '../data/db.js';
import { FakeServer } from '../testing/fake-server.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summary(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return `n=${s.length} mean=${mean.toFixed(2)} p50=${percentile(s, 50).toFixed(2)} p95=${percentile(s, 95).toFixed(2)} `
    + `p99=${percentile(s, 99).toFixed(2)} max=${s.at(-1)!.toFixed(2)} ms`;
}

function formValues(fields: number, round: number): Values {
  const values: Values = {};
  for (let f = 0; f < fields; f++) {
    values[`field.f${f}`] = f % 3 === 0 ? f + round : f % 3 === 1 ? `第${round}次 值${f}` : f % 2 === 0;
  }
  values['household.members'] = Array.from({ length: 5 }, (_, m) => ({ 'resident.name': `成员${m}`, 'resident.age': 20 + m }));
  return values;
}

export async function draftSave(db: CollectorDb = fakeDb(), where = 'fake-indexeddb'): Promise<string> {
  const drafts = new Drafts(db);
  let draft: DraftRow = await drafts.create({ subjectType: 'household', formVersion: 1, subjectId: 'H1', grid: 'g1',
    title: '幸福街1号', values: formValues(200, 0) });
  for (let i = 0; i < 50; i++) {
    draft = await drafts.save({ ...draft, values: formValues(200, i) }); // warm-up
  }
  const samples: number[] = [];
  for (let i = 0; i < 500; i++) {
    const changed = { ...draft, values: formValues(200, i) };
    const t = performance.now();
    draft = await drafts.save(changed);
    samples.push(performance.now() - t);
  }
  return `draft save, 200 fields + 5 members (${where}): ${summary(samples)}`;
}

export async function sync5000(db: CollectorDb = fakeDb(), log: (line: string) => void = console.log): Promise<void> {
  const server = new FakeServer();
  const drafts = new Drafts(db);
  let t = performance.now();
  for (let i = 0; i < 5000; i++) {
    const d = await drafts.create({ subjectType: 'household', formVersion: 1, subjectId: `H${i}`, grid: 'g1',
      title: `幸福街${i}号`, values: formValues(40, i) });
    await drafts.finalize(d.id);
  }
  log(`queued 5,000 submissions (draft + finalize, 40 fields each) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const engine = new SyncEngine({ db, baseUrl: '', appVersion: 'bench', fetch: server.fetch });
  await engine.signIn('worker1', 'secret');
  const progress: string[] = [];
  let lastSent = -1;
  engine.subscribe(s => {
    if (s.phase === 'uploading' && s.upload.sent !== lastSent && s.upload.sent % 1000 === 0) {
      lastSent = s.upload.sent;
      progress.push(`${s.upload.sent}/${s.upload.total} at ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
  });
  t = performance.now();
  const report = await engine.sync();
  const seconds = (performance.now() - t) / 1000;
  if (report.sent !== 5000 || server.ledger.size !== 5000 || (await db.outbox.count()) !== 0) {
    throw new Error(`sync incomplete: ${JSON.stringify(report)}`);
  }
  log(`synced 5,000 submissions in ${seconds.toFixed(1)} s (${Math.round(5000 / seconds)}/s, batches of 100); progress: ${progress.join(', ')}`);
}

export function search5000(): void {
  const surnames = '张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗';
  const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂';
  const rows = Array.from({ length: 5000 }, (_, i) => ({
    subjectId: `R${i}`, subjectType: 'resident', grid: 'g1', title: '', subtitle: `幸福街道${i % 50}栋${i % 300}号`,
    household: null, values: {}, seq: i, downloadedAt: '',
    search: { name: surnames[i % 20] + given[(i * 7) % 24] + (i % 3 ? given[(i * 11) % 24] : ''),
      idLast4: String(1000 + (i * 37) % 9000), address: `一张表示范区幸福街道${i % 50}栋${i % 300}号` },
  }));
  let t = performance.now();
  const index = RosterIndex.build(rows);
  console.log(`roster index of 5,000 built in ${(performance.now() - t).toFixed(0)} ms`);
  const queries = ['张伟', 'zhangwei', 'zw', 'lyj', '1234', '幸福街道3栋', 'wang', '马'];
  const samples: number[] = [];
  for (let round = 0; round < 50; round++) {
    for (const q of queries) {
      t = performance.now();
      index.search(q);
      samples.push(performance.now() - t);
    }
  }
  console.log(`roster search over 5,000 (${queries.join(' ')}): ${summary(samples)}`);
  for (const q of queries) {
    const per: number[] = [];
    for (let round = 0; round < 30; round++) {
      t = performance.now();
      index.search(q);
      per.push(performance.now() - t);
    }
    console.log(`  ${q}: ${summary(per)}`);
  }
}
