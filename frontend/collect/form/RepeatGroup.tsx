/** A repeat group (household members): one card per row with its own relevance, add and remove rows. */
import { useContext, useEffect, useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { TouchedContext, useFormContext } from './context.js';
import type { FieldState } from './engine.js';
import { FieldView } from './FieldView.js';
import { localized, message } from './messages.js';
import type { FormFieldDto, RowValues } from './types.js';

interface Props {
  readonly field: FormFieldDto;
  readonly path: string;
  readonly rows: readonly unknown[];
  readonly state: FieldState | undefined;
  readonly error: string | undefined;
  readonly required: boolean;
}

export function RepeatGroup({ field, path, rows, state, error, required }: Props) {
  const ctx = useFormContext();
  const { locale } = ctx;
  return (
    <div className="of-field of-wide of-repeat" data-testid={`field-${path}`}>
      <div className="of-label">
        {localized(field.label, locale)}
        {required && <span className="of-required" aria-label={message(locale, 'form.required-mark')}> *</span>}
      </div>
      {field.hint && <div className="of-hint">{localized(field.hint, locale)}</div>}
      {rows.length === 0 && <div className="of-hint">{message(locale, 'repeat.empty')}</div>}
      {rows.map((row, index) => (
        <Row key={index} group={field} path={path} index={index} row={row} state={state} />
      ))}
      {error && <div className="of-error" role="alert">{error}</div>}
      <Button theme="primary" onClick={() => ctx.addRow(field.id)} disabled={ctx.readOnly} data-testid={`field-${path}-add`}>
        + {message(locale, 'repeat.add')}
      </Button>
    </div>
  );
}

function Row({ group, path, index, row, state }: { group: FormFieldDto; path: string; index: number; row: unknown; state: FieldState | undefined }) {
  const ctx = useFormContext();
  const { locale } = ctx;
  const [arming, setArming] = useState(false);
  // removing takes two taps: the first arms the button for a few seconds
  useEffect(() => {
    if (!arming) return;
    const timer = setTimeout(() => setArming(false), 4000);
    return () => clearTimeout(timer);
  }, [arming]);
  const rowState = state?.rows?.[index];
  const values = (typeof row === 'object' && row !== null ? row : {}) as RowValues;
  const rowError = rowState?.errors.find((e) => e.path === `${path}[${index}]`);
  return (
    <div className="of-row" data-testid={`${path}[${index}]`}>
      <div className="of-row-head">
        <span className="of-row-title">{message(locale, 'repeat.row', index + 1)}</span>
        <Button
          theme={arming ? 'error primary' : 'error tertiary'}
          disabled={ctx.readOnly}
          data-testid={`${path}[${index}]-remove`}
          onClick={() => {
            if (arming) ctx.removeRow(group.id, index);
            else setArming(true);
          }}
        >
          {arming ? `${message(locale, 'repeat.remove')}？` : message(locale, 'repeat.remove')}
        </Button>
      </div>
      {rowError && <div className="of-error" role="alert">{locale === 'en' ? rowError.messageEn : rowError.messageZh}</div>}
      <div className="of-grid">
        {(group.children ?? []).map((child) => {
          const childPath = `${path}[${index}].${child.id}`;
          return (
            <RowField key={child.id} field={child} path={childPath} raw={values[child.id]} state={rowState?.fields.get(child.id)} />
          );
        })}
      </div>
    </div>
  );
}

function RowField({ field, path, raw, state }: { field: FormFieldDto; path: string; raw: unknown; state: FieldState | undefined }) {
  const shown = useContext(TouchedContext)(path);
  return <FieldView field={field} path={path} raw={raw} state={state} showErrors={shown} status="none" />;
}
