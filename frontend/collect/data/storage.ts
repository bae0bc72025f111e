import type { Msg } from '../i18n/messages.js';
import { CollectorDb } from './db.js';
import { Outbox } from './outbox.js';

/** What the browser granted: `persisted` is null where the Storage API is missing. */
export interface StorageInfo {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function storageManager(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' ? (navigator as Navigator).storage : undefined;
}

/**
 * Asks for persistent storage (so the browser does not evict drafts and the outbox under pressure) and
 * reports the answer and the estimate. Call once after sign-in and show the result; Chromium grants it to
 * installed or often used apps without a prompt.
 */
export async function requestPersistence(storage: StorageManagerLike | undefined = storageManager()): Promise<StorageInfo> {
  if (storage === undefined || typeof storage.persist !== 'function') {
    return { persisted: null, usage: null, quota: null };
  }
  let persisted: boolean;
  try {
    persisted = (await storage.persisted()) || (await storage.persist());
  } catch {
    persisted = false;
  }
  return { persisted, ...(await estimate(storage)) };
}

/** Usage and quota in bytes (null where unknown). */
export async function estimate(storage: StorageManagerLike | undefined = storageManager()): Promise<Pick<StorageInfo, 'usage' | 'quota'>> {
  try {
    const e = await storage?.estimate();
    return { usage: e?.usage ?? null, quota: e?.quota ?? null };
  } catch {
    return { usage: null, quota: null };
  }
}

/**
 * The warnings to keep visible on the collector's main screens: storage not persistent, an outbox item older
 * than three days.
 */
export async function storageWarnings(db: CollectorDb, info: StorageInfo, now: () => number = Date.now): Promise<Msg[]> {
  const warnings: Msg[] = [];
  if (info.persisted === false || info.persisted === null) {
    warnings.push({ key: 'storage.notPersistent' });
  }
  const old = await new Outbox(db, now).ageWarning();
  if (old !== null) {
    warnings.push(old);
  }
  return warnings;
}
