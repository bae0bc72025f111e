import type { SyncEngine } from './engine.js';

/**
 * Keeps the collector syncing while the app is open: at once, whenever the browser says it is back online,
 * and every `intervalMs` while it believes it is online. Returns the function that stops it. A run already
 * going is joined, never doubled (SyncEngine.sync), and other tabs wait for the sender lock.
 */
export function autoSync(engine: Pick<SyncEngine, 'sync'>, options: {
  intervalMs?: number;
  target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  online?: () => boolean;
} = {}): () => void {
  const target = options.target ?? globalThis;
  const online = options.online ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const run = () => {
    if (online()) {
      void engine.sync().catch(() => undefined);
    }
  };
  target.addEventListener('online', run);
  const timer = setInterval(run, options.intervalMs ?? 5 * 60_000);
  run();
  return () => {
    clearInterval(timer);
    target.removeEventListener('online', run);
  };
}
