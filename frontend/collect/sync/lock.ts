import type { CollectorDb } from '../data/db.js';

/** The name every tab's sender asks for. */
export const SENDER_LOCK = 'oneform-collector-sender';

/**
 * One sender across tabs: whoever holds the lock uploads and downloads; the others wait. `onWait` is called
 * once when the lock is busy (the screen says another window is syncing).
 */
export interface SenderLock {
  run<T>(work: () => Promise<T>, onWait?: () => void): Promise<T>;
}

type Locks = Pick<LockManager, 'request'>;

/**
 * The Web Locks API where the browser has it (every current one); otherwise a lease row in IndexedDB that the
 * holder renews while it works and that expires if its tab dies. See docs/decisions/0015-collector-sync-engine.md.
 */
export function senderLock(db: CollectorDb, locks: Locks | null | undefined = defaultLocks()): SenderLock {
  return locks ? new WebLocksSenderLock(locks) : new LeaseSenderLock(db);
}

function defaultLocks(): Locks | undefined {
  return typeof navigator !== 'undefined' ? navigator.locks : undefined;
}

export class WebLocksSenderLock implements SenderLock {
  constructor(private readonly locks: Locks) {}

  async run<T>(work: () => Promise<T>, onWait?: () => void): Promise<T> {
    const busy = Symbol('busy');
    const first = await this.locks.request(SENDER_LOCK, { ifAvailable: true },
      async lock => (lock === null ? busy : work()));
    if (first !== busy) {
      return first as T;
    }
    onWait?.();
    return this.locks.request(SENDER_LOCK, () => work()) as Promise<T>;
  }
}

interface Lease {
  owner: string;
  until: number;
}

const LEASE_KEY = 'sender-lease';

/**
 * A lease in the `meta` table: taken in a read-write transaction (IndexedDB serialises those, so two tabs
 * cannot both see it free), renewed every third of its length, released at the end, and taken over once
 * expired (its tab was closed or crashed mid-sync).
 */
export class LeaseSenderLock implements SenderLock {
  private readonly owner = crypto.randomUUID();

  constructor(private readonly db: CollectorDb, private readonly leaseMs = 15_000, private readonly pollMs = 100,
              private readonly now: () => number = Date.now) {}

  async run<T>(work: () => Promise<T>, onWait?: () => void): Promise<T> {
    let waited = false;
    while (!(await this.tryTake())) {
      if (!waited) {
        waited = true;
        onWait?.();
      }
      await new Promise(resolve => setTimeout(resolve, this.pollMs));
    }
    const renew = setInterval(() => void this.tryTake(), this.leaseMs / 3);
    try {
      return await work();
    } finally {
      clearInterval(renew);
      await this.db.transaction('rw', this.db.meta, async () => {
        const lease = (await this.db.meta.get(LEASE_KEY))?.value as Lease | undefined;
        if (lease?.owner === this.owner) {
          await this.db.meta.delete(LEASE_KEY);
        }
      });
    }
  }

  private tryTake(): Promise<boolean> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const lease = (await this.db.meta.get(LEASE_KEY))?.value as Lease | undefined;
      const now = this.now();
      if (lease !== undefined && lease.owner !== this.owner && lease.until > now) {
        return false;
      }
      await this.db.meta.put({ key: LEASE_KEY, value: { owner: this.owner, until: now + this.leaseMs } satisfies Lease });
      return true;
    });
  }
}
