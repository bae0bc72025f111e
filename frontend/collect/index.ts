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
import { findDuplicates, type DuplicateHit, type LocalSubject, type NewSubject } from './search/duplicates.js';
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
export { findDuplicates, normalizeIdNumber, type DuplicateHit, type DuplicateReason, type LocalSubject, type NewSubject } from './search/duplicates.js';
export { HttpFailure, type OnlineHit } from './sync/api.js';
export { autoSync } from './sync/auto.js';
export { statusLine } from './sync/status.js';
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
  /**
   * The duplicate warning before saving a new subject: the roster plus the worker's unsent registrations
   * (drafts and outbox items of new subjects, except the draft being edited).
   */
  duplicatesOf(candidate: NewSubject, exceptDraftId?: string): Promise<DuplicateHit[]>;
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
  const drafts = new Drafts(db);
  const outbox = new Outbox(db);
  return {
    db, sync, storage, drafts, outbox, attachments: new Attachments(db), downloaded: new Downloaded(db),
    warnings: () => storageWarnings(db, storage),
    async duplicatesOf(candidate, exceptDraftId) {
      const local: LocalSubject[] = [];
      for (const d of (await drafts.list()).drafts) {
        if (d.subjectId === null && d.id !== exceptDraftId) {
          local.push({ id: d.id, subjectType: d.subjectType, grid: d.grid, title: d.title, values: d.values });
        }
      }
      for (const o of await outbox.list()) {
        if (o.submission.subjectId === null) {
          local.push({ id: o.id, subjectType: o.submission.subjectType, grid: o.submission.grid, title: o.title,
            values: o.submission.values });
        }
      }
      return findDuplicates(candidate, await db.assignments.toArray(), local);
    },
    async roster() {
      const key = JSON.stringify(await db.getMeta('download')) + (await db.assignments.count());
      if (index?.key !== key) {
        index = { key, roster: RosterIndex.build(await db.assignments.toArray()) };
      }
      return index.roster;
    },
  };
}
