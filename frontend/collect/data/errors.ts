import type { Msg } from '../i18n/messages.js';

/**
 * The data layer's typed failures. Each carries a message reference ({@link Msg}) the screen renders in the
 * worker's language; none of them means data already stored was lost.
 */
export class CollectorError extends Error {
  constructor(readonly msg: Msg, detail: string, options?: { cause?: unknown }) {
    super(detail, options);
    this.name = new.target.name;
  }
}

/**
 * The device is out of storage (IndexedDB QuotaExceededError): the last write did not happen. The screen shows
 * it at once, while the worker is still in the form, so nothing is left behind unnoticed.
 */
export class StorageFullError extends CollectorError {
  constructor(cause: unknown) {
    super({ key: 'storage.full' }, 'storage quota exceeded', { cause });
  }
}

/** IndexedDB cannot be opened at all (private mode, disabled storage). */
export class StorageUnavailableError extends CollectorError {
  constructor(cause: unknown) {
    super({ key: 'storage.unavailable' }, 'IndexedDB unavailable', { cause });
  }
}

export class DraftNotFoundError extends CollectorError {
  constructor(id: string) {
    super({ key: 'draft.notFound' }, `no draft ${id}`);
  }
}

/** A photo the draft refers to is not (or no longer) in the attachments table. */
export class AttachmentLostError extends CollectorError {
  constructor(readonly sha256: string) {
    super({ key: 'attachment.lost', params: { sha: sha256.slice(0, 8) } }, `attachment ${sha256} is not stored`);
  }
}

/** True for a quota failure however IndexedDB or Dexie wrapped it. */
export function isQuotaError(e: unknown): boolean {
  for (let err: unknown = e, depth = 0; err && depth < 5; depth++) {
    const { name, inner, cause } = err as { name?: string; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') {
      return true;
    }
    err = inner ?? cause;
  }
  return false;
}

/** Runs a write; a quota failure becomes {@link StorageFullError}, anything else passes unchanged. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) {
      throw new StorageFullError(e);
    }
    throw e;
  }
}
