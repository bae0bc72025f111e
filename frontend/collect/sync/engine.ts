import { Attachments } from '../data/attachments.js';
import { CollectorDb, iso } from '../data/db.js';
import { CollectorError, isQuotaError } from '../data/errors.js';
import { Outbox } from '../data/outbox.js';
import type {
  AssignmentRow, AttachmentRow, DownloadMeta, ItemResult, OutboxRow, SentRow, Quarantine, QuarantineKind, ReturnRow,
  SessionRow, SyncMeta,
} from '../data/types.js';
import type { Msg } from '../i18n/messages.js';
import { HttpFailure, SyncApi, type FetchLike, type OnlineHit } from './api.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import { senderLock, type SenderLock } from './lock.js';

/**
 * The collector's sync engine: sign-in, upload of the outbox, download of the worker's grids, the device's
 * status report. One engine per tab; across tabs only one sends at a time ({@link SenderLock}). Its state is
 * observable for the progress bar and the "last sync" line. See docs/decisions/0015-collector-sync-engine.md.
 *
 *   const engine = new SyncEngine({ db, baseUrl: '', appVersion: '1.4.0' });
 *   engine.subscribe(state => render(state));
 *   await engine.signIn('worker1', '…');
 *   const report = await engine.sync();      // never throws for network or server trouble: see report/state
 */

export type SyncPhase =
  | 'idle' | 'signed-out' | 'sign-in-again' | 'waiting-for-other-tab' | 'uploading' | 'downloading' | 'retrying'
  | 'offline' | 'failed';

export interface SyncState {
  phase: SyncPhase;
  /** queued: waiting to be sent now; sent: acknowledged in this run; total: what this run set out to send. */
  upload: { queued: number; sent: number; total: number; quarantined: number };
  download: { received: number; total: number };
  lastSyncAt: string | null;
  /** When phase is 'retrying': how long until the next attempt. */
  retryInMs: number | null;
  /** What went wrong last (null after a clean sync). */
  error: Msg | null;
}

export interface SyncReport {
  outcome: 'synced' | 'sign-in-again' | 'forbidden' | 'offline' | 'failed';
  sent: number;
  quarantined: number;
  downloaded: number;
}

export interface SyncEngineOptions {
  db: CollectorDb;
  /** The server's origin plus context path, '' for the same origin. */
  baseUrl: string;
  appVersion: string;
  fetch?: FetchLike;
  /** Web Locks by default; pass null to use the IndexedDB lease fallback, or any {@link SenderLock}. */
  lock?: SenderLock | null;
  backoff?: Partial<BackoffPolicy>;
  batchSize?: number;
  downloadLimit?: number;
  /** Bytes per attachment PUT (a cut connection loses at most one part). */
  attachmentPartSize?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Whether persistent storage was granted (from requestPersistence), reported to the supervisor. */
  storagePersistent?: () => boolean | null;
  /** Tells the other tabs to refresh their state after a run; null for none. Default: a BroadcastChannel. */
  channel?: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'close'> | null;
}

/** The name of the channel on which tabs tell each other that they synced. */
export const SYNC_CHANNEL = 'oneform-collector-sync';

/** Bad user name or password (401 on sign-in). */
export class SignInRefusedError extends CollectorError {
  constructor(readonly forbidden: boolean, cause: unknown) {
    super({ key: forbidden ? 'sync.forbidden' : 'sync.badCredentials' }, 'sign-in refused', { cause });
  }
}

/** Thrown inside a run to stop it: the session is dead (401) or the account may not sync (403). */
class StopRun extends Error {
  constructor(readonly outcome: 'sign-in-again' | 'forbidden') {
    super(outcome);
  }
}

const MAX_MISSING_ROUNDS = 3;

export class SyncEngine {
  private readonly db: CollectorDb;
  private readonly api: SyncApi;
  private readonly lock: SenderLock;
  private readonly backoff: BackoffPolicy;
  private readonly batchSize: number;
  private readonly downloadLimit: number;
  private readonly partSize: number;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private token: string | null = null;
  private running: Promise<SyncReport> | null = null;
  private state: SyncState = {
    phase: 'idle', upload: { queued: 0, sent: 0, total: 0, quarantined: 0 }, download: { received: 0, total: 0 },
    lastSyncAt: null, retryInMs: null, error: null,
  };
  private readonly listeners = new Set<(state: SyncState) => void>();
  private readonly channel: SyncEngineOptions['channel'];

  constructor(private readonly options: SyncEngineOptions) {
    this.db = options.db;
    this.api = new SyncApi(options.baseUrl, options.fetch ?? ((input, init) => fetch(input, init)), () => this.token);
    this.lock = options.lock ?? senderLock(options.db, options.lock === null ? null : undefined);
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.batchSize = Math.min(options.batchSize ?? 100, 500);
    this.downloadLimit = options.downloadLimit ?? 500;
    this.partSize = options.attachmentPartSize ?? 256 * 1024;
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? (ms => new Promise(resolve => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
    this.channel = options.channel !== undefined ? options.channel
      : typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SYNC_CHANNEL);
    (this.channel as { unref?: () => void } | null)?.unref?.(); // Node: never keeps a process alive
    this.channel?.addEventListener('message', () => void this.refresh().catch(() => undefined));
  }

  /** Stops listening to the other tabs. */
  close(): void {
    this.channel?.close();
  }

  /**
   * The server's roster search (online; the same query understanding as the back office, masked ID and
   * phone). Throws HttpFailure when offline: fall back to the offline {@link RosterIndex}.
   */
  async searchOnline(q: string, limit = 20): Promise<OnlineHit[]> {
    const session = await this.db.session.get('current');
    this.token = session?.needsSignIn ? null : session?.token ?? null;
    return this.api.search(q, limit);
  }

  getState(): SyncState {
    return this.state;
  }

  /** Calls the listener now and on every change; returns the unsubscribe function. */
  subscribe(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Reads counts, last sync time and the session from the store (at start-up and after another tab synced). */
  async refresh(): Promise<SyncState> {
    const session = await this.db.session.get('current');
    const counts = await new Outbox(this.db, this.now).counts();
    const meta = await this.db.getMeta<SyncMeta>('sync');
    const phase: SyncPhase = session === undefined ? 'signed-out' : session.needsSignIn ? 'sign-in-again'
      : this.state.phase === 'signed-out' || this.state.phase === 'sign-in-again' ? 'idle' : this.state.phase;
    this.update({
      phase,
      upload: { ...this.state.upload, queued: counts.pending, quarantined: counts.quarantined },
      lastSyncAt: meta?.lastSyncAt ?? null,
      error: phase === 'sign-in-again' ? { key: 'sync.signInAgain' } : this.state.error,
    });
    return this.state;
  }

  /**
   * Signs the device in; the token is stored. Nothing in the outbox, drafts or downloads is touched.
   * @throws SignInRefusedError on wrong credentials or a non-worker account; HttpFailure when offline
   */
  async signIn(username: string, password: string): Promise<SessionRow> {
    const deviceId = await this.deviceId();
    let answer;
    try {
      answer = await this.api.signIn(username, password, deviceId);
    } catch (e) {
      if (e instanceof HttpFailure && (e.kind === 'unauthorized' || e.kind === 'forbidden')) {
        throw new SignInRefusedError(e.kind === 'forbidden', e);
      }
      throw e;
    }
    const session: SessionRow = {
      key: 'current', ...answer, deviceId, signedInAt: iso(this.now()), needsSignIn: false,
    };
    await this.db.session.put(session);
    this.token = session.token;
    this.update({ phase: 'idle', error: null });
    return session;
  }

  /** Forgets the token; drafts, outbox and downloads stay. */
  async signOut(): Promise<void> {
    await this.db.session.delete('current');
    this.token = null;
    this.update({ phase: 'signed-out' });
  }

  /**
   * Upload, then download, then the device status, under the cross-tab lock. A second call while one runs
   * returns the running one. Network and server trouble are retried with backoff and then reported in the
   * result and the state; they never throw and never lose data.
   */
  sync(): Promise<SyncReport> {
    this.running ??= this.runLocked().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runLocked(): Promise<SyncReport> {
    const report: SyncReport = { outcome: 'synced', sent: 0, quarantined: 0, downloaded: 0 };
    const session = await this.db.session.get('current');
    if (session === undefined || session.needsSignIn || Date.parse(session.expiresAt) <= this.now()) {
      this.update({ phase: session === undefined ? 'signed-out' : 'sign-in-again',
        error: session === undefined ? null : { key: 'sync.signInAgain' } });
      return { ...report, outcome: 'sign-in-again' };
    }
    this.token = session.token;
    return this.lock.run(async () => {
      try {
        await this.upload(report);
        await new Attachments(this.db, this.now).collectGarbage(); // photos of acknowledged submissions
        await this.download(report, session.username);
        const lastSyncAt = iso(this.now());
        await this.db.setMeta('sync', { lastSyncAt, lastError: null, lastErrorAt: null } satisfies SyncMeta);
        this.update({ phase: 'idle', lastSyncAt, retryInMs: null, error: null });
      } catch (e) {
        report.outcome = await this.failed(e);
      }
      await this.reportStatus(session, report);
      this.channel?.postMessage({ type: 'synced', outcome: report.outcome });
      return report;
    }, () => this.update({ phase: 'waiting-for-other-tab' }));
  }

  // ---- upload -------------------------------------------------------------------------------------------

  private async upload(report: SyncReport): Promise<void> {
    const outbox = new Outbox(this.db, this.now);
    const start = await outbox.counts();
    this.update({ phase: 'uploading', upload: { queued: start.pending, sent: 0, total: start.pending,
      quarantined: start.quarantined }, error: null });
    let size = this.batchSize;
    const missingRounds = new Map<string, number>();
    const skipped = new Set<string>();
    let endpointWorks = false;
    let ceiling = this.batchSize;
    for (;;) {
      // oldest first along the createdAt index; the cursor stops after `size` rows, never reads the whole outbox
      const batch = await this.db.outbox.orderBy('createdAt')
        .filter(item => item.state !== 'quarantined' && !skipped.has(item.id)).limit(size).toArray();
      if (batch.length === 0) {
        return;
      }
      const ready = await this.uploadAttachments(batch, report);
      if (ready.length === 0) {
        continue;
      }
      await this.db.transaction('rw', this.db.outbox, async () => {
        for (const item of ready) {
          await this.db.outbox.update(item.id, { state: 'sending', attempts: item.attempts + 1,
            lastAttemptAt: iso(this.now()) });
        }
      });
      let results: ItemResult[];
      try {
        results = await this.retrying(() => this.api.submit(ready.map(item => item.submission)));
      } catch (e) {
        if (!(e instanceof HttpFailure) || (e.kind !== 'too-large' && e.kind !== 'refused')) {
          await this.markPending(ready);
          throw e;
        }
        const at = e.kind === 'refused' ? itemIndex(e) : null;
        if (at !== null && at < ready.length) {
          // the problem names the item: set it aside, send the rest
          await this.quarantine(ready[at], 'refused', e.code ?? String(e.status), problemErrors(e));
          report.quarantined++;
          await this.markPending(ready);
          continue;
        }
        if (ready.length > 1) {
          size = Math.max(1, Math.floor(ready.length / 2)); // narrow down to the item the server will not take
          if (e.kind === 'too-large') {
            ceiling = size; // the server takes no bigger batches: stay below for this run
          }
          await this.markPending(ready);
          continue;
        }
        if (e.kind === 'too-large' || endpointWorks) {
          // this one item is refused while others were taken: set it aside, never drop it
          await this.quarantine(ready[0], e.kind === 'too-large' ? 'too-large' : 'refused', e.code ?? String(e.status),
            problemErrors(e));
          report.quarantined++;
          continue;
        }
        // nothing was taken this run: the request, not an item, is wrong (e.g. a server of another version)
        await this.markPending(ready);
        throw e;
      }
      endpointWorks = true;
      await this.apply(ready, results, report, missingRounds, skipped);
      size = ceiling;
    }
  }

  /** Applies one batch's results in one transaction: only accepted and duplicate leave the outbox. */
  private async apply(batch: OutboxRow[], results: ItemResult[], report: SyncReport,
                      missingRounds: Map<string, number>, skipped: Set<string>): Promise<void> {
    let sent = 0;
    let quarantined = 0;
    await this.db.transaction('rw', [this.db.outbox, this.db.attachments, this.db.returns, this.db.sent], async () => {
      for (let i = 0; i < batch.length; i++) {
        const item = batch[i];
        const result = results[i];
        switch (result.status) {
          case 'accepted':
          case 'duplicate':
            await this.db.outbox.delete(item.id);
            await this.db.sent.put(sentRow(item, result.status, result.seq ?? null, iso(this.now())));
            if (item.submission.supersedes !== null) {
              await this.db.returns.delete(item.submission.supersedes);
            }
            sent++;
            break;
          case 'conflict':
          case 'invalid':
            await this.db.outbox.update(item.id, {
              state: 'quarantined', quarantine: this.quarantineOf(result.status, result.code ?? result.status,
                result.errors ?? []), lastError: result.code ?? result.status,
            });
            quarantined++;
            break;
          case 'missing-attachment': {
            const rounds = (missingRounds.get(item.id) ?? 0) + 1;
            missingRounds.set(item.id, rounds);
            const shas = result.missingAttachments?.length ? result.missingAttachments : item.attachments;
            for (const sha of shas) {
              await this.db.attachments.update(sha, { uploaded: false }); // uploaded again before the resend
            }
            // the server also wants photos the item did not list: send them along from now on
            const attachments = [...new Set([...item.attachments, ...shas])];
            await this.db.outbox.update(item.id, { state: 'pending', attachments, lastError: 'missing-attachment' });
            if (rounds >= MAX_MISSING_ROUNDS) {
              skipped.add(item.id); // try again next run rather than loop now
            }
            break;
          }
        }
      }
    });
    report.sent += sent;
    report.quarantined += quarantined;
    const counts = await new Outbox(this.db, this.now).counts();
    this.update({ upload: { queued: counts.pending, sent: this.state.upload.sent + sent,
      total: Math.max(this.state.upload.total, this.state.upload.sent + sent + counts.pending),
      quarantined: counts.quarantined } });
  }

  /** Uploads every photo of the batch the server does not have; returns the items ready to send. */
  private async uploadAttachments(batch: OutboxRow[], report: SyncReport): Promise<OutboxRow[]> {
    const ready: OutboxRow[] = [];
    for (const item of batch) {
      let refused: Quarantine | null = null;
      for (const sha of item.attachments) {
        const row = await this.db.attachments.get(sha);
        if (row === undefined) {
          refused = this.quarantineOf('attachment-lost', 'attachment-lost', [{ field: sha, code: 'attachment-lost',
            message: sha }]);
          break;
        }
        if (row.uploaded) {
          continue;
        }
        try {
          await this.uploadAttachment(row);
        } catch (e) {
          if (e instanceof HttpFailure && (e.kind === 'refused' || e.kind === 'too-large')) {
            refused = this.quarantineOf('refused', e.code ?? String(e.status), problemErrors(e));
            break;
          }
          throw e;
        }
      }
      if (refused === null) {
        ready.push(item);
      } else {
        await this.db.outbox.update(item.id, { state: 'quarantined', quarantine: refused, lastError: refused.code });
        report.quarantined++;
      }
    }
    return ready;
  }

  /**
   * Resumable upload: ask where the server stands, send the rest in parts. A part whose answer was lost is
   * detected by the server's offset (409 with expectedOffset) and the upload goes on from there; a hash
   * mismatch (bytes garbled on the way) starts over once.
   */
  private async uploadAttachment(row: AttachmentRow): Promise<void> {
    const status = await this.retrying(() => this.api.attachmentStatus(row.sha256));
    let offset = status === null ? 0 : status.complete ? row.size : status.received;
    let restarts = 0;
    while (offset < row.size) {
      const from = offset;
      const part = row.blob.slice(from, Math.min(row.size, from + this.partSize));
      try {
        const after = await this.retrying(() => this.api.putAttachment(row.sha256, row.mediaType, row.size, from, part),
          async () => {
            // after a lost answer the server may have taken the part: resume where it says
            const now = await this.api.attachmentStatus(row.sha256);
            return now !== null && (now.complete || now.received !== from);
          });
        offset = after.complete ? row.size : after.received;
      } catch (e) {
        if (e instanceof ResumeElsewhere || (e instanceof HttpFailure && e.code === 'attachment-offset')) {
          const now = await this.retrying(() => this.api.attachmentStatus(row.sha256));
          offset = now === null ? 0 : now.complete ? row.size : now.received;
          continue;
        }
        if (e instanceof HttpFailure && e.code === 'attachment-hash-mismatch' && restarts++ === 0) {
          offset = 0;
          continue;
        }
        throw e;
      }
    }
    await this.db.attachments.update(row.sha256, { uploaded: true });
  }

  // ---- download -----------------------------------------------------------------------------------------

  /** Pages of deltas since the saved cursor; each page applied in one transaction with its cursor. */
  private async download(report: SyncReport, username: string): Promise<void> {
    const saved = await this.db.getMeta<DownloadMeta>('download');
    // another worker signed in on this tablet: their grids differ, so download from scratch (drafts and
    // outbox stay: they are sent under whoever is signed in when they go)
    let cursor = saved?.username === username ? saved.cursor : null;
    let received = 0;
    // a download from no cursor is complete: what it did not bring is no longer the worker's
    let fullSince = cursor === null ? iso(this.now()) : null;
    this.update({ phase: 'downloading', download: { received: 0, total: 0 } });
    for (;;) {
      let page;
      try {
        page = await this.retrying(() => this.api.download(cursor, this.downloadLimit));
      } catch (e) {
        if (cursor !== null && received === 0 && e instanceof HttpFailure && e.kind === 'refused') {
          cursor = null; // the server no longer knows this cursor (expired, other server): download everything
          fullSince = iso(this.now());
          continue;
        }
        throw e;
      }
      for (const form of page.forms) {
        if ((await this.db.forms.get([form.subjectType, form.version])) === undefined) {
          const { definition, etag } = await this.retrying(() => this.api.form(form.subjectType, form.version));
          await this.db.forms.put({ subjectType: form.subjectType, version: form.version, definition, etag,
            fetchedAt: iso(this.now()) });
        }
      }
      const at = iso(this.now());
      await this.db.transaction('rw', [this.db.assignments, this.db.returns, this.db.meta], async () => {
        await this.db.assignments.bulkPut(page.assignments.map(a => ({
          subjectId: a.subjectId, subjectType: a.subjectType, grid: a.grid, title: a.title ?? '',
          subtitle: a.subtitle ?? '', household: a.household ?? null,
          search: { name: a.search?.name ?? '', idLast4: a.search?.idLast4 ?? '', address: a.search?.address ?? '' },
          values: (a.values ?? {}) as AssignmentRow['values'], seq: a.seq, downloadedAt: at,
        } satisfies AssignmentRow)));
        await this.db.assignments.bulkDelete(page.removals);
        await this.db.returns.bulkPut(page.returns as ReturnRow[]);
        await this.db.returns.bulkDelete(page.resolvedReturns);
        const forms = { ...((await this.db.getMeta<Record<string, number>>('forms')) ?? {}) };
        for (const form of page.forms) {
          forms[form.subjectType] = form.version;
        }
        await this.db.setMeta('forms', forms);
        await this.db.setMeta('download', { cursor: page.cursor, lastDownloadAt: at, username } satisfies DownloadMeta);
      });
      received += page.assignments.length + page.removals.length + page.returns.length + page.resolvedReturns.length;
      report.downloaded = received;
      this.update({ download: { received, total: Math.max(page.total, received) } });
      cursor = page.cursor;
      if (!page.more) {
        if (fullSince !== null) {
          const since = fullSince;
          await this.db.assignments.filter(a => a.downloadedAt < since).delete();
        }
        return;
      }
    }
  }

  // ---- status, errors, retries -------------------------------------------------------------------------

  private async reportStatus(session: SessionRow, report: SyncReport): Promise<void> {
    if (report.outcome === 'sign-in-again' || report.outcome === 'forbidden') {
      return;
    }
    try {
      const counts = await new Outbox(this.db, this.now).counts();
      await this.api.deviceStatus({
        deviceId: session.deviceId, pendingOutbox: counts.pending, quarantined: counts.quarantined,
        oldestPendingAt: counts.oldestPendingAt, lastSyncAt: this.state.lastSyncAt,
        appVersion: this.options.appVersion, storagePersistent: this.options.storagePersistent?.() ?? null,
      });
    } catch (e) {
      if (e instanceof HttpFailure && e.kind === 'unauthorized') {
        report.outcome = await this.failed(new StopRun('sign-in-again'));
      }
      // otherwise the next sync reports again
    }
  }

  private async failed(e: unknown): Promise<SyncReport['outcome']> {
    const error = e instanceof StopRun ? e : e instanceof HttpFailure && e.kind === 'unauthorized'
      ? new StopRun('sign-in-again') : e instanceof HttpFailure && e.kind === 'forbidden' ? new StopRun('forbidden') : e;
    let outcome: SyncReport['outcome'];
    let msg: Msg;
    if (error instanceof StopRun && error.outcome === 'sign-in-again') {
      await this.db.session.update('current', { needsSignIn: true }).catch(() => undefined);
      this.token = null;
      outcome = 'sign-in-again';
      msg = { key: 'sync.signInAgain' };
    } else if (error instanceof StopRun) {
      outcome = 'forbidden';
      msg = { key: 'sync.forbidden' };
    } else if (isQuotaError(error)) {
      outcome = 'failed';
      msg = { key: 'storage.full' };
    } else if (error instanceof HttpFailure && error.kind === 'network') {
      outcome = 'offline';
      msg = { key: 'sync.offline' };
    } else if (error instanceof HttpFailure && error.kind === 'garbage') {
      outcome = 'failed';
      msg = { key: 'sync.garbage' };
    } else if (error instanceof HttpFailure) {
      outcome = 'failed';
      msg = { key: 'sync.serverError', params: { status: error.status ?? '?' } };
    } else {
      outcome = 'failed';
      msg = { key: 'sync.garbage' };
    }
    let upload = this.state.upload;
    try {
      const previous = await this.db.getMeta<SyncMeta>('sync');
      await this.db.setMeta('sync', { lastSyncAt: previous?.lastSyncAt ?? null, lastError: String(error),
        lastErrorAt: iso(this.now()) } satisfies SyncMeta);
      const counts = await new Outbox(this.db, this.now).counts();
      upload = { ...upload, queued: counts.pending, quarantined: counts.quarantined };
    } catch {
      // the store itself is in trouble (full, closed): the state below still tells the worker
    }
    this.update({
      phase: outcome === 'sign-in-again' ? 'sign-in-again' : outcome === 'offline' ? 'offline' : 'failed',
      upload, retryInMs: null, error: msg,
    });
    return outcome;
  }

  /**
   * Runs a request, retrying network trouble, 5xx, 429 and garbage with exponential backoff and jitter
   * (Retry-After as the floor). 401/403 stop the run. `resumeCheck`, when given, runs before a retry and
   * may say the request should not be repeated as it was.
   */
  private async retrying<T>(request: () => Promise<T>, resumeCheck?: () => Promise<boolean>): Promise<T> {
    const phase = this.state.phase;
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await request();
        if (this.state.phase === 'retrying') {
          this.update({ phase, retryInMs: null });
        }
        return result;
      } catch (e) {
        if (e instanceof HttpFailure && (e.kind === 'unauthorized' || e.kind === 'forbidden')) {
          throw new StopRun(e.kind === 'unauthorized' ? 'sign-in-again' : 'forbidden');
        }
        if (!(e instanceof HttpFailure) || !e.retryable || attempt >= this.backoff.maxRetries) {
          throw e;
        }
        const delay = backoffDelay(this.backoff, attempt, this.random, e.retryAfterMs);
        this.update({ phase: 'retrying', retryInMs: delay,
          error: e.kind === 'network' ? { key: 'sync.offline' } : e.kind === 'garbage' ? { key: 'sync.garbage' }
            : { key: 'sync.serverError', params: { status: e.status ?? '?' } } });
        await this.sleep(delay);
        this.update({ phase, retryInMs: null });
        if (resumeCheck !== undefined && (await resumeCheck().catch(() => false))) {
          throw new ResumeElsewhere();
        }
      }
    }
  }

  private async markPending(items: OutboxRow[]): Promise<void> {
    await this.db.transaction('rw', this.db.outbox, async () => {
      for (const item of items) {
        const row = await this.db.outbox.get(item.id);
        if (row?.state === 'sending') {
          await this.db.outbox.update(item.id, { state: 'pending' });
        }
      }
    });
  }

  private async quarantine(item: OutboxRow, kind: QuarantineKind, code: string, errors: Quarantine['errors']): Promise<void> {
    await this.db.outbox.update(item.id, { state: 'quarantined', quarantine: this.quarantineOf(kind, code, errors),
      lastError: code });
  }

  private quarantineOf(kind: QuarantineKind, code: string, errors: Quarantine['errors']): Quarantine {
    return { kind, code, errors, at: iso(this.now()) };
  }

  private async deviceId(): Promise<string> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const existing = await this.db.getMeta<string>('deviceId');
      if (existing !== undefined) {
        return existing;
      }
      const id = crypto.randomUUID();
      await this.db.setMeta('deviceId', id);
      return id;
    });
  }

  private update(patch: Partial<SyncState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) {
      listener(this.state);
    }
  }
}

/** The part's answer was lost and the server has moved on: re-read the offset instead of resending. */
class ResumeElsewhere extends Error {}

/** The index of the item a batch problem names (`property: "submissions[3].id"`), else null. */
function itemIndex(e: HttpFailure): number | null {
  const property = e.problem?.property;
  const match = typeof property === 'string' ? /^submissions\[(\d+)\]/.exec(property) : null;
  return match === null ? null : Number(match[1]);
}

function problemErrors(e: HttpFailure): Quarantine['errors'] {
  const errors = e.problem?.errors;
  if (Array.isArray(errors)) {
    return errors.map(x => ({ field: String(x?.field ?? ''), path: x?.path ?? null, code: String(x?.code ?? ''),
      message: String(x?.message ?? '') }));
  }
  const field = e.problem?.property ?? e.problem?.field;
  return [{ field: typeof field === 'string' ? field : '', code: e.code ?? String(e.status),
    message: String(e.problem?.detail ?? e.message) }];
}

/** The history row of an acknowledged outbox item. */
function sentRow(item: OutboxRow, status: 'accepted' | 'duplicate', seq: number | null, sentAt: string): SentRow {
  const s = item.submission;
  return { id: item.id, subjectId: s.subjectId, subjectType: s.subjectType, grid: s.grid, formVersion: s.formVersion,
    title: item.title, supersedes: s.supersedes, collectedAt: s.collectedAt, sentAt, status, seq };
}
