/**
 * The offline collector's data layer, sync engine and roster search: the API the collector screens use.
 * See frontend/collect/README.md for the whole API and docs/decisions/0014 and 0015 for the why.
 *
 *   const collector = await openCollector({ appVersion: '1.0.0' });
 *   await collector.sync.signIn('worker1', password);
 *   collector.sync.subscribe(state => …);          // progress, last sync, errors (render with message())
 *   const draft = await collector.drafts.create({...});
 *   const saver = new DraftAutosaver(collector.drafts, draft);   // saver.change({values}) on every edit
 *   await collector.drafts.finalize(draft.id);     // draft → outbox, one transaction
 *   await collector.sync.sync();
 */
import { Attachments } from './data/attachments.js';
import { CollectorDb } from './data/db.js';
import { Drafts } from './data/drafts.js';
import { isQuotaError, StorageFullError, StorageUnavailableError } from './data/errors.js';
import { Outbox } from './data/outbox.js';
import { Downloaded } from './data/roster.js';
import { requestPersistence, storageWarnings, type StorageInfo } from './data/storage.js';
import type { Msg } from './i18n/messages.js';
import { RosterIndex } from './search/roster.js';
import { SyncEngine, type SyncEngineOptions } from './sync/engine.js';

export { Attachments, sha256Hex } from './data/attachments.js';
export { CollectorDb } from './data/db.js';
export { Drafts, DraftAutosaver, draftDamageMessage, type AutosaveStatus, type DraftList, type NewDraft } from './data/drafts.js';
export { AttachmentLostError, CollectorError, DraftNotFoundError, StorageFullError, StorageUnavailableError } from './data/errors.js';
export { Outbox, quarantineMessage, OLD_OUTBOX_ITEM_MS, type OutboxCounts } from './data/outbox.js';
export { Downloaded, FormMissingError, prefill } from './data/roster.js';
export { estimate, requestPersistence, storageWarnings, type StorageInfo } from './data/storage.js';
export type * from './data/types.js';
export { message, render, setLocale, type Locale, type MessageKey, type Msg } from './i18n/messages.js';
export { RosterIndex, type RosterHit, type MatchKind } from './search/roster.js';
export { HttpFailure, type OnlineHit } from './sync/api.js';
export { autoSync } from './sync/auto.js';
export { SignInRefusedError, SyncEngine, SYNC_CHANNEL, type SyncPhase, type SyncReport, type SyncState } from './sync/engine.js';

export interface Collector {
  db: CollectorDb;
  drafts: Drafts;
  outbox: Outbox;
  attachments: Attachments;
  downloaded: Downloaded;
  sync: SyncEngine;
  storage: StorageInfo;
  /** The warnings to keep visible (storage not persistent, outbox item older than 3 days). */
  warnings(): Promise<Msg[]>;
  /** The roster index over the downloaded assignments (rebuilt after each download that changed them). */
  roster(): Promise<RosterIndex>;
}

/** Opens the store, asks for persistent storage and builds the engine. */
export async function openCollector(options: Omit<SyncEngineOptions, 'db' | 'baseUrl'> & { baseUrl?: string; db?: CollectorDb }): Promise<Collector> {
  const db = options.db ?? new CollectorDb();
  try {
    await db.open();
  } catch (e) {
    throw isQuotaError(e) ? new StorageFullError(e) : new StorageUnavailableError(e);
  }
  const storage = await requestPersistence();
  const sync = new SyncEngine({ baseUrl: '', storagePersistent: () => storage.persisted, ...options, db });
  await sync.refresh();
  let index: { key: string; roster: RosterIndex } | null = null;
  return {
    db, sync, storage,
    drafts: new Drafts(db), outbox: new Outbox(db), attachments: new Attachments(db), downloaded: new Downloaded(db),
    warnings: () => storageWarnings(db, storage),
    async roster() {
      const key = JSON.stringify(await db.getMeta('download')) + (await db.assignments.count());
      if (index?.key !== key) {
        index = { key, roster: RosterIndex.build(await db.assignments.toArray()) };
      }
      return index.roster;
    },
  };
}
