/**
 * A question that must be answered before going on (unconfirmed prefill, duplicates, delete, leave with an
 * unsaved change, update): a modal card with large buttons. Plain React rather than Vaadin's ConfirmDialog,
 * whose slotted header and buttons did not render inside the lazily loaded collector routes.
 */
import { Button } from '@vaadin/react-components/Button.js';
import { useEffect, useRef, type ReactNode } from 'react';

export interface AskProps {
  opened: boolean;
  id?: string;
  header: string;
  children: ReactNode;
  confirmText: string;
  confirmTheme?: string;
  cancelText?: string;
  onConfirm(): void;
  onCancel(): void;
}

export function Ask({ opened, id, header, children, confirmText, confirmTheme = 'primary', cancelText, onConfirm, onCancel }: AskProps) {
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!opened) {
      return undefined;
    }
    card.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        onCancel();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [opened, onCancel]);
  if (!opened) {
    return null;
  }
  return (
    <div className="of-ask-backdrop">
      <div className="of-ask" role="dialog" aria-modal="true" aria-labelledby={id ? `${id}-header` : undefined} id={id}
           tabIndex={-1} ref={card}>
        <h3 id={id ? `${id}-header` : undefined}>{header}</h3>
        <div className="of-ask-body">{children}</div>
        <div className="of-ask-buttons">
          {cancelText ? <Button className="of-ask-cancel" onClick={onCancel}>{cancelText}</Button> : null}
          <Button className="of-ask-confirm" theme={confirmTheme} onClick={onConfirm}>{confirmText}</Button>
        </div>
      </div>
    </div>
  );
}
