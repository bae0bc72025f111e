// @vitest-environment happy-dom
import '../form/dom-test-setup.js';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCollector, type Collector } from '../index.js';
import { fakeDb } from '../testing/fake-db.js';
import { FakeServer } from '../testing/fake-server.js';
import { CollectorProvider, useCollector } from './context.js';
import { UpdateOffer } from './UpdateOffer.js';

/** A service worker as the page sees it: a state, messages it was sent, statechange events. */
class FakeWorker extends EventTarget {
  readonly messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** The registration with the browser's update steps: a new script installs, then waits while the old one runs. */
class FakeRegistration extends EventTarget {
  active: FakeWorker | null = new FakeWorker('activated');
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  updates = 0;
  async update() {
    this.updates++;
  }
  /** A changed sw.js was found: it installs and then waits (frontend/sw.ts never skips waiting by itself). */
  newVersion(): FakeWorker {
    const worker = new FakeWorker('installing');
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    worker.become('installed');
    return worker;
  }
}

const container = new EventTarget();
let registration: FakeRegistration;

beforeEach(() => {
  registration = new FakeRegistration();
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: Object.assign(container, { getRegistration: async () => registration }),
  });
});
afterEach(cleanup);

/** The layout's part: the offer, and a fill screen that marks a form open as the real one does. */
function App({ collector, formOpen }: { collector: Collector; formOpen: boolean }) {
  return (
    <CollectorProvider collector={collector} initialSession={undefined}>
      <FormFlag open={formOpen} />
      <UpdateOffer reload={reload} />
    </CollectorProvider>
  );
}

function FormFlag({ open }: { open: boolean }) {
  const { setFormOpen } = useCollector();
  useEffect(() => setFormOpen(open), [open, setFormOpen]);
  return null;
}

const reload = vi.fn();

describe('service-worker updates', () => {
  it('wait while a form is open, are offered when none is, and activate and reload only when the worker says yes', async () => {
    const collector = await openCollector({ db: fakeDb(), appVersion: 't', fetch: new FakeServer().fetch, sleep: async () => {} });
    const view = render(<App collector={collector} formOpen />);
    const offer = () => view.container.querySelector('#collect-update');

    // a new version arrives while the worker fills a form: it waits, nobody is asked
    let next!: FakeWorker;
    await act(async () => {
      await Promise.resolve();
      next = registration.newVersion();
    });
    expect(registration.waiting).toBe(next);
    expect(offer()).toBeNull();

    // the form is closed: now the worker is asked
    view.rerender(<App collector={collector} formOpen={false} />);
    await waitFor(() => expect(offer()).not.toBeNull());
    expect(offer()!.textContent).toContain('新版本');

    // "later": not asked again for the same version, even after opening and closing a form
    fireEvent.click(offer()!.querySelector('.of-ask-cancel')!);
    await waitFor(() => expect(offer()).toBeNull());
    view.rerender(<App collector={collector} formOpen />);
    view.rerender(<App collector={collector} formOpen={false} />);
    expect(offer()).toBeNull();
    expect(next.messages).toEqual([]);

    // a newer version: asked again; yes → the waiting worker is told to activate, the page reloads on takeover
    let newer!: FakeWorker;
    await act(async () => {
      newer = registration.newVersion();
    });
    await waitFor(() => expect(offer()).not.toBeNull());
    fireEvent.click(offer()!.querySelector('.of-ask-confirm')!);
    expect(newer.messages).toEqual([{ type: 'ONEFORM_ACTIVATE_UPDATE' }]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a version already waiting when the app opens is offered at once, unless a form is open', async () => {
    const collector = await openCollector({ db: fakeDb(), appVersion: 't', fetch: new FakeServer().fetch, sleep: async () => {} });
    registration.waiting = new FakeWorker('installed');
    const view = render(<App collector={collector} formOpen />);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
    expect(view.container.querySelector('#collect-update')).toBeNull();
    view.rerender(<App collector={collector} formOpen={false} />);
    await waitFor(() => expect(view.container.querySelector('#collect-update')).not.toBeNull());
  });
});
