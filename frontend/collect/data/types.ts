/**
 * The rows the collector keeps in IndexedDB and the wire shapes of the sync API
 * (/work/contracts/collector-api.md; app/src/main/java/org/oneform/app/collect/*Dto.java).
 */

/** A field value as the form holds it: scalars, GPS objects, photo hashes, repeat groups (arrays of objects). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type Values = Record<string, JsonValue>;

/** The signed-in device session (one row, key 'current'). */
export interface SessionRow {
  key: 'current';
  token: string;
  tokenType: string;
  expiresAt: string;
  username: string;
  displayName: string;
  grids: string[];
  /** Grid id → display name; absent in sessions stored before names were sent (the list shows the id then). */
  gridNames?: Record<string, string>;
  deviceId: string;
  signedInAt: string;
  /** Set when the server answered 401: the token is dead, the outbox is kept, the worker must sign in again. */
  needsSignIn: boolean;
}

/** A form version's JSON definition exactly as the server sent it (FormVersionDto). */
export interface FormRow {
  subjectType: string;
  version: number;
  definition: unknown;
  etag: string | null;
  fetchedAt: string;
}

/** A prefill value of an assignment with its ledger sequence and freshness. */
export interface PrefillValue {
  value: JsonValue;
  seq: number;
  at: string;
  fresh: boolean;
}

export interface AssignmentRow {
  subjectId: string;
  subjectType: string;
  grid: string;
  title: string;
  subtitle: string;
  household: string | null;
  search: { name: string; idLast4: string; address: string };
  values: Record<string, PrefillValue>;
  seq: number;
  downloadedAt: string;
}

/** A submission the supervisor returned to the worker, with the comment. */
export interface ReturnRow {
  submissionId: string;
  subjectId: string;
  subjectType: string;
  comment: string;
  /** the supervisor's username */
  by: string;
  /** the supervisor's name as people know it (servers before it was sent: absent) */
  byName?: string;
  at: string;
}

/** What a worker is filling: saved within a second of each change. {@code id} becomes the submission's id. */
export interface DraftRow {
  id: string;
  subjectType: string;
  formVersion: number;
  subjectId: string | null;
  grid: string;
  supersedes: string | null;
  values: Values;
  baseSeqs: Record<string, number>;
  /** SHA-256 addresses of the photos the values refer to. */
  attachments: string[];
  /** What the lists show (the subject's name or address). */
  title: string;
  createdAt: string;
  updatedAt: string;
}

/** A draft that could not be read, set aside with the reason and a copy of what was there. */
export interface DamagedDraftRow {
  id: string;
  reason: 'bad-json' | 'bad-shape';
  field: string | null;
  raw: string;
  foundAt: string;
}

/** SubmissionDto on the wire. */
export interface SubmissionPayload {
  id: string;
  subjectType: string;
  formVersion: number;
  subjectId: string | null;
  grid: string;
  supersedes: string | null;
  values: Values;
  baseSeqs: Record<string, number>;
  collectedAt: string;
}

export interface FieldError {
  field: string;
  path?: string | null;
  code: string;
  message: string;
}

export type OutboxState = 'pending' | 'sending' | 'quarantined';

export type QuarantineKind = 'conflict' | 'invalid' | 'too-large' | 'attachment-lost' | 'refused';

/** Why an outbox item is held back: never dropped; the worker edits and re-queues it (or discards it knowingly). */
export interface Quarantine {
  kind: QuarantineKind;
  code: string;
  errors: FieldError[];
  at: string;
}

export interface OutboxRow {
  id: string;
  submission: SubmissionPayload;
  attachments: string[];
  title: string;
  state: OutboxState;
  quarantine: Quarantine | null;
  attempts: number;
  createdAt: string;
  lastAttemptAt: string | null;
  lastError: string | null;
}

/**
 * A submission the server acknowledged (accepted or duplicate), kept as the worker's history: what was sent
 * for which subject and when, with the server's receipt sequence. Values are not kept (the server has them).
 */
export interface SentRow {
  id: string;
  subjectId: string | null;
  subjectType: string;
  grid: string;
  formVersion: number;
  title: string;
  supersedes: string | null;
  collectedAt: string;
  sentAt: string;
  status: 'accepted' | 'duplicate';
  seq: number | null;
}

/** A photo, by the SHA-256 of its bytes. {@code uploaded} once the server said complete. */
export interface AttachmentRow {
  sha256: string;
  mediaType: string;
  size: number;
  blob: Blob;
  createdAt: string;
  uploaded: boolean;
}

/** Key-value rows: deviceId, download, sync, forms, lease. */
export interface MetaRow {
  key: string;
  value: unknown;
}

export interface DownloadMeta {
  cursor: string | null;
  lastDownloadAt: string | null;
  /** Whose grids the cursor belongs to. */
  username?: string;
}

export interface SyncMeta {
  lastSyncAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

/** ItemResultDto. */
export interface ItemResult {
  id: string;
  status: 'accepted' | 'duplicate' | 'conflict' | 'invalid' | 'missing-attachment';
  seq?: number;
  receivedAt?: string;
  code?: string;
  errors?: FieldError[];
  missingAttachments?: string[];
}
