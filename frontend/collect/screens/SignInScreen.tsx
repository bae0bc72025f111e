/**
 * Sign-in: the device token through the sync engine, then a first sync (download). A worker whose session
 * expired sees whose it was and how many finished forms wait; a different account may not sign in while
 * another account's forms are still unsent on the device (they would be sent under the wrong name).
 */
import { Button } from '@vaadin/react-components/Button.js';
import { PasswordField } from '@vaadin/react-components/PasswordField.js';
import { TextField } from '@vaadin/react-components/TextField.js';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { HttpFailure, render, SignInRefusedError } from '../index.js';
import { useCollector, useLocalData } from './context.js';

export default function SignInScreen() {
  const { collector, session, reloadSession, tr, locale } = useCollector();
  const navigate = useNavigate();
  const [username, setUsername] = useState(session?.username ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const counts = useLocalData(() => collector.outbox.counts(), []);
  const waiting = counts === undefined ? 0 : counts.pending + counts.quarantined;

  if (session !== undefined && !session.needsSignIn) {
    return <Navigate to="/collect" replace />;
  }
  const otherUser = session !== undefined && waiting > 0 && username.trim() !== '' && username.trim() !== session.username;

  const submit = async () => {
    if (otherUser || working || username.trim() === '' || password === '') {
      return;
    }
    setWorking(true);
    setError(null);
    try {
      await collector.sync.signIn(username.trim(), password);
      await reloadSession();
      navigate('/collect', { replace: true });
      void collector.sync.sync();
    } catch (e) {
      if (e instanceof SignInRefusedError) {
        setError(render(e.msg, locale));
      } else if (e instanceof HttpFailure && (e.kind === 'network' || e.status === null)) {
        setError(tr('signIn.offline'));
      } else {
        setError(tr('error.generic', { reason: e instanceof Error ? e.message : String(e) }));
      }
    } finally {
      setWorking(false);
    }
  };

  return (
    <div className="of-page">
      <div className="of-card of-signin">
        <h2>{tr('signIn.title')}</h2>
        <p className="of-muted">
          {session?.needsSignIn ? tr('signIn.again', { user: session.username, count: waiting }) : tr('signIn.lead')}
        </p>
        <form onSubmit={e => { e.preventDefault(); void submit(); }}>
          <TextField label={tr('signIn.username')} id="collect-username" name="username" autocomplete="username"
                     value={username} onValueChanged={e => setUsername(e.detail.value)} autofocus={!session} />
          <PasswordField label={tr('signIn.password')} id="collect-password" name="password" autocomplete="current-password"
                         value={password} onValueChanged={e => setPassword(e.detail.value)}
                         onKeyDown={e => { if (e.key === 'Enter') void submit(); }} />
          {otherUser ? <p className="of-err" role="alert">{tr('signIn.otherUser.blocked', { user: session!.username })}</p> : null}
          {error !== null ? <p className="of-err" role="alert" id="collect-signin-error">{error}</p> : null}
          <Button theme="primary" id="collect-signin" disabled={working || otherUser} onClick={() => void submit()}>
            {working ? tr('signIn.working') : tr('signIn.submit')}
          </Button>
        </form>
      </div>
    </div>
  );
}
