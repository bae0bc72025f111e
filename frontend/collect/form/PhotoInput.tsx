/**
 * A photo: the camera (capture) or the gallery; compressed in the browser, hashed, handed to onPhoto for
 * storage as a blob; the field's value is the hash. An existing value is shown through loadPhoto.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '@vaadin/react-components/Button.js';
import { useFormContext } from './context.js';
import { message } from './messages.js';
import type { FieldInputProps } from './types.js';

export function PhotoInput({ path, raw, label, hint, error, required }: FieldInputProps) {
  const ctx = useFormContext();
  const { locale } = ctx;
  const camera = useRef<HTMLInputElement>(null);
  const gallery = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ hash: string; url: string } | null>(null);
  const hash = typeof raw === 'string' && raw !== '' ? raw : null;

  // show a stored photo (a reopened draft) through loadPhoto
  useEffect(() => {
    if (!hash || preview?.hash === hash || !ctx.loadPhoto) return;
    let cancelled = false;
    ctx.loadPhoto(hash).then(
      (blob) => {
        if (!cancelled && blob) setPreview({ hash, url: URL.createObjectURL(blob) });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [hash, ctx, preview?.hash]);
  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview.url);
    },
    [preview],
  );

  const take = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const photo = await ctx.processPhoto(file);
      await ctx.onPhoto?.(photo, path);
      setPreview({ hash: photo.sha256, url: URL.createObjectURL(photo.blob) });
      ctx.setValue(path, photo.sha256);
    } catch (e) {
      setFailure(message(locale, 'photo.failed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      ctx.touch(path);
      if (camera.current) camera.current.value = '';
      if (gallery.current) gallery.current.value = '';
    }
  };

  const shown = preview && preview.hash === hash ? preview.url : null;
  return (
    <div className="of-custom" data-testid={`field-${path}`}>
      <div className="of-label">
        {label}
        {required && <span className="of-required" aria-label={message(locale, 'form.required-mark')}> *</span>}
      </div>
      {hint && <div className="of-hint">{hint}</div>}
      <div className="of-photo-row">
        {shown && <img className="of-photo" src={shown} alt={label} />}
        {hash && !shown && <div className="of-photo of-photo-placeholder">{message(locale, 'photo.unavailable')}</div>}
        <div className="of-photo-buttons">
          <Button theme={hash ? 'secondary' : 'primary'} disabled={busy || ctx.readOnly} onClick={() => camera.current?.click()}>
            {busy ? message(locale, 'photo.processing') : message(locale, hash ? 'photo.retake' : 'photo.take')}
          </Button>
          <Button disabled={busy || ctx.readOnly} onClick={() => gallery.current?.click()}>
            {message(locale, 'photo.choose')}
          </Button>
          {hash && (
            <Button theme="error tertiary" disabled={busy || ctx.readOnly} onClick={() => ctx.setValue(path, undefined)}>
              {message(locale, 'photo.remove')}
            </Button>
          )}
        </div>
      </div>
      <input ref={camera} type="file" accept="image/*" capture="environment" hidden data-testid={`field-${path}-camera`}
        onChange={(e) => void take(e.target.files?.[0])} />
      <input ref={gallery} type="file" accept="image/*" hidden data-testid={`field-${path}-file`}
        onChange={(e) => void take(e.target.files?.[0])} />
      {failure && <div className="of-error" role="alert">{failure}</div>}
      {error && !failure && <div className="of-error" role="alert">{error}</div>}
    </div>
  );
}
