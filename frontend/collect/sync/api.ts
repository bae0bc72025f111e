import type { FieldError, ItemResult, SubmissionPayload } from '../data/types.js';

/**
 * The sync API over fetch (/work/contracts/collector-api.md; the server side is app/.../collect). Every
 * failure becomes an {@link HttpFailure} whose `kind` tells the engine what to do; answers that are not
 * what the contract says become kind `garbage` (retried later, nothing applied).
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type FailureKind =
  | 'network'       // no answer (offline, connection cut, response lost): retry
  | 'server'        // 5xx: retry
  | 'throttled'     // 429: retry after Retry-After
  | 'garbage'       // an answer that is not the contract's: retry
  | 'unauthorized'  // 401: sign in again, keep everything
  | 'forbidden'     // 403: not a grid worker
  | 'too-large'     // 413: send less
  | 'refused';      // another 4xx: this request will not succeed as it is

export class HttpFailure extends Error {
  constructor(readonly kind: FailureKind, readonly status: number | null, readonly code: string | null,
              detail: string, readonly problem: Record<string, unknown> | null = null,
              readonly retryAfterMs: number | null = null, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = 'HttpFailure';
  }

  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server' || this.kind === 'throttled' || this.kind === 'garbage';
  }
}

export interface SessionResponse {
  token: string;
  tokenType: string;
  expiresAt: string;
  username: string;
  displayName: string;
  grids: string[];
  /** Grid id → display name (servers before 2026-12-03 did not send it: the id is shown then). */
  gridNames: Record<string, string>;
}

export interface AttachmentStatus {
  sha256: string;
  mediaType: string;
  size: number;
  received: number;
  complete: boolean;
}

export interface DownloadAssignment {
  subjectId: string;
  subjectType: string;
  grid: string;
  title: string;
  subtitle: string;
  household: string | null;
  search: { name: string; idLast4: string; address: string };
  values: Record<string, { value: unknown; seq: number; at: string; fresh: boolean }>;
  seq: number;
}

export interface DownloadReturn {
  submissionId: string;
  subjectId: string;
  subjectType: string;
  comment: string;
  by: string;
  byName?: string;
  at: string;
}

export interface DownloadPage {
  cursor: string;
  more: boolean;
  total: number;
  forms: { subjectType: string; version: number }[];
  assignments: DownloadAssignment[];
  removals: string[];
  returns: DownloadReturn[];
  resolvedReturns: string[];
}

export interface OnlineHit {
  subjectId: string;
  subjectType: string;
  grid: string;
  title: string;
  subtitle: string;
  idMasked: string | null;
  phoneMasked: string | null;
}

export interface DeviceStatus {
  deviceId: string;
  pendingOutbox: number;
  quarantined: number;
  oldestPendingAt: string | null;
  lastSyncAt: string | null;
  appVersion: string;
  storagePersistent: boolean | null;
}

const STATUSES = new Set(['accepted', 'duplicate', 'conflict', 'invalid', 'missing-attachment']);

export class SyncApi {
  /**
   * @param baseUrl the server's origin and context path ('' for the same origin), without the trailing slash
   * @param token the current bearer token, or null when signed out
   */
  constructor(private readonly baseUrl: string, private readonly fetchFn: FetchLike,
              private readonly token: () => string | null) {}

  async signIn(username: string, password: string, deviceId: string): Promise<SessionResponse> {
    const body = await this.json('POST', '/api/sync/v1/session', { username, password, deviceId }, false);
    if (!isObject(body) || typeof body.token !== 'string' || typeof body.expiresAt !== 'string') {
      throw garbage('session answer without token');
    }
    return {
      token: body.token, tokenType: String(body.tokenType ?? 'Bearer'), expiresAt: body.expiresAt,
      username: String(body.username ?? username), displayName: String(body.displayName ?? username),
      grids: Array.isArray(body.grids) ? body.grids.map(String) : [],
      gridNames: isObject(body.gridNames)
        ? Object.fromEntries(Object.entries(body.gridNames).filter(([, v]) => typeof v === 'string')) as Record<string, string>
        : {},
    };
  }

  /** One batch; the results are checked to be one per item, in order, with a known status. */
  async submit(items: SubmissionPayload[]): Promise<ItemResult[]> {
    const body = await this.json('POST', '/api/sync/v1/submissions', { submissions: items });
    const results = isObject(body) ? body.results : undefined;
    if (!Array.isArray(results) || results.length !== items.length) {
      throw garbage(`expected ${items.length} results`);
    }
    return results.map((r, i) => {
      if (!isObject(r) || r.id !== items[i].id || typeof r.status !== 'string' || !STATUSES.has(r.status)) {
        throw garbage(`result ${i} does not answer submission ${items[i].id}`);
      }
      return {
        id: r.id, status: r.status as ItemResult['status'], seq: r.seq as number | undefined,
        receivedAt: r.receivedAt as string | undefined, code: typeof r.code === 'string' ? r.code : undefined,
        errors: Array.isArray(r.errors) ? r.errors.map(fieldError) : undefined,
        missingAttachments: Array.isArray(r.missingAttachments) ? r.missingAttachments.map(String) : undefined,
      };
    });
  }

  /** How far an upload came, or null when the server never saw it (404). */
  async attachmentStatus(sha256: string): Promise<AttachmentStatus | null> {
    try {
      return attachmentStatus(await this.json('GET', `/api/sync/v1/attachments/${sha256}`));
    } catch (e) {
      if (e instanceof HttpFailure && e.status === 404) {
        return null;
      }
      throw e;
    }
  }

  /** Sends the bytes of `part` as the attachment's bytes from `offset` on. */
  async putAttachment(sha256: string, mediaType: string, size: number, offset: number, part: Blob): Promise<AttachmentStatus> {
    const response = await this.send('PUT', `/api/sync/v1/attachments/${sha256}`, part, {
      'Content-Type': mediaType, 'Upload-Length': String(size), 'Upload-Offset': String(offset),
    });
    return attachmentStatus(await readJson(response));
  }

  async download(cursor: string | null, limit: number): Promise<DownloadPage> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (cursor !== null) {
      query.set('cursor', cursor);
    }
    const body = await this.json('GET', `/api/sync/v1/download?${query}`);
    if (!isObject(body) || typeof body.cursor !== 'string' || typeof body.more !== 'boolean') {
      throw garbage('download page without cursor');
    }
    const list = (v: unknown) => (Array.isArray(v) ? v : []);
    const page: DownloadPage = {
      cursor: body.cursor, more: body.more, total: typeof body.total === 'number' ? body.total : 0,
      forms: list(body.forms), assignments: list(body.assignments), removals: list(body.removals).map(String),
      returns: list(body.returns), resolvedReturns: list(body.resolvedReturns).map(String),
    };
    if (!page.assignments.every(a => isObject(a) && typeof a.subjectId === 'string' && typeof a.subjectType === 'string')
      || !page.forms.every(f => isObject(f) && typeof f.subjectType === 'string' && Number.isInteger(f.version))
      || !page.returns.every(r => isObject(r) && typeof r.submissionId === 'string')) {
      throw garbage('download page with malformed entries');
    }
    return page;
  }

  async form(subjectType: string, version: number): Promise<{ definition: unknown; etag: string | null }> {
    const response = await this.send('GET',
      `/api/sync/v1/forms/${encodeURIComponent(subjectType)}/versions/${version}`);
    const definition = await readJson(response);
    if (!isObject(definition)) {
      throw garbage('form definition is not an object');
    }
    return { definition, etag: response.headers.get('ETag') };
  }

  /** The server's roster search over the worker's grids (online only); junk queries give no hits. */
  async search(q: string, limit = 20): Promise<OnlineHit[]> {
    const body = await this.json('GET', `/api/sync/v1/search?${new URLSearchParams({ q, limit: String(limit) })}`);
    const hits = isObject(body) ? body.hits : undefined;
    if (!Array.isArray(hits) || !hits.every(h => isObject(h) && typeof h.subjectId === 'string')) {
      throw garbage('search answer without hits');
    }
    return hits as OnlineHit[];
  }

  async deviceStatus(status: DeviceStatus): Promise<void> {
    await this.send('POST', '/api/sync/v1/device-status', JSON.stringify(status), { 'Content-Type': 'application/json' });
  }

  private async json(method: string, path: string, body?: unknown, auth = true): Promise<unknown> {
    const response = await this.send(method, path, body === undefined ? undefined : JSON.stringify(body),
      body === undefined ? {} : { 'Content-Type': 'application/json' }, auth);
    return readJson(response);
  }

  private async send(method: string, path: string, body?: BodyInit, headers: Record<string, string> = {},
                     auth = true): Promise<Response> {
    const all: Record<string, string> = { Accept: 'application/json, application/problem+json', ...headers };
    const token = auth ? this.token() : null;
    if (token !== null) {
      all.Authorization = `Bearer ${token}`;
    }
    let response: Response;
    try {
      response = await this.fetchFn(this.baseUrl + path, { method, headers: all, body, credentials: 'omit' });
    } catch (e) {
      throw new HttpFailure('network', null, null, `no answer to ${method} ${path}`, null, null, { cause: e });
    }
    if (response.ok) {
      return response;
    }
    const problem = await readProblem(response);
    const code = typeof problem?.code === 'string' ? problem.code : null;
    const detail = `${method} ${path}: ${response.status}${code ? ` ${code}` : ''}`;
    const status = response.status;
    const kind: FailureKind = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 413 ? 'too-large'
      : status === 429 ? 'throttled' : status >= 500 ? 'server' : status === 408 ? 'network' : 'refused';
    throw new HttpFailure(kind, status, code, detail, problem, retryAfter(response.headers.get('Retry-After')));
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') {
    return null;
  }
  if (/^\d+$/.test(header.trim())) {
    return Number(header.trim()) * 1000;
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) {
    return null;
  }
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    throw new HttpFailure('network', response.status, null, 'the answer was cut off', null, null, { cause: e });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpFailure('garbage', response.status, null, `not JSON: ${text.slice(0, 80)}`, null, null, { cause: e });
  }
}

async function readProblem(response: Response): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = JSON.parse(await response.text());
    return isObject(body) ? body : null;
  } catch {
    return null;
  }
}

function attachmentStatus(body: unknown): AttachmentStatus {
  if (!isObject(body) || typeof body.received !== 'number' || typeof body.complete !== 'boolean') {
    throw garbage('attachment status without received/complete');
  }
  return {
    sha256: String(body.sha256), mediaType: String(body.mediaType), size: Number(body.size),
    received: body.received, complete: body.complete,
  };
}

function fieldError(e: unknown): FieldError {
  const r = isObject(e) ? e : {};
  return {
    field: String(r.field ?? ''), path: typeof r.path === 'string' ? r.path : null, code: String(r.code ?? ''),
    message: String(r.message ?? ''),
  };
}

function garbage(detail: string): HttpFailure {
  return new HttpFailure('garbage', null, null, detail);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
