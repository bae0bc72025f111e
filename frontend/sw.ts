/// <reference lib="webworker" />
/*
 * OneForm's service worker (replaces Vaadin's generated one).
 *
 * What it does:
 * - precaches the production bundle (Vite's manifest) and what Flow adds at run time, so the
 *   client-side collector routes open with no network;
 * - serves navigations from the network, falling back to the precache (or Flow's offline page);
 * - never caches the sync, forms and feed APIs (/api/**): an answer from a cache could make the
 *   collector believe a submission was acknowledged when it was not;
 * - a new version WAITS instead of taking over: it activates only when a page asks for it
 *   ({type: 'ONEFORM_ACTIVATE_UPDATE'}), which the collector does when no form is open, so an update
 *   never interrupts a grid worker in the middle of a form.
 */

self.__WB_DISABLE_DEV_LOGS = true;
self.importScripts('sw-runtime-resources-precache.js');

import { clientsClaim, cacheNames, type WorkboxPlugin } from 'workbox-core';
import { addPlugins, matchPrecache, precacheAndRoute, getCacheKeyForURL, cleanupOutdatedCaches } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { NetworkOnly, NetworkFirst } from 'workbox-strategies';

declare var self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  __WB_DISABLE_DEV_LOGS: boolean;
  additionalManifestEntries?: Array<PrecacheEntry | string>;
};

declare var OFFLINE_PATH: string; // defined by Vite

declare global {
  interface ImportMeta {
    readonly env: { readonly DEV: boolean; readonly PROD: boolean } & Readonly<Record<string, string | boolean>>;
  }
}

/**
 * The app shell is precached as `collect` (the collector's start page, open to anonymous users), never as `.`:
 * the root is an authenticated Flow page, so fetching it while the worker signs in raced the sign-in (see
 * docs/decisions/0022-collector-precache.md). Vite's manifest and what Flow adds at run time, with the root
 * entry's revision moved to `collect`; every precache request is sent without cookies (below).
 */
const COLLECT_SHELL = 'collect';
const manifestEntries: Array<PrecacheEntry | string> = [];
for (const entry of [...(self.__WB_MANIFEST || []), ...(self.additionalManifestEntries || [])]) {
  const url = typeof entry === 'string' ? entry : entry.url;
  const moved = url === '.' || url === './' || url === '' ? { url: COLLECT_SHELL, revision: typeof entry === 'string' ? null : entry.revision ?? null } : entry;
  const movedUrl = typeof moved === 'string' ? moved : moved.url;
  if (!manifestEntries.some((known) => (typeof known === 'string' ? known : known.url) === movedUrl)) {
    manifestEntries.push(moved);
  }
}

/*
 * The stylesheets AppShell links into every page (@StyleSheet: Lumo and the app's styles.css) are served from
 * the jar, not from Vite's bundle, so they are not in the manifest; without them a shell opened offline is
 * unstyled. They change only with a new build, as the shell does: they get the shell's revision.
 */
const SHELL_STYLESHEETS = ['lumo/lumo.css', 'styles.css'];
const shellEntry = manifestEntries.find((entry) => typeof entry !== 'string' && entry.url === COLLECT_SHELL);
if (shellEntry !== undefined && typeof shellEntry !== 'string') {
  for (const url of SHELL_STYLESHEETS) {
    if (!manifestEntries.some((known) => (typeof known === 'string' ? known : known.url) === url)) {
      manifestEntries.push({ url, revision: shellEntry.revision ?? null });
    }
  }
}

const scope = new URL(self.registration.scope);
// Flow's offline path is the root ('.'); the collector's shell stands in for it (it renders the client routes
// and, for Flow routes, Flow's own "offline" state)
const offlinePath = OFFLINE_PATH === '.' || OFFLINE_PATH === '' ? COLLECT_SHELL : OFFLINE_PATH;

/**
 * Precache requests carry no cookies and store none: a precache request in flight while the worker signs in
 * (the session id rotates) would otherwise come back with a new anonymous session cookie and replace the
 * signed-in one. Nothing precached needs a session.
 */
addPlugins([{
  requestWillFetch: async ({ request }) => new Request(request, { credentials: 'omit' }),
}]);

/** The first install takes control at once; later versions wait for ONEFORM_ACTIVATE_UPDATE. */
self.addEventListener('install', () => {
  if (!self.registration.active) {
    void self.skipWaiting();
  }
});
clientsClaim();
cleanupOutdatedCaches();

self.addEventListener('message', (event) => {
  const data = event.data;
  if (typeof data !== 'object' || data === null) {
    return;
  }
  if (data.type === 'ONEFORM_ACTIVATE_UPDATE') {
    void self.skipWaiting();
  }
  // Flow's ConnectionStateStore asks whether the last fetch failed
  if (data.method === 'Vaadin.ServiceWorker.isConnectionLost' && 'id' in data) {
    event.source?.postMessage({ id: data.id, result: connectionLost }, []);
  }
});

let connectionLost = false;
function connectionPlugin(): WorkboxPlugin {
  return {
    async fetchDidFail({ error }) {
      // a fetch the page aborted (it navigated away, e.g. right after signing in) says nothing about
      // the network; counting it would make Flow open the next page in its offline mode
      if ((error as { name?: string } | undefined)?.name !== 'AbortError') {
        connectionLost = true;
      }
    },
    async fetchDidSucceed({ response }) {
      connectionLost = false;
      return response;
    },
  };
}

const networkOnly = new NetworkOnly({ plugins: [connectionPlugin()] });

/** APIs are never cached. */
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith(`${scope.pathname}api/`), networkOnly);

if (import.meta.env.DEV) {
  self.addEventListener('activate', (event) => event.waitUntil(caches.delete(cacheNames.runtime)));
  registerRoute(
    ({ url }) => url.port === scope.port && url.pathname.startsWith(`${scope.pathname}VAADIN/`),
    new NetworkFirst({ plugins: [connectionPlugin()] }),
  );
}

async function rewriteBaseHref(response: Response) {
  const html = await response.text();
  return new Response(html.replace(/<base\s+href=[^>]*>/, `<base href="${self.registration.scope}">`), response);
}

function isPrecached(url: URL) {
  return manifestEntries.some((entry) => getCacheKeyForURL(typeof entry === 'string' ? entry : entry.url) === getCacheKeyForURL(`${url}`));
}

async function fromCache(url: URL, request: Request) {
  if (url.pathname !== scope.pathname && isPrecached(url)) {
    return matchPrecache(request);
  }
  const fallback = await matchPrecache(offlinePath);
  return fallback ? rewriteBaseHref(fallback) : undefined;
}

registerRoute(
  new NavigationRoute(async (context) => {
    if (!self.navigator.onLine) {
      const cached = await fromCache(context.url, context.request);
      if (cached) {
        return cached;
      }
    }
    try {
      return await networkOnly.handle(context);
    } catch (error) {
      const cached = await fromCache(context.url, context.request);
      if (cached) {
        return cached;
      }
      throw error;
    }
  }),
);

// the shell's stylesheet links carry Flow's content hash (`lumo/lumo.css?v-c=…`): the precached copy answers them
precacheAndRoute(manifestEntries, { ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^v-c$/] });
