/**
 * The frame of every /collect screen: opens the local store, keeps the worker signed in (offline with a
 * session goes straight in), the top bar, the always-visible sync status line with warnings and progress,
 * the calm "请重新登录" banner after a 401, automatic sync, and the service-worker update offer.
 */
import { Button } from '@vaadin/react-components/Button.js';
import { ProgressBar } from '@vaadin/react-components/ProgressBar.js';
import { useEffect, useState } from 'react';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { autoSync, render, statusLine, type Collector, type Msg, type SessionRow } from '../index.js';
import { warmUpFormRenderer } from '../form/index.js';
import { collectorOnce, CollectorProvider, useCollector, useLocalData } from './context.js';
import { bytes } from './logic.js';
import { t } from './messages.js';
import { screensCss } from './styles.js';
import { UpdateOffer } from './UpdateOffer.js';

type Opened = { collector: Collector; session: SessionRow | undefined } | { error: unknown };

export default function CollectorLayout() {
  const [opened, setOpened] = useState<Opened | null>(null);
  useEffect(() => {
    collectorOnce().then(async collector => setOpened({ collector, session: await collector.downloaded.session() }),
      error => setOpened({ error }));
  }, []);
  if (opened === null) {
    return <Frame><div className="of-center">{t('zh-CN', 'app.loading')}</div></Frame>;
  }
  if ('error' in opened) {
    const e = opened.error as { msg?: Msg; message?: string };
    return (
      <Frame>
        <div className="of-center of-err" role="alert">
          {e.msg ? render(e.msg) : t('zh-CN', 'error.storage', { reason: String(e.message ?? e) })}
        </div>
      </Frame>
    );
  }
  return (
    <CollectorProvider collector={opened.collector} initialSession={opened.session}>
      <Shell />
    </CollectorProvider>
  );
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <div className="of-collect">
      <style href="oneform-collect-screens" precedence="default">{screensCss}</style>
      {children}
    </div>
  );
}

function Shell() {
  const { collector, session, sync, tr, locale, setLocale, formOpen } = useCollector();
  const location = useLocation();
  const onSignIn = location.pathname.endsWith('/collect/signin');

  // sync while the app is open and signed in: at once, when the network returns, every 5 minutes
  const signedIn = session !== undefined && !session.needsSignIn;
  useEffect(() => (signedIn ? autoSync(collector.sync) : undefined), [collector, signedIn]);
  useEffect(() => {
    const idle = (globalThis as { requestIdleCallback?: (f: () => void) => number }).requestIdleCallback;
    (idle ?? ((f: () => void) => setTimeout(f, 500)))(() => warmUpFormRenderer());
  }, []);

  if (session === undefined && !onSignIn) {
    return <Navigate to="/collect/signin" replace />;
  }
  const running = sync.phase === 'uploading' || sync.phase === 'downloading' || sync.phase === 'waiting-for-other-tab'
    || sync.phase === 'retrying';
  return (
    <Frame>
      <header className="of-top">
        <h1>{tr('app.title')}</h1>
        {session !== undefined && !formOpen ? (
          <nav>
            <NavLink to="/collect" end>{tr('nav.assignments')}</NavLink>
            <NavLink to="/collect/new">{tr('nav.new')}</NavLink>
            <NavLink to="/collect/outbox">{tr('nav.outbox')}
              {sync.upload.queued + sync.upload.quarantined > 0
                ? <span className="of-count">{sync.upload.queued + sync.upload.quarantined}</span> : null}
            </NavLink>
          </nav>
        ) : <nav />}
        <Button className="of-lang" theme="tertiary-inline" id="collect-language"
                onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>{tr('app.language')}</Button>
        {session !== undefined ? (
          <Button theme="primary contrast" id="collect-sync" disabled={running}
                  onClick={() => void collector.sync.sync()}>{running ? tr('sync.running') : tr('sync.button')}</Button>
        ) : null}
      </header>
      {session !== undefined ? <StatusLine /> : null}
      {session?.needsSignIn && !onSignIn ? <SignInAgainBanner /> : null}
      <main className="of-main">
        <Outlet />
      </main>
      <UpdateOffer />
    </Frame>
  );
}

/** The always-visible line: sync state or progress, pending and quarantined counts, and the warnings. */
function StatusLine() {
  const { collector, sync, session, tr, locale, dataVersion } = useCollector();
  const warnings = useLocalData(() => collector.warnings(), []) ?? [];
  const storage = collector.storage;
  const progress = sync.phase === 'uploading' && sync.upload.total > 0 ? sync.upload.sent / sync.upload.total
    : sync.phase === 'downloading' && sync.download.total > 0 ? sync.download.received / sync.download.total : null;
  const trouble = sync.phase === 'offline' || sync.phase === 'failed' || sync.phase === 'sign-in-again';
  // the sign-in-again banner below says it; the line shows when the device last synced
  const banner = sync.phase === 'sign-in-again' || session?.needsSignIn === true;
  const online = useOnline();
  void dataVersion;
  return (
    <>
      <div className="of-status" id="collect-status" role="status">
        <span className={`of-line${trouble && !banner ? ' of-err' : ''}`} id="collect-status-line">
          {statusLine(banner ? { ...sync, phase: 'idle' } : sync, locale)}
        </span>
        {!online ? <span className="of-pill warn" id="collect-offline">{tr('status.offline')}</span> : null}
        <span className={`of-pill${sync.upload.queued > 0 ? ' warn' : ' ok'}`} id="collect-pending">
          {tr('status.pending', { count: sync.upload.queued })}
        </span>
        {sync.upload.quarantined > 0
          ? <span className="of-pill bad" id="collect-quarantined">{tr('status.quarantined', { count: sync.upload.quarantined })}</span>
          : null}
        {storage.usage !== null && storage.quota !== null && storage.usage !== undefined && storage.quota !== undefined
          ? <span className="of-pill">{tr('storage.usage', { used: bytes(storage.usage), quota: bytes(storage.quota) })}</span>
          : null}
        {progress !== null ? <ProgressBar value={progress} id="collect-progress" /> : null}
      </div>
      {warnings.map(w => <p className="of-alertbar" role="alert" key={w.key}>{render(w, locale)}</p>)}
    </>
  );
}

/** The browser's idea of the network (navigator.onLine and its events). */
function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}

function SignInAgainBanner() {
  const { tr } = useCollector();
  const navigate = useNavigate();
  return (
    <div className="of-banner" role="alert" id="collect-sign-in-again">
      <span style={{ flex: '1 1 20rem' }}>{tr('banner.signInAgain')}</span>
      <Button theme="primary" onClick={() => navigate('/collect/signin')}>{tr('banner.signInAgain.action')}</Button>
    </div>
  );
}
