/** One field: the right Vaadin input for its type, its prefill banner, its error in the worker's language. */
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { Checkbox } from '@vaadin/react-components/Checkbox.js';
import { CheckboxGroup } from '@vaadin/react-components/CheckboxGroup.js';
import { ComboBox } from '@vaadin/react-components/ComboBox.js';
import { DatePicker } from '@vaadin/react-components/DatePicker.js';
import { RadioButton } from '@vaadin/react-components/RadioButton.js';
import { RadioGroup } from '@vaadin/react-components/RadioGroup.js';
import { TextArea } from '@vaadin/react-components/TextArea.js';
import { TextField, type TextFieldElement } from '@vaadin/react-components/TextField.js';
import { useFormContext } from './context.js';
import { datePickerI18n, displayValue } from './display.js';
import type { FieldState } from './engine.js';
import { GpsInput } from './GpsInput.js';
import { localized, message, type Locale } from './messages.js';
import { PhotoInput } from './PhotoInput.js';
import { prefillValue, type PrefillStatus } from './prefill.js';
import { RepeatGroup } from './RepeatGroup.js';
import type { FormFieldDto } from './types.js';
import { parseIdNumber, parsePhone } from './values.js';

export interface FieldViewProps {
  readonly field: FormFieldDto;
  /** `id`, or `group[row].child` */
  readonly path: string;
  /** The raw value as held in the draft. */
  readonly raw: unknown;
  readonly state: FieldState | undefined;
  readonly showErrors: boolean;
  readonly status: PrefillStatus;
}

/** Radio buttons up to this many choices (one tap each); a searchable combo box beyond. */
const MAX_RADIO_CHOICES = 8;

/** The on-screen keyboard a type wants (numbers, phone pad), set on the text field's slotted native input. */
const INPUT_MODES: Record<string, string> = { integer: 'numeric', decimal: 'decimal', phone: 'tel' };

function codesOf(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' && raw.trim() ? raw.trim().split(/\s+/) : [];
}

function text(raw: unknown): string {
  return raw === undefined || raw === null ? '' : String(raw);
}

/** The first error as the worker reads it: the server's message, except that a constraint hides its expression. */
export function errorText(state: FieldState | undefined, show: boolean, locale: Locale, label: string): string | undefined {
  const error = show ? state?.errors[0] : undefined;
  if (!error) return undefined;
  if (error.code === 'constraint') return message(locale, 'form.constraint', label);
  return locale === 'en' ? error.messageEn : error.messageZh;
}

export const FieldView = memo(function FieldView({ field, path, raw, state, showErrors, status }: FieldViewProps) {
  const ctx = useFormContext();
  const { locale } = ctx;
  const [editing, setEditing] = useState(false);
  const [normalised, setNormalised] = useState<string | null>(null);
  // Vaadin fires value-changed while React sets the new value, before the handlers of this render are
  // attached: handlers compare with the latest value, never with the one their render closed over
  const latestRaw = useRef(raw);
  latestRaw.current = raw;
  const textField = useRef<TextFieldElement>(null);
  useEffect(() => {
    const input = textField.current?.inputElement as HTMLInputElement | undefined;
    const mode = INPUT_MODES[field.type];
    if (input && mode && input.inputMode !== mode) input.inputMode = mode;
  });
  if (state && !state.relevant) return null;

  const label = localized(field.label, locale);
  const hint = localized(field.hint, locale) || undefined;
  const error = errorText(state, showErrors, locale, label);
  const required = !!state?.required && !field.calculation;
  const testId = `field-${path}`;

  if (field.type === 'note') {
    return (
      <div className="of-field of-note" data-testid={testId} role="note">
        <span className="of-note-mark">{message(locale, 'form.note')}</span> {label}
        {hint && <div className="of-hint">{hint}</div>}
      </div>
    );
  }

  if (field.calculation) {
    const shown = displayValue(field, state?.value, locale);
    return (
      <div className="of-field of-calculated" data-testid={testId}>
        <div className="of-label">
          {label} <span className="of-badge">{message(locale, 'form.calculated')}</span>
        </div>
        <div className="of-calculated-value" data-testid={`${testId}-value`}>
          {shown || message(locale, 'form.empty-calculation')}
        </div>
        {error && <div className="of-error" role="alert">{error}</div>}
      </div>
    );
  }

  if (field.type === 'repeat_group') {
    return <RepeatGroup field={field} path={path} rows={Array.isArray(raw) ? raw : []} state={state} error={error} required={required} />;
  }

  // a fresh prefilled value: read-only with one tap to confirm, or edit
  if (status === 'verify' && !editing) {
    return (
      <div className="of-field of-verify" data-testid={testId}>
        <div className="of-label">
          {label} <span className="of-badge of-badge-verify">{message(locale, 'prefill.verify')}</span>
        </div>
        <div className="of-verify-row">
          <div className="of-verify-value" data-testid={`${testId}-value`}>{displayValue(field, raw, locale)}</div>
          <Button theme="primary" onClick={() => ctx.confirm(field.id)} data-testid={`${testId}-confirm`} disabled={ctx.readOnly}>
            {message(locale, 'prefill.confirm')}
          </Button>
          <Button onClick={() => setEditing(true)} data-testid={`${testId}-edit`} disabled={ctx.readOnly}>
            {message(locale, 'prefill.edit')}
          </Button>
        </div>
        {error && <div className="of-error" role="alert">{error}</div>}
      </div>
    );
  }

  const set = (value: unknown) => ctx.setValue(path, value);
  const commit = () => ctx.touch(path);
  const common = {
    label,
    helperText: normalised ?? hint,
    required,
    manualValidation: true,
    invalid: !!error,
    errorMessage: error,
    readonly: ctx.readOnly,
    autofocus: editing,
    'data-testid': testId,
  };

  let input: ReactNode;
  switch (field.type) {
    case 'integer':
    case 'decimal':
      input = (
        <TextField
          {...common}
          value={text(raw)}
          ref={textField}
          allowedCharPattern={field.type === 'integer' ? '[0-9+\\-]' : '[0-9.+\\-]'}
          onValueChanged={(e) => e.detail.value !== text(latestRaw.current) && set(e.detail.value === '' ? undefined : e.detail.value)}
          onChange={(e) => {
            const v = (e.target as TextFieldElement).value.trim();
            if (/^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/.test(v)) set(Number(v));
            commit();
          }}
        />
      );
      break;
    case 'date':
      input = (
        <DatePicker
          {...common}
          value={text(raw)}
          i18n={datePickerI18n[locale]}
          onValueChanged={(e) => {
            if (e.detail.value !== text(latestRaw.current)) {
              set(e.detail.value === '' ? undefined : e.detail.value);
              commit();
            }
          }}
          onChange={commit}
        />
      );
      break;
    case 'single_choice':
      input =
        (field.choices ?? []).length <= MAX_RADIO_CHOICES ? (
          <RadioGroup
            {...common}
            value={text(raw)}
            theme={(field.choices ?? []).length <= 4 ? 'horizontal' : 'vertical'}
            onValueChanged={(e) => {
              if (e.detail.value !== text(latestRaw.current)) {
                set(e.detail.value === '' ? undefined : e.detail.value);
                commit();
              }
            }}
          >
            {(field.choices ?? []).map((c) => (
              <RadioButton key={c.code} value={c.code} label={localized(c.label, locale)} />
            ))}
          </RadioGroup>
        ) : (
          <ComboBox
            {...common}
            items={(field.choices ?? []).map((c) => ({ value: c.code, label: localized(c.label, locale) }))}
            itemLabelPath="label"
            itemValuePath="value"
            value={text(raw)}
            placeholder={message(locale, 'form.choose')}
            clearButtonVisible
            onValueChanged={(e) => {
              if (e.detail.value !== text(latestRaw.current)) {
                set(e.detail.value === '' ? undefined : e.detail.value);
                commit();
              }
            }}
          />
        );
      break;
    case 'multiple_choice': {
      const selected = codesOf(raw);
      input = (
        <CheckboxGroup
          {...common}
          value={selected}
          theme="vertical"
          onValueChanged={(e) => {
            const next = (field.choices ?? []).map((c) => c.code).filter((code) => e.detail.value.includes(code));
            if (next.join(' ') !== codesOf(latestRaw.current).join(' ')) {
              set(next.length === 0 ? undefined : next);
              commit();
            }
          }}
        >
          {(field.choices ?? []).map((c) => (
            <Checkbox key={c.code} value={c.code} label={localized(c.label, locale)} />
          ))}
        </CheckboxGroup>
      );
      break;
    }
    case 'yes_no':
      input = (
        <RadioGroup
          {...common}
          value={raw === true ? 'yes' : raw === false ? 'no' : text(raw)}
          theme="horizontal"
          onValueChanged={(e) => {
            if (e.detail.value !== text(latestRaw.current)) {
              set(e.detail.value === '' ? undefined : e.detail.value);
              commit();
            }
          }}
        >
          <RadioButton value="yes" label={message(locale, 'form.yes')} />
          <RadioButton value="no" label={message(locale, 'form.no')} />
        </RadioGroup>
      );
      break;
    case 'id_number':
    case 'phone':
      input = (
        <TextField
          {...common}
          value={text(raw)}
          ref={textField}
          onValueChanged={(e) => {
            if (e.detail.value !== text(latestRaw.current)) {
              setNormalised(null);
              set(e.detail.value === '' ? undefined : e.detail.value);
            }
          }}
          onChange={(e) => {
            const typed = (e.target as TextFieldElement).value;
            const parsed = field.type === 'phone' ? parsePhone(typed) : parseIdNumber(typed, ctx.today);
            if (parsed.ok && parsed.value !== typed) {
              set(parsed.value);
              setNormalised(message(locale, field.type === 'phone' ? 'phone.normalised' : 'id.normalised', parsed.value));
            }
            commit();
          }}
        />
      );
      break;
    case 'address':
      input = (
        <TextArea
          {...common}
          value={text(raw)}
          onValueChanged={(e) => e.detail.value !== text(latestRaw.current) && set(e.detail.value === '' ? undefined : e.detail.value)}
          onChange={commit}
        />
      );
      break;
    case 'gps':
      input = <GpsInput field={field} path={path} raw={raw} label={label} hint={hint} error={error} required={required} />;
      break;
    case 'photo':
      input = <PhotoInput field={field} path={path} raw={raw} label={label} hint={hint} error={error} required={required} />;
      break;
    default:
      input = (
        <TextField
          {...common}
          value={text(raw)}
          onValueChanged={(e) => e.detail.value !== text(latestRaw.current) && set(e.detail.value === '' ? undefined : e.detail.value)}
          onChange={commit}
        />
      );
  }

  const wide = field.type === 'address' || field.type === 'multiple_choice' || field.type === 'photo' || field.type === 'gps';
  return (
    <div className={`of-field${wide ? ' of-wide' : ''}`} data-status={status}>
      {input}
      <PrefillNote field={field} status={status} />
    </div>
  );
});

/** Under a field with a prefilled value: "verified", or the out-of-date record with "same as on record". */
function PrefillNote({ field, status }: { field: FormFieldDto; status: PrefillStatus }) {
  const ctx = useFormContext();
  const { locale } = ctx;
  const p = ctx.prefill?.[field.id];
  if (!p || status === 'none' || status === 'verify') return null;
  if (status === 'confirmed') {
    return <div className="of-prefill of-prefill-confirmed">✓ {message(locale, 'prefill.confirmed')}</div>;
  }
  const recorded = message(locale, 'prefill.recorded', p.at.slice(0, 10), displayValue(field, prefillValue(field, p.value, ctx.today), locale));
  if (status === 'edited') return <div className="of-prefill">{recorded}</div>;
  return (
    <div className="of-prefill of-prefill-stale" data-testid={`field-${field.id}-stale`}>
      <span>
        {message(locale, 'prefill.stale')} · {recorded}
      </span>
      <Button
        theme="tertiary"
        disabled={ctx.readOnly}
        onClick={() => {
          ctx.setValue(field.id, prefillValue(field, p.value, ctx.today));
          ctx.touch(field.id);
        }}
      >
        {message(locale, 'prefill.same')}
      </Button>
    </div>
  );
}
