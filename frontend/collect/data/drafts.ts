import { message, type Locale } from '../i18n/messages.js';
import { CollectorDb, iso } from './db.js';
import { AttachmentLostError, DraftNotFoundError, guardQuota } from './errors.js';
import type { DamagedDraftRow, DraftRow, OutboxRow, Values } from './types.js';

export interface NewDraft {
  subjectType: string;
  formVersion: number;
  subjectId: string | null;
  grid: string;
  title: string;
  supersedes?: string | null;
  values?: Values;
  baseSeqs?: Record<string, number>;
  attachments?: string[];
}

export interface DraftList {
  drafts: DraftRow[];
  /** Drafts that could not be read: set aside (never deleted silently), shown with {@link draftDamageMessage}. */
  damaged: DamagedDraftRow[];
}

type Clock = () => number;

/**
 * Drafts: what a worker is filling. Saved often (see {@link DraftAutosaver}), listed defensively (a damaged
 * row is set aside into `damagedDrafts` and the list goes on), finalized into the outbox in one transaction.
 */
export class Drafts {
  constructor(private readonly db: CollectorDb, private readonly now: Clock = Date.now) {}

  /** A new draft, stored at once; its id will be the submission's client UUID. */
  async create(init: NewDraft): Promise<DraftRow> {
    const at = iso(this.now());
    const draft: DraftRow = {
      id: crypto.randomUUID(),
      subjectType: init.subjectType,
      formVersion: init.formVersion,
      subjectId: init.subjectId,
      grid: init.grid,
      supersedes: init.supersedes ?? null,
      values: init.values ?? {},
      baseSeqs: init.baseSeqs ?? {},
      attachments: init.attachments ?? [],
      title: init.title,
      createdAt: at,
      updatedAt: at,
    };
    await guardQuota(() => this.db.drafts.add(draft));
    return draft;
  }

  /**
   * Saves the draft as it is now (one put, strict durability).
   * @throws StorageFullError when the device is full: the previous save is still there
   * @throws DraftNotFoundError when the draft was finalized or discarded meanwhile
   */
  async save(draft: DraftRow): Promise<DraftRow> {
    const saved = { ...draft, updatedAt: iso(this.now()) };
    await guardQuota(() => this.db.transaction('rw', this.db.drafts, async () => {
      // never bring back a draft that was finalized or discarded meanwhile (a late autosave)
      if ((await this.db.drafts.where('id').equals(draft.id).count()) === 0) {
        throw new DraftNotFoundError(draft.id);
      }
      await this.db.drafts.put(saved);
    }));
    return saved;
  }

  /** The draft, or undefined when there is none; a damaged row is set aside and reported as undefined. */
  async get(id: string): Promise<DraftRow | undefined> {
    const row: unknown = await this.db.drafts.get(id);
    if (row === undefined) {
      return undefined;
    }
    const checked = checkDraft(row);
    if ('damage' in checked) {
      await this.setAside(id, checked.damage, row);
      return undefined;
    }
    return checked.draft;
  }

  /** All drafts, newest first; damaged ones are moved aside and listed separately. Never throws on bad rows. */
  async list(): Promise<DraftList> {
    const rows: unknown[] = await this.db.drafts.toArray();
    const drafts: DraftRow[] = [];
    for (const row of rows) {
      const checked = checkDraft(row);
      if ('draft' in checked) {
        drafts.push(checked.draft);
      } else {
        const id = typeof (row as { id?: unknown })?.id === 'string' ? (row as { id: string }).id : null;
        if (id !== null) {
          await this.setAside(id, checked.damage, row);
        }
      }
    }
    drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { drafts, damaged: await this.db.damagedDrafts.toArray() };
  }

  async discard(id: string): Promise<void> {
    await this.db.drafts.delete(id);
  }

  /** Deletes a damaged draft's copy: only when the worker chooses to. */
  async discardDamaged(id: string): Promise<void> {
    await this.db.damagedDrafts.delete(id);
  }

  /**
   * Moves the draft into the outbox in ONE transaction: the outbox row appears and the draft disappears
   * together, or neither happens. Every photo the draft refers to must be stored.
   * @throws DraftNotFoundError, AttachmentLostError (nothing changed), StorageFullError (nothing changed)
   */
  async finalize(id: string, collectedAt: string = iso(this.now())): Promise<OutboxRow> {
    return guardQuota(() => this.db.transaction('rw', [this.db.drafts, this.db.outbox, this.db.attachments], async () => {
      const row: unknown = await this.db.drafts.get(id);
      const checked = row === undefined ? undefined : checkDraft(row);
      if (checked === undefined || !('draft' in checked)) {
        throw new DraftNotFoundError(id);
      }
      const draft = checked.draft;
      const attachments = [...new Set(draft.attachments)];
      const stored = await this.db.attachments.bulkGet(attachments);
      const lost = attachments.find((sha, i) => stored[i] === undefined);
      if (lost !== undefined) {
        throw new AttachmentLostError(lost);
      }
      const item: OutboxRow = {
        id: draft.id,
        submission: {
          id: draft.id,
          subjectType: draft.subjectType,
          formVersion: draft.formVersion,
          subjectId: draft.subjectId,
          grid: draft.grid,
          supersedes: draft.supersedes,
          values: draft.values,
          baseSeqs: draft.baseSeqs,
          collectedAt,
        },
        attachments,
        title: draft.title,
        state: 'pending',
        quarantine: null,
        attempts: 0,
        createdAt: iso(this.now()),
        lastAttemptAt: null,
        lastError: null,
      };
      await this.db.outbox.add(item);
      await this.db.drafts.delete(id);
      return item;
    }));
  }

  private async setAside(id: string, damage: Damage, row: unknown): Promise<void> {
    const damaged: DamagedDraftRow = {
      id, reason: damage.reason, field: damage.field, raw: safeStringify(row), foundAt: iso(this.now()),
    };
    await this.db.transaction('rw', [this.db.drafts, this.db.damagedDrafts], async () => {
      await this.db.damagedDrafts.put(damaged);
      await this.db.drafts.delete(id);
    });
  }
}

interface Damage {
  reason: 'bad-json' | 'bad-shape';
  field: string | null;
}

/**
 * Checks a stored draft's shape. Values saved as a JSON string (an older app, or a hand-repaired row) are
 * parsed; anything unreadable is reported as damage instead of thrown.
 */
export function checkDraft(row: unknown): { draft: DraftRow } | { damage: Damage } {
  if (row === null || typeof row !== 'object') {
    return { damage: { reason: 'bad-shape', field: 'row' } };
  }
  const r = row as Record<string, unknown>;
  let values = r.values;
  if (typeof values === 'string') {
    try {
      values = JSON.parse(values);
    } catch {
      return { damage: { reason: 'bad-json', field: 'values' } };
    }
  }
  const strings = ['id', 'subjectType', 'grid', 'createdAt', 'updatedAt'] as const;
  for (const field of strings) {
    if (typeof r[field] !== 'string') {
      return { damage: { reason: 'bad-shape', field } };
    }
  }
  if (!Number.isInteger(r.formVersion)) {
    return { damage: { reason: 'bad-shape', field: 'formVersion' } };
  }
  if (!isPlainObject(values)) {
    return { damage: { reason: 'bad-shape', field: 'values' } };
  }
  if (r.baseSeqs !== undefined && !isPlainObject(r.baseSeqs)) {
    return { damage: { reason: 'bad-shape', field: 'baseSeqs' } };
  }
  if (r.attachments !== undefined && !(Array.isArray(r.attachments) && r.attachments.every(a => typeof a === 'string'))) {
    return { damage: { reason: 'bad-shape', field: 'attachments' } };
  }
  return {
    draft: {
      id: r.id as string,
      subjectType: r.subjectType as string,
      formVersion: r.formVersion as number,
      subjectId: typeof r.subjectId === 'string' ? r.subjectId : null,
      grid: r.grid as string,
      supersedes: typeof r.supersedes === 'string' ? r.supersedes : null,
      values: values as Values,
      baseSeqs: (r.baseSeqs as Record<string, number>) ?? {},
      attachments: (r.attachments as string[]) ?? [],
      title: typeof r.title === 'string' ? r.title : '',
      createdAt: r.createdAt as string,
      updatedAt: r.updatedAt as string,
    },
  };
}

/** The worker's message for a damaged draft, in the given locale (zh-CN by default). */
export function draftDamageMessage(damaged: DamagedDraftRow, locale?: Locale): string {
  const reason = damaged.reason === 'bad-json'
    ? message('draft.damaged.badJson', {}, locale)
    : message('draft.damaged.badShape', { field: damaged.field ?? '?' }, locale);
  return message('draft.damaged', { reason }, locale);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function safeStringify(row: unknown): string {
  try {
    return JSON.stringify(row) ?? String(row);
  } catch {
    return String(row);
  }
}

export interface AutosaveStatus {
  state: 'saved' | 'pending' | 'saving' | 'failed';
  savedAt: string | null;
  /** A StorageFullError (or another failure) of the last save: show it before the worker leaves the form. */
  error: unknown;
}

/**
 * Saves a draft within a second of every change: a change schedules a save after `delayMs` of quiet, and
 * continuous typing still saves at least every `maxWaitMs`. Saves never overlap; the newest content wins.
 * Call {@link flush} when the form closes (and await it before navigating away).
 */
export class DraftAutosaver {
  private draft: DraftRow;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPendingAt: number | null = null;
  private dirty = false;
  private running: Promise<void> = Promise.resolve();
  private current: AutosaveStatus = { state: 'saved', savedAt: null, error: null };
  private readonly listeners = new Set<(status: AutosaveStatus) => void>();

  constructor(private readonly drafts: Drafts, draft: DraftRow,
              private readonly options: { delayMs?: number; maxWaitMs?: number; now?: Clock } = {}) {
    this.draft = draft;
  }

  get value(): DraftRow {
    return this.draft;
  }

  get status(): AutosaveStatus {
    return this.current;
  }

  subscribe(listener: (status: AutosaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records a change (new values, attachments, title…) and schedules the save. */
  change(patch: Partial<Pick<DraftRow, 'values' | 'baseSeqs' | 'attachments' | 'title'>>): void {
    this.draft = { ...this.draft, ...patch };
    this.dirty = true;
    const now = (this.options.now ?? Date.now)();
    this.firstPendingAt ??= now;
    const delay = Math.max(0, Math.min(this.options.delayMs ?? 300,
      this.firstPendingAt + (this.options.maxWaitMs ?? 1000) - now));
    if (this.timer !== null) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), delay);
    this.emit({ ...this.current, state: 'pending' });
  }

  /** Saves now if anything changed. Rejects with the save's error (e.g. StorageFullError). */
  flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.running = this.running.catch(() => undefined).then(async () => {
      if (!this.dirty) {
        return;
      }
      this.dirty = false;
      this.firstPendingAt = null;
      const snapshot = this.draft;
      this.emit({ ...this.current, state: 'saving' });
      try {
        const saved = await this.drafts.save(snapshot);
        this.emit({ state: this.dirty ? 'pending' : 'saved', savedAt: saved.updatedAt, error: null });
      } catch (e) {
        this.dirty = true;
        this.emit({ ...this.current, state: 'failed', error: e });
        throw e;
      }
    });
    return this.running;
  }

  /** Saves what is pending, then moves the draft into the outbox (see {@link Drafts.finalize}) and stops. */
  async finalize(collectedAt?: string): Promise<OutboxRow> {
    await this.flush();
    const item = await this.drafts.finalize(this.draft.id, collectedAt);
    this.dispose();
    return item;
  }

  /** Stops the timer without saving (the draft was finalized or discarded). */
  dispose(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.listeners.clear();
  }

  private emit(status: AutosaveStatus): void {
    this.current = status;
    for (const listener of this.listeners) {
      listener(status);
    }
  }
}
