import { describe, expect, it } from 'vitest';
import { Drafts } from '../data/drafts.js';
import { fakeDb, IDBFactory } from '../testing/fake-db.js';
import { FakeServer } from '../testing/fake-server.js';
import { autoSync } from './auto.js';
import { SyncEngine } from './engine.js';

describe('between tabs and over time', () => {
  it('a tab that did not sync learns of the other tab\'s run (counts, last sync) through the channel', async () => {
    const factory = new IDBFactory();
    const server = new FakeServer();
    const channelName = `test-${crypto.randomUUID()}`;
    const open = () => new SyncEngine({ db: fakeDb(factory), baseUrl: '', appVersion: 't', fetch: server.fetch,
      channel: new BroadcastChannel(channelName) });
    const [tab1, tab2] = [open(), open()];
    await tab1.signIn('worker1', 'secret');
    const drafts = new Drafts(fakeDb(factory));
    await drafts.finalize((await drafts.create({ subjectType: 'household', formVersion: 1, subjectId: 'H1', grid: 'g1',
      title: '幸福街1号' })).id);
    expect((await tab2.refresh()).upload.queued).toBe(1);

    const refreshed = new Promise<void>(resolve => tab2.subscribe(s => {
      if (s.lastSyncAt !== null && s.upload.queued === 0) {
        resolve();
      }
    }));
    await tab1.sync();
    await refreshed;
    expect(tab2.getState()).toMatchObject({ phase: 'idle', upload: { queued: 0 } });
    tab1.close();
    tab2.close();
  });

  it('auto-sync runs at once, when the network comes back, and on its interval', async () => {
    const calls: string[] = [];
    const target = new EventTarget();
    let online = false;
    const stop = autoSync({ sync: async () => { calls.push('sync'); return { outcome: 'synced', sent: 0, quarantined: 0, downloaded: 0 }; } },
      { intervalMs: 20, target, online: () => online });
    expect(calls).toEqual([]); // offline: not even tried
    online = true;
    target.dispatchEvent(new Event('online'));
    expect(calls).toEqual(['sync']);
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(calls.length).toBeGreaterThanOrEqual(2);
    stop();
    const after = calls.length;
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(calls.length).toBe(after);
  });

  it('online search returns the server hits, and throws when offline so the screen falls back to the roster', async () => {
    const server = new FakeServer();
    server.assign({ subjectId: 'R1', subjectType: 'resident', grid: 'g1', title: '张伟', subtitle: '幸福街1号',
      household: null, search: { name: '张伟', idLast4: '1234', address: '幸福街1号' }, values: {}, seq: 1 });
    let offline = false;
    const engine = new SyncEngine({ db: fakeDb(), baseUrl: '', appVersion: 't', channel: null,
      fetch: (url, init) => (offline ? Promise.reject(new TypeError('offline')) : server.fetch(url, init)) });
    await engine.signIn('worker1', 'secret');
    expect((await engine.searchOnline('张伟')).map(h => [h.subjectId, h.idMasked])).toEqual([['R1', '110***********1234']]);
    offline = true;
    await expect(engine.searchOnline('张伟')).rejects.toMatchObject({ kind: 'network' });
  });
});
