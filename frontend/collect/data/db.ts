import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type {
  AssignmentRow, AttachmentRow, DamagedDraftRow, DraftRow, FormRow, MetaRow, OutboxRow, ReturnRow, SentRow, SessionRow,
} from './types.js';

/**
 * The collector's IndexedDB database, through Dexie 4. Every transaction commits with strict durability
 * (`chromeTransactionDurability: 'strict'`): Chromium's default "relaxed" acknowledges a write before it
 * reaches the disk, and a draft or an outbox item the worker saw saved must survive a power cut. Dexie sets
 * durability per database, so it applies to every table; downloads write a whole page per transaction, so
 * the cost is per page, not per row. See docs/decisions/0014-collector-local-store.md.
 *
 * Schema changes: add a new `version(n)` with an upgrade; never edit an old one.
 */
export class CollectorDb extends Dexie {
  session!: EntityTable<SessionRow, 'key'>;
  forms!: Dexie.Table<FormRow, [string, number]>;
  assignments!: EntityTable<AssignmentRow, 'subjectId'>;
  returns!: EntityTable<ReturnRow, 'submissionId'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  damagedDrafts!: EntityTable<DamagedDraftRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  attachments!: EntityTable<AttachmentRow, 'sha256'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** Receipts of the worker's acknowledged submissions (the history a subject's screen shows); added in version 2. */
  sent!: EntityTable<SentRow, 'id'>;

  /**
   * @param name the database name ('oneform-collector' in the app; tests use their own)
   * @param options Dexie options: tests pass fake-indexeddb's `indexedDB` and `IDBKeyRange`
   */
  constructor(name = 'oneform-collector', options: DexieOptions = {}) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      session: 'key',
      forms: '[subjectType+version], subjectType',
      assignments: 'subjectId, grid, subjectType, household',
      returns: 'submissionId, subjectId',
      drafts: 'id, subjectId, updatedAt',
      damagedDrafts: 'id',
      outbox: 'id, state, createdAt',
      attachments: 'sha256',
      meta: 'key',
    });
    // version 2: the history of acknowledged submissions (docs/decisions/0021-collector-screens.md)
    this.version(2).stores({ sent: 'id, subjectId, sentAt' });
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.meta.get(key))?.value as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await this.meta.put({ key, value });
  }
}

/** ISO-8601 of a clock reading: the store's timestamps are strings so they survive structured cloning anywhere. */
export function iso(now: number): string {
  return new Date(now).toISOString();
}
