/**
 * Filling one draft: the form renderer with the assignment's prefill, every change autosaved (≤ 1 s, strict
 * durability), "finish" → the server's checks at the fields, unverified prefill asked about, the duplicate
 * warning for a new subject, then draft → outbox in one transaction. A failed save (a full disk) is shown at
 * once and again before the worker can leave the form.
 */
import { Button } from '@vaadin/react-components/Button.js';
import { Notification } from '@vaadin/react-components/Notification.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import {
  DraftAutosaver, render, StorageFullError, type AssignmentRow, type AutosaveStatus, type Collector, type DraftRow,
  type DuplicateHit, type FieldError, type Msg, type Values,
} from '../index.js';
import {
  compileForm, finalizeFill, FormRenderer, localized, type CompiledForm, type FormFieldDto, type FormValues,
  type FormVersionDto,
} from '../form/index.js';
import { draftNotes, forgetDraftNotes, saveDraftNotes } from './actions.js';
import { Ask } from './Ask.js';
import { ErrorItem } from './ErrorItem.js';
import { useCollector } from './context.js';
import { DUPLICATE_REASON_KEY, fieldIdOf, paren, formatTime, newSubjectTitle, photoHashes } from './logic.js';
import type { ScreenKey } from './messages.js';

interface Loaded {
  draft: DraftRow;
  form: CompiledForm;
  dto: FormVersionDto;
  assignment: AssignmentRow | undefined;
  confirmed: string[];
  serverErrors: FieldError[];
}

type LoadResult = Loaded | { problem: string };

function flatFields(fields: readonly FormFieldDto[]): FormFieldDto[] {
  return fields.flatMap(f => [f, ...flatFields(f.children ?? [])]);
}

/**
 * Compiled form versions of this page by subject type and version (a stored version never changes): the next
 * household of the same form opens without parsing its expressions again.
 */
const compiled = new Map<string, { dto: FormVersionDto; form: CompiledForm }>();

async function load(collector: Collector, draftId: string, notFound: string): Promise<LoadResult> {
  const draft = await collector.drafts.get(draftId);
  if (draft === undefined) {
    return { problem: notFound };
  }
  try {
    const key = `${draft.subjectType}@${draft.formVersion}`;
    let version = compiled.get(key);
    if (version === undefined) {
      const dto = (await collector.downloaded.form(draft.subjectType, draft.formVersion)).definition as FormVersionDto;
      version = { dto, form: compileForm(dto) };
      compiled.set(key, version);
    }
    const { dto, form } = version;
    const assignment = draft.subjectId === null ? undefined : await collector.downloaded.assignment(draft.subjectId);
    const notes = await draftNotes(collector, draft.id);
    return { draft, form, dto, assignment, ...notes };
  } catch (e) {
    const msg = (e as { msg?: Msg }).msg;
    return { problem: msg ? render(msg) : String(e) };
  }
}

export default function FillScreen() {
  const { draftId = '' } = useParams();
  const { collector, tr } = useCollector();
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  useEffect(() => {
    let live = true;
    void load(collector, draftId, tr('fill.notFound')).then(r => live && setLoaded(r));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [collector, draftId]);
  if (loaded === null) {
    return <div className="of-center">{tr('app.loading')}</div>;
  }
  if ('problem' in loaded) {
    return (
      <div className="of-page">
        <p className="of-center of-err" role="alert">{loaded.problem}</p>
        <p style={{ textAlign: 'center' }}><Link to="/collect">{tr('subject.back')}</Link></p>
      </div>
    );
  }
  return <Fill key={loaded.draft.id} {...loaded} />;
}

function Fill({ draft, form, dto, assignment, confirmed: initialConfirmed, serverErrors }: Loaded) {
  const { collector, tr, locale, setLocale, setFormOpen, touch } = useCollector();
  const navigate = useNavigate();
  const saver = useMemo(() => new DraftAutosaver(collector.drafts, draft), [collector, draft]);
  const [values, setValues] = useState<FormValues>(() => draft.values as FormValues);
  const [confirmed, setConfirmed] = useState<readonly string[]>(initialConfirmed);
  const [status, setStatus] = useState<AutosaveStatus>(saver.status);
  const [showAllErrors, setShowAllErrors] = useState(serverErrors.length > 0);
  const [finishing, setFinishing] = useState(false);
  const [ask, setAsk] = useState<null | { kind: 'unverified'; fields: string[] } | { kind: 'duplicates'; hits: DuplicateHit[] }
    | { kind: 'discard' }>(null);
  const resume = useRef<(() => void) | null>(null);
  const finished = useRef(false);

  const fields = useMemo(() => flatFields(dto.fields), [dto]);
  const labels = useMemo(() => new Map(fields.map(f => [f.id, localized(f.label, locale)])), [fields, locale]);
  const photoFields = useMemo(() => new Set(fields.filter(f => f.type === 'photo').map(f => f.id)), [fields]);
  const isNew = draft.subjectId === null;
  const fallbackTitle = tr('fill.title.new');
  const titleOf = useCallback((v: FormValues) => (isNew ? newSubjectTitle(draft.subjectType, v as Values, fallbackTitle)
    : draft.title), [isNew, draft, fallbackTitle]);

  useEffect(() => saver.subscribe(setStatus), [saver]);
  useEffect(() => {
    setFormOpen(true);
    return () => {
      setFormOpen(false);
      if (!finished.current) {
        void saver.flush().catch(() => undefined); // leaving by the browser: save what is pending
      }
    };
  }, [saver, setFormOpen]);
  // a reload or closing the tab while a save is pending or failed: the browser asks first
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (saver.status.state !== 'saved') {
        void saver.flush().catch(() => undefined);
        e.preventDefault();
      }
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [saver]);
  // leaving inside the app while the last save failed (a full disk): ask, never leave silently
  const leavingAnyway = useRef(false);
  const blocker = useBlocker(() => !finished.current && !leavingAnyway.current && saver.status.state === 'failed');
  // "save and go back" while the disk is full: the same question as any other way out
  const [askLeave, setAskLeave] = useState(false);

  const onChange = useCallback((next: FormValues) => {
    setValues(next);
    saver.change({ values: next as Values, attachments: photoHashes(next as Values, photoFields), title: titleOf(next) });
  }, [saver, photoFields, titleOf]);

  const onConfirmedChange = useCallback((next: readonly string[]) => {
    setConfirmed(next);
    void saveDraftNotes(collector, draft.id, { confirmed: [...next], serverErrors });
  }, [collector, draft.id, serverErrors]);

  const onPhoto = useCallback(async (photo: { blob: Blob }) => {
    await collector.attachments.store(photo.blob);
  }, [collector]);
  const loadPhoto = useCallback(async (sha: string) => (await collector.attachments.get(sha))?.blob, [collector]);

  const fail = (e: unknown) => {
    const msg = e instanceof StorageFullError ? null : (e as { msg?: Msg }).msg;
    Notification.show(e instanceof StorageFullError ? tr('fill.storageFull') : msg ? render(msg, locale)
      : tr('error.generic', { reason: e instanceof Error ? e.message : String(e) }),
      { theme: 'error', position: 'middle', duration: 10000 });
  };

  /** The steps of "finish"; each question (unverified prefill, duplicates) resumes from where it stopped. */
  const finish = async (from: 'check' | 'duplicates' | 'save' = 'check') => {
    const result = finalizeFill(form, values, { prefill: assignment?.values, confirmed });
    if (from === 'check') {
      if (!result.valid) {
        setShowAllErrors(true);
        Notification.show(tr('fill.errors', { count: result.errors.length }), { theme: 'warning', position: 'middle', duration: 6000 });
        return;
      }
      if (result.unverified.length > 0) {
        resume.current = () => void finish('duplicates');
        setAsk({ kind: 'unverified', fields: [...result.unverified] });
        return;
      }
      from = 'duplicates';
    }
    if (from === 'duplicates' && isNew) {
      const hits = await collector.duplicatesOf({ subjectType: draft.subjectType, grid: draft.grid, values: result.values as Values }, draft.id);
      if (hits.length > 0) {
        resume.current = () => void finish('save');
        setAsk({ kind: 'duplicates', hits });
        return;
      }
    }
    setFinishing(true);
    try {
      const title = titleOf(values);
      saver.change({ values: result.values as Values, baseSeqs: { ...result.baseSeqs },
        attachments: photoHashes(result.values as Values, photoFields), title });
      finished.current = true;
      await saver.finalize();
      await forgetDraftNotes(collector, draft.id);
      touch();
      void collector.sync.refresh();
      Notification.show(tr('fill.done', { title }), { theme: 'success', position: 'bottom-center', duration: 4000 });
      navigate(isNew ? '/collect' : `/collect/subject/${encodeURIComponent(draft.subjectId!)}`, { replace: true });
      if (navigator.onLine) {
        void collector.sync.sync();
      }
    } catch (e) {
      finished.current = false;
      fail(e);
    } finally {
      setFinishing(false);
    }
  };

  const leave = async () => {
    try {
      await saver.flush();
      navigate(-1);
    } catch (e) {
      if (e instanceof StorageFullError) {
        setAskLeave(true); // the message is at the top and in the bottom bar already
      } else {
        fail(e);
      }
    }
  };

  const saveFailed = status.state === 'failed';
  const savedText = saveFailed
    ? tr('fill.saveFailed', { reason: status.error instanceof StorageFullError ? tr('fill.storageFull') : String(status.error) })
    : status.state === 'saving' ? tr('fill.saving') : status.state === 'pending' ? tr('fill.pending')
      : tr('fill.saved', { time: formatTime(status.savedAt ?? draft.updatedAt, locale) });

  return (
    <div className="of-fill" style={{ margin: '-1rem' }}>
      <div className="of-fillhead">
        <h2 id="collect-fill-title">{titleOf(values)}</h2>
        <span className="of-muted">{tr(`type.${draft.subjectType}.long` as ScreenKey)} · v{dto.version}</span>
      </div>
      {saveFailed ? <p className="of-alertbar" role="alert" id="collect-save-failed" style={{ maxWidth: '72rem', margin: '0 auto' }}>{savedText}</p> : null}
      {serverErrors.length > 0 ? (
        <div className="of-errors" role="alert" id="collect-server-errors" style={{ maxWidth: '70rem', margin: '0 auto 1rem' }}>
          {tr('fill.serverErrors')}
          <ul>{serverErrors.map((e, i) => <ErrorItem key={i} label={labels.get(fieldIdOf(e.field)) ?? e.field} message={e.message} locale={locale} />)}</ul>
        </div>
      ) : null}
      <FormRenderer
        form={form}
        values={values}
        onChange={onChange}
        prefill={assignment?.values}
        confirmed={confirmed}
        onConfirmedChange={onConfirmedChange}
        onPhoto={onPhoto}
        loadPhoto={loadPhoto}
        showAllErrors={showAllErrors}
        locale={locale}
        onLocaleChange={setLocale}
        languageButton={false}
      />
      <div className="of-fillbar">
        <span className={`of-saved${saveFailed ? ' bad' : ''}`} id="collect-autosave" role="status">{savedText}</span>
        <Button theme="error tertiary" id="collect-fill-discard" onClick={() => setAsk({ kind: 'discard' })}>{tr('fill.discard')}</Button>
        <Button id="collect-leave" onClick={() => void leave()}>{tr('fill.leave')}</Button>
        <Button theme="primary" id="collect-finish" disabled={finishing} onClick={() => void finish()}>
          {finishing ? tr('fill.finalizing') : tr('fill.finalize')}
        </Button>
      </div>
      <Ask opened={ask?.kind === 'unverified'} header={tr('fill.unverified.title')} id="collect-unverified"
           confirmText={tr('fill.unverified.yes')} cancelText={tr('fill.unverified.no')}
           onConfirm={() => { setAsk(null); resume.current?.(); }} onCancel={() => setAsk(null)}>
        {ask?.kind === 'unverified' ? tr('fill.unverified', { count: ask.fields.length,
          fields: ask.fields.map(f => labels.get(f) ?? f).join('、') }) : ''}
      </Ask>
      <Ask opened={ask?.kind === 'discard'} header={tr('fill.discard')} id="collect-discard" confirmTheme="error primary"
           confirmText={tr('fill.discard.yes')} cancelText={tr('fill.cancel')} onCancel={() => setAsk(null)}
           onConfirm={() => {
             setAsk(null);
             finished.current = true;
             saver.dispose();
             void collector.drafts.discard(draft.id).then(() => forgetDraftNotes(collector, draft.id)).then(() => {
               touch();
               navigate(-1);
             });
           }}>
        {tr('fill.discard.confirm')}
      </Ask>
      <Ask opened={ask?.kind === 'duplicates'} header={tr('dup.title')} id="collect-duplicates"
           confirmText={tr('dup.continue')} cancelText={tr('dup.back')}
           onConfirm={() => { setAsk(null); resume.current?.(); }} onCancel={() => setAsk(null)}>
        <p>{tr('dup.lead')}</p>
        <ul className="of-dup">
          {ask?.kind === 'duplicates' ? ask.hits.map((h, i) => (
            <li key={i}>
              <strong>{h.title}</strong>{paren(locale, tr(DUPLICATE_REASON_KEY[h.reason]))}
              {h.assignment ? <> <Link to={`/collect/subject/${encodeURIComponent(h.assignment.subjectId)}`}>{tr('dup.open')}</Link></>
                : <span className="of-muted">{tr('dup.local')}</span>}
            </li>
          )) : null}
        </ul>
      </Ask>
      <Ask opened={blocker.state === 'blocked' || askLeave} header={tr('fill.leaveUnsaved')} id="collect-leave-unsaved"
           confirmText={tr('fill.stay')} cancelText={tr('fill.leaveAnyway')}
           onConfirm={() => {
             setAskLeave(false);
             blocker.reset?.();
           }}
           onCancel={() => {
             if (blocker.state === 'blocked') {
               blocker.proceed?.();
             } else {
               setAskLeave(false);
               leavingAnyway.current = true;
               navigate(-1);
             }
           }}>
        {tr('fill.storageFull')}
      </Ask>
    </div>
  );
}
