/** Browser entry of the collector benchmarks: real IndexedDB with strict durability, results POSTed back. */
import { CollectorDb } from '../data/db.js';
import { draftSave, sync5000 } from './collector-bench.js';

const lines: string[] = [];
const log = (line: string) => {
  lines.push(line);
  document.body.textContent = lines.join('\n');
};
try {
  const draftDb = new CollectorDb(`bench-draft-${Date.now()}`);
  log(await draftSave(draftDb, 'Chromium IndexedDB, strict durability'));
  draftDb.close();
  if (!location.search.includes('draft-only')) {
    await sync5000(new CollectorDb(`bench-sync-${Date.now()}`), log);
  }
} catch (e) {
  log(`failed: ${String(e)}`);
}
await fetch('/result', { method: 'POST', body: lines.join('\n') });
