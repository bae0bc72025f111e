import type { FieldError, SubmissionPayload } from '../data/types.js';
import type { DownloadAssignment, DownloadReturn, FetchLike } from '../sync/api.js';
import { sha256Hex } from '../data/attachments.js';

/**
 * Test and benchmark support: the collector API of /work/contracts/collector-api.md as an in-process fake
 * `fetch`, with the server's rules (idempotent by submission id, conflicts on other content, per-item results,
 * content-addressed resumable attachments checked by hash, paged downloads) and knobs for trouble: dropped
 * answers after processing, failed requests, scripted statuses, cut uploads, revoked tokens.
 */

interface LedgerEntry {
  content: string;
  seq: number;
  receivedAt: string;
}

interface StoredAttachment {
  mediaType: string;
  size: number;
  bytes: Uint8Array;
  received: number;
  complete: boolean;
}

type Change =
  | { kind: 'assignment'; assignment: DownloadAssignment }
  | { kind: 'removal'; subjectId: string }
  | { kind: 'return'; ret: DownloadReturn }
  | { kind: 'resolved'; submissionId: string };

export interface Chaos {
  /** Probability that an answer is dropped after the server processed the request. */
  dropAfterProcessing: number;
  /** Probability that a request fails before reaching the server (connection refused / 503). */
  failBefore: number;
  random: () => number;
}

export class FakeServer {
  readonly users = new Map<string, { password: string; displayName: string; grids: string[] }>([
    ['worker1', { password: 'secret', displayName: '测试网格员', grids: ['g1'] }],
    ['worker2', { password: 'secret', displayName: '测试网格员二', grids: ['g2'] }],
  ]);
  readonly tokens = new Map<string, string>();
  readonly ledger = new Map<string, LedgerEntry>();
  /** How many times each id was accepted as new: exactly-once means every value is 1. */
  readonly acceptedTimes = new Map<string, number>();
  readonly attachments = new Map<string, StoredAttachment>();
  readonly deviceStatuses: unknown[] = [];
  readonly requests: { method: string; path: string; query: string; status: number | 'dropped' | 'failed' }[] = [];
  readonly changes: Change[] = [];
  readonly forms = new Map<string, unknown>();
  currentForms: { subjectType: string; version: number }[] = [];
  /** Field errors for a submission, or null when it is valid. */
  validate: (s: SubmissionPayload) => { code: string; errors: FieldError[] } | null = () => null;
  chaos: Chaos | null = null;
  /** Statuses to answer the next requests with (before processing), e.g. [503, 503]. */
  script: { status: number; headers?: Record<string, string>; body?: string; path?: RegExp }[] = [];
  /** Cut the connection after this many bytes of the next attachment PUT (the bytes before are kept). */
  cutNextAttachmentAfter: number | null = null;
  inFlightSubmits = 0;
  maxInFlightSubmits = 0;
  /** Delay of each submissions POST, to make overlapping senders visible. */
  submitDelayMs = 0;
  private seq = 0;

  readonly fetch: FetchLike = async (input, init = {}) => {
    const url = new URL(input, 'http://collector.test');
    const method = (init.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const scripted = this.script.findIndex(s => s.path === undefined || s.path.test(path));
    if (scripted >= 0) {
      const [s] = this.script.splice(scripted, 1);
      this.requests.push({ method, path, query: url.search, status: s.status });
      return new Response(s.body ?? JSON.stringify({ type: 'about:blank', status: s.status, code: 'scripted' }),
        { status: s.status, headers: { 'Content-Type': 'application/problem+json', ...s.headers } });
    }
    if (this.chaos && this.chaos.random() < this.chaos.failBefore) {
      this.requests.push({ method, path, query: url.search, status: 'failed' });
      throw new TypeError('fetch failed');
    }
    let response: Response;
    try {
      response = await this.handle(method, path, url.searchParams, init);
    } catch (e) {
      this.requests.push({ method, path, query: url.search, status: 'failed' });
      throw e;
    }
    if (this.chaos && this.chaos.random() < this.chaos.dropAfterProcessing) {
      this.requests.push({ method, path, query: url.search, status: 'dropped' });
      throw new TypeError('fetch failed: connection reset after the request was processed');
    }
    this.requests.push({ method, path, query: url.search, status: response.status });
    return response;
  };

  /** Adds an assignment to the download (a new change after every cursor handed out so far). */
  assign(assignment: DownloadAssignment): void {
    this.changes.push({ kind: 'assignment', assignment });
  }

  remove(subjectId: string): void {
    this.changes.push({ kind: 'removal', subjectId });
  }

  returnSubmission(ret: DownloadReturn): void {
    this.changes.push({ kind: 'return', ret });
  }

  resolveReturn(submissionId: string): void {
    this.changes.push({ kind: 'resolved', submissionId });
  }

  publishForm(subjectType: string, version: number, definition: unknown): void {
    this.forms.set(`${subjectType}/${version}`, definition);
    this.currentForms = [...this.currentForms.filter(f => f.subjectType !== subjectType), { subjectType, version }];
  }

  revokeAll(): void {
    this.tokens.clear();
  }

  private async handle(method: string, path: string, query: URLSearchParams, init: RequestInit): Promise<Response> {
    if (method === 'POST' && path === '/api/sync/v1/session') {
      const body = JSON.parse(String(init.body));
      const user = this.users.get(body.username);
      if (user === undefined || user.password !== body.password) {
        return problem(401, 'bad-credentials');
      }
      const token = crypto.randomUUID();
      this.tokens.set(token, body.username);
      return json(200, { token, tokenType: 'Bearer', expiresAt: '2099-01-01T00:00:00Z', username: body.username,
        displayName: user.displayName, grids: user.grids,
        gridNames: Object.fromEntries(user.grids.map(g => [g, `示范网格${g}（虚构）`])) });
    }
    const auth = new Headers(init.headers).get('Authorization') ?? '';
    if (!this.tokens.has(auth.replace(/^Bearer /, ''))) {
      return problem(401, 'unauthorized');
    }
    if (method === 'POST' && path === '/api/sync/v1/submissions') {
      this.inFlightSubmits++;
      this.maxInFlightSubmits = Math.max(this.maxInFlightSubmits, this.inFlightSubmits);
      try {
        if (this.submitDelayMs > 0) {
          await new Promise(resolve => setTimeout(resolve, this.submitDelayMs));
        }
        const body = JSON.parse(String(init.body));
        if (!Array.isArray(body.submissions) || body.submissions.length === 0 || body.submissions.length > 500) {
          return problem(400, 'invalid-property');
        }
        return json(200, { results: body.submissions.map((s: SubmissionPayload) => this.receive(s)) });
      } finally {
        this.inFlightSubmits--;
      }
    }
    const attachment = path.match(/^\/api\/sync\/v1\/attachments\/([0-9a-f]{64})$/);
    if (attachment && method === 'GET') {
      const a = this.attachments.get(attachment[1]);
      return a === undefined ? problem(404, 'unknown-attachment')
        : json(200, { sha256: attachment[1], mediaType: a.mediaType, size: a.size, received: a.received, complete: a.complete });
    }
    if (attachment && method === 'PUT') {
      return this.receivePart(attachment[1], new Headers(init.headers), init.body as Blob);
    }
    if (method === 'GET' && path === '/api/sync/v1/download') {
      return this.download(query);
    }
    const form = path.match(/^\/api\/sync\/v1\/forms\/([^/]+)\/versions\/(\d+)$/);
    if (form && method === 'GET') {
      const definition = this.forms.get(`${decodeURIComponent(form[1])}/${form[2]}`);
      return definition === undefined ? problem(404, 'unknown-form')
        : new Response(JSON.stringify(definition), { status: 200, headers: { ETag: `"${form[1]}-${form[2]}"` } });
    }
    if (method === 'GET' && path === '/api/sync/v1/search') {
      const q = query.get('q') ?? '';
      const hits = q.trim() === '' ? [] : this.changes.flatMap(c => (c.kind === 'assignment' && c.assignment.title.includes(q)
        ? [{ subjectId: c.assignment.subjectId, subjectType: c.assignment.subjectType, grid: c.assignment.grid,
          title: c.assignment.title, subtitle: c.assignment.subtitle, idMasked: '110***********' + c.assignment.search.idLast4,
          phoneMasked: null }] : []));
      return json(200, { hits: hits.slice(0, Number(query.get('limit') ?? '20')) });
    }
    if (method === 'POST' && path === '/api/sync/v1/device-status') {
      this.deviceStatuses.push(JSON.parse(String(init.body)));
      return new Response(null, { status: 204 });
    }
    return problem(404, 'not-found');
  }

  private receive(s: SubmissionPayload): object {
    const content = canonical({ ...s, id: undefined });
    const known = this.ledger.get(s.id);
    if (known !== undefined) {
      return known.content === content
        ? { id: s.id, status: 'duplicate', seq: known.seq, receivedAt: known.receivedAt }
        : { id: s.id, status: 'conflict', seq: known.seq, code: 'submission-id-conflict' };
    }
    const invalid = this.validate(s);
    if (invalid !== null) {
      return { id: s.id, status: 'invalid', code: invalid.code, errors: invalid.errors };
    }
    const missing = [...photoAddresses(s.values)].filter(sha => !this.attachments.get(sha)?.complete);
    if (missing.length > 0) {
      return { id: s.id, status: 'missing-attachment', missingAttachments: missing };
    }
    const entry = { content, seq: ++this.seq, receivedAt: new Date().toISOString() };
    this.ledger.set(s.id, entry);
    this.acceptedTimes.set(s.id, (this.acceptedTimes.get(s.id) ?? 0) + 1);
    return { id: s.id, status: 'accepted', seq: entry.seq, receivedAt: entry.receivedAt };
  }

  private async receivePart(sha: string, headers: Headers, body: Blob): Promise<Response> {
    const size = Number(headers.get('Upload-Length'));
    const offset = Number(headers.get('Upload-Offset') ?? '0');
    const mediaType = headers.get('Content-Type') ?? '';
    let a = this.attachments.get(sha);
    if (a?.complete) {
      return json(200, { sha256: sha, mediaType: a.mediaType, size: a.size, received: a.size, complete: true });
    }
    if (a === undefined) {
      a = { mediaType, size, bytes: new Uint8Array(size), received: 0, complete: false };
      this.attachments.set(sha, a);
    }
    if (offset !== a.received) {
      return problem(409, 'attachment-offset', { expectedOffset: a.received });
    }
    let bytes = new Uint8Array(await body.arrayBuffer());
    const cut = this.cutNextAttachmentAfter;
    if (cut !== null) {
      this.cutNextAttachmentAfter = null;
      bytes = bytes.slice(0, cut);
      a.bytes.set(bytes, a.received);
      a.received += bytes.length;
      throw new TypeError('fetch failed: connection cut during upload');
    }
    a.bytes.set(bytes, a.received);
    a.received += bytes.length;
    if (a.received === a.size) {
      if ((await sha256Hex(a.bytes)) !== sha) {
        a.received = 0;
        return problem(422, 'attachment-hash-mismatch', { expectedOffset: 0 });
      }
      a.complete = true;
      return json(201, { sha256: sha, mediaType, size, received: size, complete: true });
    }
    return json(200, { sha256: sha, mediaType, size, received: a.received, complete: false });
  }

  /** Forgets the download history, as a server restored from a backup would: old cursors become unknown. */
  resetChanges(changes: Change[] = []): void {
    this.changes.splice(0, this.changes.length, ...changes);
  }

  private download(query: URLSearchParams): Response {
    const from = query.has('cursor') ? Number(query.get('cursor')!.replace(/^c/, '')) : 0;
    if (!Number.isInteger(from) || from < 0 || from > this.changes.length) {
      return problem(400, 'invalid-property', { property: 'cursor' });
    }
    const limit = Number(query.get('limit') ?? '500');
    const page = this.changes.slice(from, from + limit);
    const next = from + page.length;
    return json(200, {
      cursor: `c${next}`, more: next < this.changes.length, total: this.changes.length - from,
      forms: this.currentForms,
      assignments: page.flatMap(c => (c.kind === 'assignment' ? [c.assignment] : [])),
      removals: page.flatMap(c => (c.kind === 'removal' ? [c.subjectId] : [])),
      returns: page.flatMap(c => (c.kind === 'return' ? [c.ret] : [])),
      resolvedReturns: page.flatMap(c => (c.kind === 'resolved' ? [c.submissionId] : [])),
    });
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function problem(status: number, code: string, more: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: `https://oneform.org/problems/${code}`, status, code, ...more }),
    { status, headers: { 'Content-Type': 'application/problem+json' } });
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map(k => [k, v[k]])) : v));
}

function photoAddresses(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) {
    found.add(value);
  } else if (Array.isArray(value)) {
    value.forEach(v => photoAddresses(v, found));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach(v => photoAddresses(v, found));
  }
  return found;
}
