/**
 * The service-worker update offer of the collector (issue 5 item 9, decision 0021 §8): a new worker waits
 * (frontend/sw.ts); it is offered only while no form is open, and not again after "later" for the same worker.
 * Yes → the waiting worker is told to activate, and the page reloads when it has taken control.
 */
import { useEffect, useState } from 'react';
import { Ask } from './Ask.js';
import { useCollector } from './context.js';
import { mayOfferUpdate } from './logic.js';

/** How often an open app asks the server for a new service worker. */
export const UPDATE_CHECK_MS = 30 * 60_000;

/**
 * A new service worker waits (frontend/sw.ts); it is offered only while no form is open. Yes → the waiting
 * worker is told to activate, and the page reloads when it has taken control.
 */
export function UpdateOffer({ reload = () => location.reload() }: { reload?: () => void } = {}) {
  const { formOpen, tr } = useCollector();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const [dismissed, setDismissed] = useState<ServiceWorker | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) {
      return undefined;
    }
    let live = true;
    let registration: ServiceWorkerRegistration | undefined;
    const check = () => {
      if (live && registration?.waiting && registration.active) {
        setWaiting(registration.waiting);
      }
    };
    const onUpdate = () => {
      const installing = registration?.installing;
      installing?.addEventListener('statechange', check);
    };
    void navigator.serviceWorker.getRegistration().then(r => {
      registration = r;
      r?.addEventListener('updatefound', onUpdate);
      check();
    });
    const timer = setInterval(() => void registration?.update().catch(() => undefined), UPDATE_CHECK_MS);
    return () => {
      live = false;
      clearInterval(timer);
      registration?.removeEventListener('updatefound', onUpdate);
    };
  }, []);
  const open = mayOfferUpdate(waiting !== null, formOpen, waiting !== null && dismissed === waiting);
  return (
    <Ask opened={open} header={tr('update.title')} confirmText={tr('update.yes')}
                   cancelText={tr('update.later')} id="collect-update"
                   onCancel={() => setDismissed(waiting)}
                   onConfirm={() => {
                     navigator.serviceWorker.addEventListener('controllerchange', () => reload(), { once: true });
                     waiting?.postMessage({ type: 'ONEFORM_ACTIVATE_UPDATE' });
                   }}>
      {tr('update.text')}
    </Ask>
  );
}
