import { message, type Locale } from '../i18n/messages.js';
import type { SyncState } from './engine.js';

/**
 * The one line the collector keeps visible about syncing, in the worker's language: progress while it runs,
 * what went wrong, otherwise when it last synced.
 */
export function statusLine(state: SyncState, locale?: Locale): string {
  switch (state.phase) {
    case 'uploading':
      return message('sync.uploading', { sent: state.upload.sent, total: state.upload.total }, locale);
    case 'downloading':
      return message('sync.downloading', { received: state.download.received, total: state.download.total }, locale);
    case 'waiting-for-other-tab':
      return message('sync.waitingForOtherTab', {}, locale);
    case 'retrying':
      return message('sync.retrying', { seconds: Math.ceil((state.retryInMs ?? 0) / 1000) }, locale);
    case 'sign-in-again':
      return message('sync.signInAgain', {}, locale);
    case 'offline':
    case 'failed':
      if (state.error !== null) {
        return message(state.error.key, state.error.params ?? {}, locale);
      }
      return lastSync(state, locale);
    default:
      return lastSync(state, locale);
  }
}

function lastSync(state: SyncState, locale?: Locale): string {
  if (state.lastSyncAt === null) {
    return message('sync.neverSynced', {}, locale);
  }
  const date = new Date(state.lastSyncAt);
  const hm = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  const time = locale === 'en'
    ? new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(date)
    : `${date.getMonth() + 1}月${date.getDate()}日 ${hm}`;
  return message('sync.lastSync', { time }, locale);
}
