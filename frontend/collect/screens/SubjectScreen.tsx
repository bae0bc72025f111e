/**
 * One subject: who or what it is, the supervisor's open return with the comment, the values on record with
 * their freshness, the household's members, and the worker's own history (drafts, outbox, sent receipts).
 */
import { Button } from '@vaadin/react-components/Button.js';
import { Notification } from '@vaadin/react-components/Notification.js';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormMissingError, render } from '../index.js';
import { localized, type FormFieldDto, type FormVersionDto } from '../form/index.js';
import { startFill } from './actions.js';
import { useCollector, useLocalData } from './context.js';
import { formatDate, formatTime, openReturn, plainValue, subjectHistory, workIndex } from './logic.js';
import type { ScreenKey } from './messages.js';

function flatFields(fields: readonly FormFieldDto[]): FormFieldDto[] {
  return fields.flatMap(f => [f, ...flatFields(f.children ?? [])]);
}

export default function SubjectScreen() {
  const { subjectId = '' } = useParams();
  const { collector, tr, locale, touch } = useCollector();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);

  const data = useLocalData(async () => {
    const assignment = await collector.downloaded.assignment(subjectId);
    if (assignment === undefined) {
      return { assignment };
    }
    const [drafts, outbox, returns, sent, members, household] = await Promise.all([
      collector.drafts.list(), collector.outbox.list(), collector.downloaded.returns(subjectId),
      collector.db.sent.where('subjectId').equals(subjectId).toArray(),
      assignment.subjectType === 'household' ? collector.downloaded.members(subjectId) : Promise.resolve([]),
      assignment.household ? collector.downloaded.assignment(assignment.household) : Promise.resolve(undefined),
    ]);
    let form: FormVersionDto | null = null;
    try {
      form = (await collector.downloaded.form(assignment.subjectType)).definition as FormVersionDto;
    } catch (e) {
      if (!(e instanceof FormMissingError)) {
        throw e;
      }
    }
    const work = workIndex(drafts.drafts.filter(d => d.subjectId === subjectId),
      outbox.filter(o => o.submission.subjectId === subjectId), returns, sent);
    return { assignment, work, members, household, form };
  }, [subjectId]);

  if (data === undefined) {
    return <div className="of-center">{tr('app.loading')}</div>;
  }
  const { assignment } = data;
  if (assignment === undefined || !('work' in data)) {
    return (
      <div className="of-page">
        <p className="of-center">{tr('subject.notFound')}</p>
        <Link to="/collect">{tr('subject.back')}</Link>
      </div>
    );
  }
  const { work, members, household, form } = data;
  const labels = new Map(flatFields(form?.fields ?? []).map(f => [f.id, localized(f.label, locale)]));
  const returned = openReturn(subjectId, work);
  const history = subjectHistory(subjectId, work);
  const draft = work.drafts.get(subjectId)?.[0];
  const prefillEntries = Object.entries(assignment.values)
    .filter(([id]) => labels.size === 0 || labels.has(id));

  const start = async () => {
    if (draft) {
      navigate(`/collect/fill/${draft.id}`);
      return;
    }
    setStarting(true);
    try {
      const created = await startFill(collector, assignment, returned?.submissionId ?? null);
      touch();
      navigate(`/collect/fill/${created.id}`);
    } catch (e) {
      const msg = (e as { msg?: Parameters<typeof render>[0] }).msg;
      Notification.show(msg ? render(msg, locale) : tr('error.generic', { reason: String(e) }),
        { theme: 'error', position: 'middle', duration: 8000 });
    } finally {
      setStarting(false);
    }
  };

  return (
    <div className="of-page">
      <p><Link to="/collect">← {tr('subject.back')}</Link></p>
      <div className="of-card">
        <h2 id="collect-subject-title">
          <span className={`of-pill`} style={{ marginRight: '0.75rem' }}>{tr(`type.${assignment.subjectType}.long` as ScreenKey)}</span>
          {assignment.title}
        </h2>
        <div className="of-muted">{assignment.subtitle}</div>
        {household ? (
          <div style={{ marginTop: '0.5rem' }}>
            <Link to={`/collect/subject/${encodeURIComponent(household.subjectId)}`}>{tr('subject.household', { title: household.title })}</Link>
          </div>
        ) : null}
      </div>
      {returned ? (
        <div className="of-return" role="alert" id="collect-return">
          <strong>{tr('subject.returned', { comment: returned.comment })}</strong>
          <div className="of-muted">{tr('subject.returnedBy', { by: returned.byName ?? returned.by, time: formatTime(returned.at, locale) })}</div>
        </div>
      ) : null}
      <div className="of-actions">
        <Button theme="primary" id="collect-start" disabled={starting} onClick={() => void start()}>
          {draft ? tr('subject.resume') : returned ? tr('subject.resubmit') : tr('subject.start')}
        </Button>
      </div>
      {members.length > 0 ? (
        <>
          <h3>{tr('subject.members')}</h3>
          <div className="of-list">
            {members.map(m => (
              <Link key={m.subjectId} className="of-item" to={`/collect/subject/${encodeURIComponent(m.subjectId)}`}>
                <span className="of-type resident">{tr('type.resident')}</span>
                <span className="of-text"><div className="of-title">{m.title}</div><div className="of-sub">{m.subtitle}</div></span>
              </Link>
            ))}
          </div>
        </>
      ) : null}
      <h3>{tr('subject.history')}</h3>
      <div className="of-card">
        {history.length === 0 ? <span className="of-muted">{tr('subject.history.none')}</span> : (
          <ul className="of-history" id="collect-history">
            {history.map(h => (
              <li key={h.id}>
                {h.kind === 'draft' ? <Link to={`/collect/fill/${h.id}`}>{tr('subject.history.draft', { time: formatTime(h.at, locale) })}</Link>
                  : h.kind === 'outbox' ? tr('subject.history.outbox', { time: formatTime(h.at, locale) })
                    : h.kind === 'quarantined' ? <Link to="/collect/outbox">{tr('subject.history.quarantined')}</Link>
                      : tr('subject.history.sent', { time: formatTime(h.at, locale), seq: h.seq ?? '—' })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <h3>{tr('subject.prefill')}</h3>
      <div className="of-card">
        {prefillEntries.length === 0 ? <span className="of-muted">{tr('subject.prefill.none')}</span> : (
          <div className="of-kv" id="collect-prefill">
            {prefillEntries.map(([id, p]) => (
              <div key={id} style={{ display: 'contents' }}>
                <span className="of-k">{labels.get(id) ?? id}</span>
                <span>{plainValue(p.value)}</span>
                <span className={`of-fresh of-pill ${p.fresh ? 'ok' : 'warn'}`}>
                  {p.fresh ? tr('subject.fresh', { date: formatDate(p.at, locale) }) : tr('subject.stale', { date: formatDate(p.at, locale) })}
                </span>
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
