/**
 * The outbox: finished forms waiting to be sent (pending; "sending" while a sync runs, otherwise waiting
 * again), and those the server refused (quarantined) with its field errors — edit and resubmit, queue again
 * as is, or give up explicitly. Drafts and damaged drafts are listed below so nothing on the device is hidden.
 */
import { Button } from '@vaadin/react-components/Button.js';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { draftDamageMessage, quarantineMessage, render, type OutboxRow } from '../index.js';
import { localized, type FormFieldDto, type FormVersionDto } from '../form/index.js';
import { saveDraftNotes } from './actions.js';
import { Ask } from './Ask.js';
import { ErrorItem } from './ErrorItem.js';
import { useCollector, useLocalData } from './context.js';
import { fieldIdOf, formatTime, paren } from './logic.js';

function flatFields(fields: readonly FormFieldDto[]): FormFieldDto[] {
  return fields.flatMap(f => [f, ...flatFields(f.children ?? [])]);
}

export default function OutboxScreen() {
  const { collector, tr, locale, sync, touch } = useCollector();
  const navigate = useNavigate();
  const [discarding, setDiscarding] = useState<OutboxRow | null>(null);
  const data = useLocalData(async () => {
    const outbox = await collector.outbox.list();
    // the server names fields by id; show the form's label (of the version the item was filled with)
    const labels = new Map<string, string>();
    for (const item of outbox.filter(o => o.state === 'quarantined')) {
      try {
        const form = await collector.downloaded.form(item.submission.subjectType, item.submission.formVersion);
        for (const f of flatFields((form.definition as FormVersionDto).fields)) {
          labels.set(f.id, localized(f.label, locale));
        }
      } catch {
        // the version is no longer on the device: the field id it is
      }
    }
    return { outbox, drafts: await collector.drafts.list(), labels };
  }, [locale]);
  if (data === undefined) {
    return <div className="of-center">{tr('app.loading')}</div>;
  }
  const syncing = sync.phase === 'uploading';
  const quarantined = data.outbox.filter(o => o.state === 'quarantined');
  const waiting = data.outbox.filter(o => o.state !== 'quarantined');

  const edit = async (item: OutboxRow) => {
    const { draft, errors } = await collector.outbox.reopenAsDraft(item.id);
    await saveDraftNotes(collector, draft.id, { confirmed: [], serverErrors: errors });
    touch();
    void collector.sync.refresh();
    navigate(`/collect/fill/${draft.id}`);
  };
  const requeue = async (item: OutboxRow) => {
    await collector.outbox.requeue(item.id);
    touch();
    await collector.sync.refresh();
    if (navigator.onLine) {
      void collector.sync.sync();
    }
  };

  return (
    <div className="of-page">
      <h2>{tr('outbox.title')}</h2>
      {data.outbox.length === 0 ? <div className="of-center" id="collect-outbox-empty">{tr('outbox.empty')}</div> : null}
      {quarantined.length > 0 ? <h3>{tr('outbox.quarantined')}{paren(locale, quarantined.length)}</h3> : null}
      {quarantined.map(item => (
        <div className="of-card" key={item.id} data-outbox={item.id} data-state="quarantined">
          <div className="of-title" style={{ fontWeight: 600, fontSize: '1.125rem' }}>{item.title}</div>
          <div className="of-muted">{tr('outbox.created', { time: formatTime(item.createdAt, locale) })}</div>
          {item.quarantine ? (
            <div className="of-errors" role="alert" style={{ marginTop: '0.75rem' }}>
              {render(quarantineMessage(item.quarantine), locale)}
              {item.quarantine.errors.length > 0 ? (
                <ul>{item.quarantine.errors.map((e, i) => <ErrorItem key={i} label={data.labels.get(fieldIdOf(e.field)) ?? e.field} message={e.message} locale={locale} />)}</ul>
              ) : null}
            </div>
          ) : null}
          <div className="of-actions">
            <Button theme="primary" onClick={() => void edit(item)}>{tr('outbox.edit')}</Button>
            <Button onClick={() => void requeue(item)}>{tr('outbox.requeue')}</Button>
            <Button theme="error tertiary" onClick={() => setDiscarding(item)}>{tr('outbox.discard')}</Button>
          </div>
        </div>
      ))}
      {waiting.length > 0 ? <h3>{tr('outbox.pending')}{paren(locale, waiting.length)}</h3> : null}
      {waiting.length > 0 ? (
        <div className="of-list" id="collect-outbox-list">
          {waiting.map(item => (
            <div className="of-item" key={item.id} data-outbox={item.id} data-state={item.state}>
              <span className={`of-type ${item.submission.subjectType}`}>{tr(`type.${item.submission.subjectType}` as never)}</span>
              <span className="of-text">
                <div className="of-title">{item.title}</div>
                <div className="of-sub">
                  {tr('outbox.created', { time: formatTime(item.createdAt, locale) })}
                  {item.attempts > 0 ? ` · ${tr('outbox.attempts', { count: item.attempts })}` : ''}
                </div>
              </span>
              <span className="of-pill of-state outbox">
                {item.state === 'sending' && syncing ? tr('outbox.sending') : tr('outbox.pending')}
              </span>
            </div>
          ))}
        </div>
      ) : null}
      {data.drafts.drafts.length > 0 ? (
        <>
          <h3>{tr('outbox.drafts')}{paren(locale, data.drafts.drafts.length)}</h3>
          <div className="of-list" id="collect-drafts">
            {data.drafts.drafts.map(d => (
              <Link className="of-item" key={d.id} to={`/collect/fill/${d.id}`} data-draft={d.id}>
                <span className={`of-type ${d.subjectType}`}>{tr(`type.${d.subjectType}` as never)}</span>
                <span className="of-text">
                  <div className="of-title">{d.title}</div>
                  <div className="of-sub">{tr('subject.history.draft', { time: formatTime(d.updatedAt, locale) })}</div>
                </span>
                <span className="of-pill of-state draft">{tr('state.draft')}</span>
              </Link>
            ))}
          </div>
        </>
      ) : null}
      {data.drafts.damaged.length > 0 ? (
        <>
          <h3>{tr('outbox.damaged')}</h3>
          {data.drafts.damaged.map(d => (
            <div className="of-card" key={d.id}>
              <p className="of-err">{draftDamageMessage(d, locale)}</p>
              <Button theme="error tertiary" onClick={() => void collector.drafts.discardDamaged(d.id).then(touch)}>
                {tr('outbox.damaged.discard')}
              </Button>
            </div>
          ))}
        </>
      ) : null}
      <Ask opened={discarding !== null} header={tr('outbox.discard')} confirmTheme="error primary" id="collect-outbox-discard"
                     confirmText={tr('outbox.discard')} cancelText={tr('fill.cancel')}
                     onCancel={() => setDiscarding(null)}
                     onConfirm={() => {
                       const item = discarding;
                       setDiscarding(null);
                       if (item) {
                         void collector.outbox.discardQuarantined(item.id).then(() => collector.sync.refresh()).then(touch);
                       }
                     }}>
        {discarding ? tr('outbox.discard.confirm', { title: discarding.title }) : ''}
      </Ask>
    </div>
  );
}
