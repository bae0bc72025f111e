/**
 * What the collector screens decide, without React or IndexedDB: the state of each assignment on the worker's
 * list, the list's filters, the title of a new subject, a subject's history, and when a waiting service
 * worker may be offered. Tested in logic.test.ts. See docs/decisions/0021-collector-screens.md.
 */
import type { DuplicateReason } from '../search/duplicates.js';
import type { AssignmentRow, DraftRow, JsonValue, OutboxRow, ReturnRow, SentRow, SessionRow, Values } from '../data/types.js';
import type { ScreenKey } from './messages.js';

export const SUBJECT_TYPES = ['household', 'resident', 'place'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** Where an assignment stands for this worker, most urgent first. */
export type SubjectState = 'returned' | 'draft' | 'outbox' | 'sent' | 'not-visited';
export const SUBJECT_STATES: readonly SubjectState[] = ['not-visited', 'draft', 'outbox', 'returned', 'sent'];

export const STATE_KEY: Record<SubjectState, ScreenKey> = {
  'not-visited': 'state.notVisited', draft: 'state.draft', outbox: 'state.outbox', returned: 'state.returned',
  sent: 'state.sent',
};

/** What the device knows about the worker's work, indexed by subject id. */
export interface WorkIndex {
  drafts: Map<string, DraftRow[]>;
  outbox: Map<string, OutboxRow[]>;
  returns: Map<string, ReturnRow[]>;
  sent: Map<string, SentRow[]>;
}

function group<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k !== null) {
      const list = map.get(k);
      if (list) {
        list.push(row);
      } else {
        map.set(k, [row]);
      }
    }
  }
  return map;
}

export function workIndex(drafts: readonly DraftRow[], outbox: readonly OutboxRow[], returns: readonly ReturnRow[],
                          sent: readonly SentRow[]): WorkIndex {
  return {
    drafts: group(drafts, d => d.subjectId),
    outbox: group(outbox, o => o.submission.subjectId),
    returns: group(returns, r => r.subjectId),
    sent: group(sent, s => s.subjectId),
  };
}

/**
 * The state shown on the list: an open return wins (the supervisor is waiting) unless the worker already has
 * a draft or an outbox item answering it; then a draft (work in hand), an outbox item (done, not yet sent),
 * a sent submission, else not visited.
 */
export function subjectState(subjectId: string, work: WorkIndex): SubjectState {
  const drafts = work.drafts.get(subjectId) ?? [];
  const outbox = work.outbox.get(subjectId) ?? [];
  const open = (work.returns.get(subjectId) ?? []).filter(r =>
    !drafts.some(d => d.supersedes === r.submissionId) && !outbox.some(o => o.submission.supersedes === r.submissionId));
  if (open.length > 0) {
    return 'returned';
  }
  if (drafts.length > 0) {
    return 'draft';
  }
  if (outbox.length > 0) {
    return 'outbox';
  }
  return (work.sent.get(subjectId) ?? []).length > 0 ? 'sent' : 'not-visited';
}

export interface ListFilter {
  subjectType: SubjectType | 'all';
  state: SubjectState | 'all';
}

export interface ListRow {
  assignment: AssignmentRow;
  state: SubjectState;
  /** The open return's comment, for a returned subject. */
  comment: string | null;
}

/**
 * The rows of the assignment list: `ordered` is the roster search's order when the worker typed a query,
 * otherwise every assignment (sorted: returned first, then drafts, then by title in Chinese collation).
 */
export function listRows(assignments: readonly AssignmentRow[], work: WorkIndex, filter: ListFilter,
                         searching: boolean): ListRow[] {
  const rows: ListRow[] = [];
  for (const assignment of assignments) {
    if (filter.subjectType !== 'all' && assignment.subjectType !== filter.subjectType) {
      continue;
    }
    const state = subjectState(assignment.subjectId, work);
    if (filter.state !== 'all' && state !== filter.state) {
      continue;
    }
    const comment = state === 'returned' ? (work.returns.get(assignment.subjectId)?.[0]?.comment ?? null) : null;
    rows.push({ assignment, state, comment });
  }
  if (!searching) {
    const rank: Record<SubjectState, number> = { returned: 0, draft: 1, outbox: 3, 'not-visited': 2, sent: 4 };
    const collator = new Intl.Collator('zh-CN');
    rows.sort((a, b) => rank[a.state] - rank[b.state] || collator.compare(a.assignment.title, b.assignment.title)
      || a.assignment.subjectId.localeCompare(b.assignment.subjectId));
  }
  return rows;
}

function text(value: JsonValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The title a new subject's draft and outbox item show: its name, address or place name as typed so far. */
export function newSubjectTitle(subjectType: string, values: Values, fallback: string): string {
  const candidates = subjectType === 'resident' ? ['resident.name']
    : subjectType === 'household' ? ['household.address', 'household.head_name']
      : ['place.name', 'place.address'];
  for (const id of candidates) {
    const value = text(values[id]);
    if (value !== '') {
      return value;
    }
  }
  return fallback;
}

/** The SHA-256 hashes of the photos in the values (top level and inside repeat rows), for the draft's attachments. */
export function photoHashes(values: Values, photoFields: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const visit = (vals: Record<string, JsonValue>) => {
    for (const [id, value] of Object.entries(vals)) {
      if (photoFields.has(id) && typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) {
        found.add(value);
      } else if (Array.isArray(value)) {
        for (const row of value) {
          if (row !== null && typeof row === 'object' && !Array.isArray(row)) {
            visit(row);
          }
        }
      }
    }
  };
  visit(values);
  return [...found];
}

/** One line of a subject's history on the detail screen, newest first. */
export interface HistoryEntry {
  kind: 'draft' | 'outbox' | 'quarantined' | 'sent';
  id: string;
  at: string;
  seq: number | null;
}

export function subjectHistory(subjectId: string, work: WorkIndex): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...(work.drafts.get(subjectId) ?? []).map(d => ({ kind: 'draft' as const, id: d.id, at: d.updatedAt, seq: null })),
    ...(work.outbox.get(subjectId) ?? []).map(o => ({
      kind: o.state === 'quarantined' ? 'quarantined' as const : 'outbox' as const, id: o.id, at: o.createdAt, seq: null,
    })),
    ...(work.sent.get(subjectId) ?? []).map(s => ({ kind: 'sent' as const, id: s.id, at: s.sentAt, seq: s.seq })),
  ];
  return entries.sort((a, b) => b.at.localeCompare(a.at));
}

/** The open return of a subject the worker has not yet answered (a resubmission supersedes it). */
export function openReturn(subjectId: string, work: WorkIndex): ReturnRow | null {
  return subjectState(subjectId, work) === 'returned' ? (work.returns.get(subjectId)?.[0] ?? null) : null;
}

export const DUPLICATE_REASON_KEY: Record<DuplicateReason, ScreenKey> = {
  'same-id-number': 'dup.reason.idNumber',
  'same-name-and-birth-date': 'dup.reason.nameBirthDate',
  'same-address': 'dup.reason.address',
  'same-place-name': 'dup.reason.placeName',
};

/**
 * A waiting service worker is offered only when no form is open (an update reloads the page) and the worker
 * has not just said "later" to the same version.
 */
export function mayOfferUpdate(waiting: boolean, formOpen: boolean, dismissed: boolean): boolean {
  return waiting && !formOpen && !dismissed;
}

/** A date-time in the worker's language and the tablet's time zone, like the sync line (statusLine). */
export function formatTime(iso: string | null, locale: string): string {
  if (iso === null) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return shortDateTime(date, locale);
}

export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric',
    day: 'numeric' }).format(date);
}

/** A prefill value as one line of text (the subject screen; the form shows its own). */
export function plainValue(value: JsonValue): string {
  if (value === null) {
    return '—';
  }
  if (Array.isArray(value)) {
    return value.every(v => typeof v !== 'object' || v === null) ? value.join('、') : `${value.length} 行`;
  }
  if (typeof value === 'object') {
    if (typeof value.lat === 'number' && typeof value.lon === 'number') {
      return `${value.lat.toFixed(5)}, ${value.lon.toFixed(5)}`;
    }
    return JSON.stringify(value);
  }
  if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) {
    return '📷';
  }
  return String(value);
}

export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) {
    return '?';
  }
  if (n < 1024 * 1024) {
    return `${Math.round(n / 1024)} KB`;
  }
  if (n < 1024 * 1024 * 1024) {
    return `${(n / 1024 / 1024).toFixed(1)} MB`;
  }
  return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

/** The field id of a server error path (`household.members[1].household.member_age` → `household.member_age`). */
export function fieldIdOf(path: string): string {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  return parts.length >= 2 ? parts.slice(-2).join('.') : path;
}

/** Punctuation around a count or a label in the worker's language: `（3）` / ` (3)`, `：` / `: `. */
export function paren(locale: string, text: string | number): string {
  return locale === 'en' ? ` (${text})` : `（${text}）`;
}

export function colon(locale: string): string {
  return locale === 'en' ? ': ' : '：';
}

/** The worker's grids as the list shows them: their names (the id when the session predates names). */
export function gridNames(session: Pick<SessionRow, 'grids' | 'gridNames'>): string[] {
  return session.grids.map(id => session.gridNames?.[id] || id);
}

/**
 * A server field error as a list line: the field's label, then the message without the label when the server's
 * message already starts with it (its texts read "{label}：{reason}"), so the label is never shown twice.
 */
export function errorLine(label: string, message: string): { label: string; text: string } {
  const text = label !== '' && message.startsWith(label) ? message.slice(label.length).replace(/^\s*[:：]\s*/, '') : message;
  return { label, text };
}

/** "12月3日 20:49" in Chinese (Intl gives "12/3 20:49"), "Dec 3, 20:49" in English; the device's time zone. */
export function shortDateTime(date: Date, locale: string): string {
  if (locale !== 'en') {
    const hm = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
    return `${date.getMonth() + 1}月${date.getDate()}日 ${hm}`;
  }
  return new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}
