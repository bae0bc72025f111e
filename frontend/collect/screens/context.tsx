/**
 * The collector screens' shared state: the opened local store (one per page), the sync state, the session,
 * the language, and whether a form is open (an update waits for that). See docs/decisions/0021.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { openCollector, setLocale as setDataLocale, type Collector, type Locale, type SessionRow, type SyncState } from '../index.js';
import { t, type ScreenKey } from './messages.js';

const LOCALE_KEY = 'oneform.collect.locale';
let opening: Promise<Collector> | null = null;
let open: () => Promise<Collector> = () => openCollector({ appVersion: appVersion() });

/** Replaces how the page's collector is opened (the screens harness opens one on a fake server). */
export function openCollectorWith(opener: () => Promise<Collector>): void {
  open = opener;
  opening = null;
}

/** The one collector of this page (IndexedDB opened once; the sync engine shared by every screen). */
export function collectorOnce(): Promise<Collector> {
  opening ??= open().catch((e: unknown) => {
    opening = null; // a later visit may try again (e.g. after the worker left private mode)
    throw e;
  });
  return opening;
}

function appVersion(): string {
  const meta = typeof document !== 'undefined' ? document.querySelector('meta[name="oneform-version"]') : null;
  return meta?.getAttribute('content') ?? 'collect-1';
}

export interface CollectorContextValue {
  collector: Collector;
  sync: SyncState;
  session: SessionRow | undefined;
  /** Re-reads the session (after sign-in or sign-out). */
  reloadSession(): Promise<SessionRow | undefined>;
  locale: Locale;
  setLocale(locale: Locale): void;
  tr(key: ScreenKey, params?: Record<string, string | number>): string;
  /** Bumped whenever local data may have changed (a sync ended, a draft or outbox item changed): lists re-read. */
  dataVersion: number;
  touch(): void;
  formOpen: boolean;
  setFormOpen(open: boolean): void;
}

const Ctx = createContext<CollectorContextValue | null>(null);

export function useCollector(): CollectorContextValue {
  const value = useContext(Ctx);
  if (value === null) {
    throw new Error('useCollector outside CollectorProvider');
  }
  return value;
}

function initialLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function CollectorProvider({ collector, initialSession, children }: {
  collector: Collector;
  initialSession: SessionRow | undefined;
  children: ReactNode;
}) {
  const [sync, setSync] = useState<SyncState>(() => collector.sync.getState());
  const [session, setSession] = useState(initialSession);
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const [dataVersion, setDataVersion] = useState(0);
  const [formOpen, setFormOpen] = useState(false);

  useEffect(() => {
    setDataLocale(locale);
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    let lastPhase = collector.sync.getState().phase;
    return collector.sync.subscribe(state => {
      setSync(state);
      // a run ended (or counts changed in another tab): lists and the session may have changed
      if (state.phase !== lastPhase || (state.phase !== 'uploading' && state.phase !== 'downloading')) {
        setDataVersion(v => v + 1);
      }
      if (state.phase === 'sign-in-again' && lastPhase !== 'sign-in-again') {
        void collector.downloaded.session().then(setSession);
      }
      lastPhase = state.phase;
    });
  }, [collector]);

  const reloadSession = useCallback(async () => {
    const s = await collector.downloaded.session();
    setSession(s);
    return s;
  }, [collector]);

  const value = useMemo<CollectorContextValue>(() => ({
    collector, sync, session, reloadSession, locale,
    setLocale(next) {
      setLocaleState(next);
      try {
        localStorage.setItem(LOCALE_KEY, next);
      } catch {
        // a private window: the choice lasts for this page
      }
    },
    tr: (key, params) => t(locale, key, params),
    dataVersion,
    touch: () => setDataVersion(v => v + 1),
    formOpen,
    setFormOpen,
  }), [collector, sync, session, reloadSession, locale, dataVersion, formOpen]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** Re-runs `load` whenever local data may have changed; `undefined` until the first result. */
export function useLocalData<T>(load: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const { dataVersion } = useCollector();
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then(v => live && setValue(v), e => console.error('[collect] could not read local data', e));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataVersion, ...deps]);
  return value;
}
