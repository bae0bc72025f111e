/**
 * Renders any form version from its JSON (FormVersionDto) for the grid worker: fields grouped by section,
 * every catalog type with Vaadin's React components, relevance / required / constraints / calculations
 * updated as the worker types (incremental engine.ts), fresh prefilled values to verify, errors in Chinese
 * (or English) at the field. Controlled: the parent holds `values` and gets every change through
 * `onChange`. API and examples: README.md next to this file; decisions: docs/decisions/0016, 0017 and 0030.
 */
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import type { LocalDate } from '../../expr/index.js';
import { FormContext, TouchedContext, type FormContextValue } from './context.js';
import { compileForm, evaluateForm, todayInChina, updateForm, type CompiledForm, type FieldState, type FormState } from './engine.js';
import { FieldView } from './FieldView.js';
import { message, sectionName, type Locale } from './messages.js';
import { compressPhoto, type PreparedPhoto } from './photo.js';
import { prefillStatus } from './prefill.js';
import { isEmptyValue } from './typecheck.js';
import type { FormFieldDto, FormValues, FormVersionDto, Prefill } from './types.js';
import { formCss } from './styles.js';

export interface FormRendererProps {
  /** The form version to render (or one compiled with compileForm, to share it across fills). */
  readonly form: FormVersionDto | CompiledForm;
  /** The current values (controlled): field id → value; a repeat group → array of rows. */
  readonly values: FormValues;
  /** Every change: the new values and their evaluated state (errors, relevance, the normalised values). */
  readonly onChange: (values: FormValues, state: FormState) => void;
  /** Prefilled values from the download: fresh ones show as "verify", stale ones are asked. */
  readonly prefill?: Prefill;
  /** Field ids whose fresh prefilled value the worker has confirmed (kept with the draft). */
  readonly confirmed?: readonly string[];
  readonly onConfirmedChange?: (confirmed: readonly string[]) => void;
  /** Stores a photo the worker took (compressed JPEG and its SHA-256); the value becomes the hash once it resolves. */
  readonly onPhoto?: (photo: PreparedPhoto, path: string) => Promise<void> | void;
  /** Loads a stored photo by hash, to show the photos of a reopened draft. */
  readonly loadPhoto?: (sha256: string) => Promise<Blob | undefined>;
  /** The language; default zh-CN. Without onLocaleChange the renderer switches by itself. */
  readonly locale?: Locale;
  readonly onLocaleChange?: (locale: Locale) => void;
  /** Whether the form shows its own language button (default true; off where the screen has one already). */
  readonly languageButton?: boolean;
  /** Show every error now (e.g. after the worker tried to finalize); otherwise a field's errors show once touched. */
  readonly showAllErrors?: boolean;
  readonly readOnly?: boolean;
  /** What today() is in expressions; default today in China. */
  readonly today?: LocalDate;
  /** Called with every state, including the first (e.g. to enable "finalize" when valid). */
  readonly onState?: (state: FormState) => void;
  /** Replaceable for tests and other devices: the Geolocation API and the photo pipeline. */
  readonly geolocation?: Geolocation;
  readonly processPhoto?: (file: Blob) => Promise<PreparedPhoto>;
  /**
   * Fields mounted in the first render and then per idle moment. Default 24; a form with more relevant fields
   * than that mounts 12 first (one screen at 1280×800 or 800×1280), then 24 at a time: a long form shows its
   * first screen at once and mounts the rest in the background. Infinity mounts all at once.
   */
  readonly batchSize?: number;
}

/** A long form first mounts one screen of fields, later batches two (docs/decisions/0030-collector-first-render-one-screen.md). */
const DEFAULT_FIRST_BATCH = 12;
const DEFAULT_BATCH = 24;

/** The next idle moment (or the next task where requestIdleCallback is missing). */
function whenIdle(run: () => void): () => void {
  const g = globalThis as unknown as {
    requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
    cancelIdleCallback?: (h: number) => void;
  };
  if (g.requestIdleCallback && g.cancelIdleCallback) {
    const handle = g.requestIdleCallback(run, { timeout: 100 });
    return () => g.cancelIdleCallback!(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}

const ROW_PATH = /^(.+)\[(\d+)\]\.(.+)$/;

function isCompiled(form: FormVersionDto | CompiledForm): form is CompiledForm {
  return 'top' in form;
}

/** Sections in order of their first field. */
function sectionsOf(fields: readonly FormFieldDto[]): { key: string; fields: FormFieldDto[] }[] {
  const sections = new Map<string, FormFieldDto[]>();
  for (const f of fields) {
    const list = sections.get(f.section) ?? [];
    list.push(f);
    sections.set(f.section, list);
  }
  return [...sections].map(([key, list]) => ({ key, fields: list }));
}

/** Paths of values already there when the form opens (a draft, prefill): their errors show at once. */
function initiallyTouched(values: FormValues): Set<string> {
  const touched = new Set<string>();
  for (const [id, v] of Object.entries(values)) {
    if (isEmptyValue(v)) continue;
    touched.add(id);
    if (Array.isArray(v)) {
      v.forEach((row, i) => {
        if (typeof row === 'object' && row !== null) {
          for (const [child, cv] of Object.entries(row)) if (!isEmptyValue(cv)) touched.add(`${id}[${i}].${child}`);
        }
      });
    }
  }
  return touched;
}

export function FormRenderer(props: FormRendererProps) {
  const { form, values, prefill, readOnly = false, showAllErrors = false } = props;
  const compiled = useMemo(() => (isCompiled(form) ? form : compileForm(form)), [form]);
  const today = useMemo(() => props.today ?? todayInChina(), [props.today]);
  const [ownLocale, setOwnLocale] = useState<Locale>(props.locale ?? 'zh-CN');
  const locale = props.onLocaleChange ? (props.locale ?? 'zh-CN') : ownLocale;
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => initiallyTouched(values));

  // the state follows the values incrementally; a state computed in a handler is reused here
  const stateRef = useRef<FormState | null>(null);
  const state = useMemo(() => {
    const previous = stateRef.current;
    return previous && previous.form === compiled && previous.today.equals(today)
      ? updateForm(previous, values)
      : evaluateForm(compiled, values, { today });
  }, [compiled, values, today]);
  stateRef.current = state;

  // the latest props for the stable callbacks below
  const latest = useRef(props);
  latest.current = props;
  const valuesRef = useRef(values);
  valuesRef.current = values;

  const onState = props.onState;
  useEffect(() => onState?.(state), [state, onState]);

  const emit = useCallback((next: FormValues) => {
    const current = stateRef.current!;
    const nextState = updateForm(current, next);
    stateRef.current = nextState;
    valuesRef.current = next;
    latest.current.onChange(next, nextState);
  }, []);

  const setValue = useCallback(
    (path: string, value: unknown) => {
      const values = valuesRef.current;
      const m = ROW_PATH.exec(path);
      if (!m) {
        if (values[path] === value || (isEmptyValue(values[path]) && isEmptyValue(value))) return;
        const next: Record<string, unknown> = { ...values, [path]: value };
        if (value === undefined) delete next[path];
        emit(next);
        return;
      }
      const [, group, index, child] = m;
      const rows = Array.isArray(values[group]) ? [...(values[group] as unknown[])] : [];
      const row = { ...((rows[Number(index)] as Record<string, unknown>) ?? {}) };
      if (row[child] === value || (isEmptyValue(row[child]) && isEmptyValue(value))) return;
      if (value === undefined) delete row[child];
      else row[child] = value;
      rows[Number(index)] = row;
      emit({ ...values, [group]: rows });
    },
    [emit],
  );

  const touch = useCallback((path: string) => {
    setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));
  }, []);

  const confirm = useCallback((id: string) => {
    const confirmed = latest.current.confirmed ?? [];
    if (!confirmed.includes(id)) latest.current.onConfirmedChange?.([...confirmed, id]);
  }, []);

  const addRow = useCallback(
    (group: string) => {
      const values = valuesRef.current;
      const rows = Array.isArray(values[group]) ? (values[group] as unknown[]) : [];
      emit({ ...values, [group]: [...rows, {}] });
    },
    [emit],
  );

  const removeRow = useCallback(
    (group: string, index: number) => {
      const values = valuesRef.current;
      const rows = Array.isArray(values[group]) ? (values[group] as unknown[]) : [];
      emit({ ...values, [group]: rows.filter((_, i) => i !== index) });
      // touched paths of later rows shift up by one
      setTouched((t) => {
        const next = new Set<string>();
        for (const p of t) {
          const m = ROW_PATH.exec(p);
          if (!m || m[1] !== group) next.add(p);
          else if (Number(m[2]) < index) next.add(p);
          else if (Number(m[2]) > index) next.add(`${group}[${Number(m[2]) - 1}].${m[3]}`);
        }
        return next;
      });
    },
    [emit],
  );

  const context = useMemo<FormContextValue>(
    () => ({
      locale,
      today,
      prefill,
      readOnly,
      setValue,
      touch,
      confirm,
      addRow,
      removeRow,
      processPhoto: (file) => (latest.current.processPhoto ?? compressPhoto)(file),
      onPhoto: (photo, path) => latest.current.onPhoto?.(photo, path),
      loadPhoto: props.loadPhoto,
      geolocation: props.geolocation ?? globalThis.navigator?.geolocation,
    }),
    [locale, today, prefill, readOnly, setValue, touch, confirm, addRow, removeRow, props.loadPhoto, props.geolocation],
  );

  const isShown = useCallback((path: string) => showAllErrors || touched.has(path), [showAllErrors, touched]);
  const confirmedSet = useMemo(() => new Set(props.confirmed ?? []), [props.confirmed]);
  const sections = useMemo(() => sectionsOf(compiled.dto.fields), [compiled]);

  // progressive mounting: the first batch now, the rest a batch per idle moment
  const batch = Math.max(1, props.batchSize ?? DEFAULT_BATCH);
  const relevantCount = useMemo(() => compiled.dto.fields.filter((f) => state.fields.get(f.id)?.relevant !== false).length, [compiled, state]);
  // a form of up to one batch mounts at once; a longer one shows its first screen first
  const [mounted, setMounted] = useState(() => (props.batchSize === undefined && relevantCount > batch ? DEFAULT_FIRST_BATCH : batch));
  useEffect(() => {
    if (mounted >= relevantCount) return;
    return whenIdle(() => startTransition(() => setMounted((m) => m + batch)));
  }, [mounted, relevantCount, batch]);
  const budgets = useMemo(() => {
    let left = mounted;
    return sections.map((s) => {
      const own = s.fields.filter((f) => state.fields.get(f.id)?.relevant !== false).length;
      const budget = Math.max(0, Math.min(own, left));
      left -= budget;
      return budget;
    });
  }, [sections, state, mounted]);
  const showSection = useCallback((section: string) => {
    setMounted(Number.POSITIVE_INFINITY);
    setTimeout(() => document.getElementById(anchor(section))?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 0);
  }, []);

  const switchLanguage = () => {
    const next: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
    if (props.onLocaleChange) props.onLocaleChange(next);
    else setOwnLocale(next);
  };

  return (
    <FormContext.Provider value={context}>
      <TouchedContext.Provider value={isShown}>
        <div className="of-form" lang={locale} data-testid="form-renderer">
          <style href="oneform-form-renderer" precedence="default">
            {formCss}
          </style>
          <nav className="of-sections-nav">
            <div className="of-chips">
              {sections.map((s) => (
                <SectionChip key={s.key} section={s.key} fields={s.fields} state={state} locale={locale} isShown={isShown} onShow={showSection} />
              ))}
            </div>
            {props.languageButton === false ? null : (
              <Button theme="tertiary" className="of-language" onClick={switchLanguage} data-testid="form-language">
                {message(locale, 'form.language')}
              </Button>
            )}
          </nav>
          {sections.map((s, i) => (
            <Section
              key={s.key}
              budget={budgets[i]}
              section={s.key}
              fields={s.fields}
              state={state}
              values={values}
              isShown={isShown}
              prefill={prefill}
              confirmed={confirmedSet}
              today={today}
              locale={locale}
            />
          ))}
        </div>
      </TouchedContext.Provider>
    </FormContext.Provider>
  );
}

function anchor(section: string): string {
  return `of-section-${section}`;
}

function SectionChip(props: {
  section: string;
  fields: FormFieldDto[];
  state: FormState;
  locale: Locale;
  isShown: (path: string) => boolean;
  onShow: (section: string) => void;
}) {
  const { section, fields, state, locale, isShown, onShow } = props;
  const relevant = fields.filter((f) => state.fields.get(f.id)?.relevant !== false);
  if (relevant.length === 0) return null;
  const errors = relevant.reduce((n, f) => n + visibleErrors(state.fields.get(f.id), f.id, isShown), 0);
  return (
    <a className={`of-chip${errors > 0 ? ' of-chip-error' : ''}`} href={`#${anchor(section)}`}
      onClick={(e) => {
        e.preventDefault();
        onShow(section);
      }}>
      {sectionName(locale, section)}
      {errors > 0 && <span className="of-chip-count">{errors}</span>}
    </a>
  );
}

function visibleErrors(s: FieldState | undefined, id: string, isShown: (path: string) => boolean): number {
  if (!s || !s.relevant) return 0;
  let n = s.errors.length > 0 && isShown(id) ? 1 : 0;
  s.rows?.forEach((r) => r.errors.forEach((e) => (isShown(e.path) ? n++ : 0)));
  return n;
}

interface SectionProps {
  section: string;
  /** How many of its relevant fields to mount now (progressive mounting). */
  budget: number;
  fields: FormFieldDto[];
  state: FormState;
  values: FormValues;
  isShown: (path: string) => boolean;
  prefill: Prefill | undefined;
  confirmed: ReadonlySet<string>;
  today: LocalDate;
  locale: Locale;
}

const Section = memo(function Section({ section, budget, fields, state, values, isShown, prefill, confirmed, today, locale }: SectionProps) {
  const relevant = fields.filter((f) => state.fields.get(f.id)?.relevant !== false);
  if (relevant.length === 0 || budget === 0) return null;
  return (
    <section className="of-section" id={anchor(section)} data-testid={`section-${section}`}>
      <h2 className="of-section-title">
        {sectionName(locale, section)}
        <span className="of-section-count">{message(locale, 'form.field-count', relevant.filter((f) => f.type !== 'note').length)}</span>
      </h2>
      <div className="of-grid">
        {relevant.slice(0, budget).map((f) => (
          <FieldView
            key={f.id}
            field={f}
            path={f.id}
            raw={values[f.id]}
            state={state.fields.get(f.id)}
            showErrors={isShown(f.id)}
            status={prefillStatus(f, prefill, values, confirmed, today)}
          />
        ))}
      </div>
    </section>
  );
});
