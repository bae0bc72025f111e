/** A GPS point: one tap to locate, the point and its accuracy shown, a clear message when it cannot be had. */
import { useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { useFormContext } from './context.js';
import { GpsError, locate, POOR_ACCURACY_METRES, type GpsProblem } from './gps.js';
import { message } from './messages.js';
import { checkValue } from './typecheck.js';
import type { FieldInputProps, GpsValue } from './types.js';

export function GpsInput({ field, path, raw, label, hint, error, required }: FieldInputProps) {
  const ctx = useFormContext();
  const { locale } = ctx;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<GpsProblem | null>(null);
  const checked = checkValue(field, raw, ctx.today);
  const point = checked.kind === 'ok' ? (checked.value as GpsValue) : null;

  const capture = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const value = await locate(ctx.geolocation);
      ctx.setValue(path, value);
    } catch (e) {
      setProblem(e instanceof GpsError ? e.problem : 'unavailable');
    } finally {
      setBusy(false);
      ctx.touch(path);
    }
  };

  return (
    <div className="of-custom" data-testid={`field-${path}`}>
      <div className="of-label">
        {label}
        {required && <span className="of-required" aria-label={message(locale, 'form.required-mark')}> *</span>}
      </div>
      {hint && <div className="of-hint">{hint}</div>}
      <div className="of-gps-row">
        <Button theme={point ? 'secondary' : 'primary'} onClick={capture} disabled={busy || ctx.readOnly} data-testid={`field-${path}-locate`}>
          {busy ? message(locale, 'gps.locating') : message(locale, point ? 'gps.again' : 'gps.capture')}
        </Button>
        {point && (
          <div className="of-gps-point" data-testid={`field-${path}-point`}>
            <div>{message(locale, 'gps.point', point.lat.toFixed(6), point.lon.toFixed(6))}</div>
            {point.accuracy != null && (
              <div className={point.accuracy > POOR_ACCURACY_METRES ? 'of-warning' : 'of-hint'}>
                {message(locale, 'gps.accuracy', Math.round(point.accuracy))}
                {point.accuracy > POOR_ACCURACY_METRES && ` · ${message(locale, 'gps.poor', POOR_ACCURACY_METRES)}`}
              </div>
            )}
          </div>
        )}
      </div>
      {problem && (
        <div className="of-error" role="alert" data-testid={`field-${path}-problem`}>
          {message(locale, `gps.${problem}`)}
        </div>
      )}
      {error && !problem && <div className="of-error" role="alert">{error}</div>}
    </div>
  );
}
