/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff and Jitter"): the n-th
 * retry waits a random time in [0, min(cap, base·2ⁿ)], so a crowd of tablets coming back online at once does
 * not hammer the server in step. A server's Retry-After is a floor.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** Consecutive failed attempts of one request before a sync run gives up (it is tried again next run). */
  maxRetries: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 60_000, maxRetries: 6 };

export function backoffDelay(policy: BackoffPolicy, attempt: number, random: () => number,
                             retryAfterMs: number | null = null): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs === null ? jittered : Math.max(retryAfterMs, jittered);
}
