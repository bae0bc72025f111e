import type { Msg } from '../i18n/messages.js';
import { CollectorDb, iso } from './db.js';
import { guardQuota } from './errors.js';
import type { DraftRow, FieldError, OutboxRow, Quarantine } from './types.js';

export interface OutboxCounts {
  pending: number;
  quarantined: number;
  /** createdAt of the oldest item still waiting to be sent (pending or sending), or null. */
  oldestPendingAt: string | null;
}

/** How old an outbox item may get before the worker is warned. */
export const OLD_OUTBOX_ITEM_MS = 3 * 24 * 60 * 60 * 1000;

type Clock = () => number;

/**
 * The outbox as the screens see it. Items are added only by {@link Drafts.finalize} and removed by the sync
 * engine only after the server acknowledged them; a quarantined item stays until the worker re-queues, edits
 * or (explicitly) discards it.
 */
export class Outbox {
  constructor(private readonly db: CollectorDb, private readonly now: Clock = Date.now) {}

  /** Every item, oldest first. */
  async list(): Promise<OutboxRow[]> {
    return this.db.outbox.orderBy('createdAt').toArray();
  }

  async quarantined(): Promise<OutboxRow[]> {
    return this.db.outbox.where('state').equals('quarantined').sortBy('createdAt');
  }

  /** Counted on the indexes (keys only), so it stays cheap with thousands of items queued. */
  async counts(): Promise<OutboxCounts> {
    return this.db.transaction('r', this.db.outbox, async () => {
      const total = await this.db.outbox.count();
      const quarantined = await this.db.outbox.where('state').equals('quarantined').count();
      const oldest = quarantined === 0 ? await this.db.outbox.orderBy('createdAt').first()
        : await this.db.outbox.orderBy('createdAt').filter(row => row.state !== 'quarantined').first();
      return { pending: total - quarantined, quarantined, oldestPendingAt: oldest?.createdAt ?? null };
    });
  }

  /** A warning when an item has waited more than 3 days to be sent. */
  async ageWarning(): Promise<Msg | null> {
    const { oldestPendingAt } = await this.counts();
    if (oldestPendingAt === null) {
      return null;
    }
    const age = this.now() - Date.parse(oldestPendingAt);
    return age > OLD_OUTBOX_ITEM_MS ? { key: 'outbox.old', params: { days: Math.floor(age / 86_400_000) } } : null;
  }

  /** Sends a quarantined item again as it is (e.g. after a photo was re-attached, or a server-side fix). */
  async requeue(id: string): Promise<void> {
    await guardQuota(() => this.db.transaction('rw', this.db.outbox, async () => {
      const row = await this.db.outbox.get(id);
      if (row?.state === 'quarantined') {
        await this.db.outbox.put({ ...row, state: 'pending', quarantine: null, lastError: null });
      }
    }));
  }

  /**
   * Takes a quarantined item back into a draft to edit, in one transaction. The draft gets a NEW id: the
   * server may already hold the refused content under the old one (a conflict), and a changed content under
   * an old id would be refused again. The server's field errors come along so the form can show them.
   */
  async reopenAsDraft(id: string): Promise<{ draft: DraftRow; errors: FieldError[] }> {
    return guardQuota(() => this.db.transaction('rw', [this.db.outbox, this.db.drafts], async () => {
      const row = await this.db.outbox.get(id);
      if (row === undefined || row.state !== 'quarantined') {
        throw new Error(`outbox item ${id} is not quarantined`);
      }
      const at = iso(this.now());
      const s = row.submission;
      const draft: DraftRow = {
        id: crypto.randomUUID(), subjectType: s.subjectType, formVersion: s.formVersion, subjectId: s.subjectId,
        grid: s.grid, supersedes: s.supersedes, values: s.values, baseSeqs: s.baseSeqs, attachments: row.attachments,
        title: row.title, createdAt: at, updatedAt: at,
      };
      await this.db.drafts.add(draft);
      await this.db.outbox.delete(id);
      return { draft, errors: row.quarantine?.errors ?? [] };
    }));
  }

  /** Deletes a quarantined item: only on the worker's explicit choice (the screen confirms first). */
  async discardQuarantined(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.outbox, async () => {
      const row = await this.db.outbox.get(id);
      if (row?.state === 'quarantined') {
        await this.db.outbox.delete(id);
      }
    });
  }
}

/** The message explaining a quarantined item. */
export function quarantineMessage(q: Quarantine): Msg {
  switch (q.kind) {
    case 'conflict': return { key: 'outbox.quarantined.conflict', params: { code: q.code } };
    case 'invalid': return { key: 'outbox.quarantined.invalid', params: { code: q.code } };
    case 'too-large': return { key: 'outbox.quarantined.tooLarge' };
    case 'attachment-lost': return { key: 'outbox.quarantined.attachmentLost' };
    case 'refused': return { key: 'outbox.quarantined.refused', params: { code: q.code } };
  }
}
