/** What every field view of one FormRenderer shares; stable across keystrokes (changes with the language). */
import { createContext, useContext } from 'react';
import type { LocalDate } from '../../expr/index.js';
import type { Locale } from './messages.js';
import type { PreparedPhoto } from './photo.js';
import type { Prefill } from './types.js';

export interface FormContextValue {
  readonly locale: Locale;
  readonly today: LocalDate;
  readonly prefill: Prefill | undefined;
  readonly readOnly: boolean;
  /** Sets the value at a path (`id`, or `group[row].child`). */
  setValue(path: string, value: unknown): void;
  /** The worker has finished with the field at `path` (committed or left it): its errors show from now on. */
  touch(path: string): void;
  /** The worker confirmed a fresh prefilled value. */
  confirm(id: string): void;
  /** Adds a row to a repeat group, or removes one. */
  addRow(group: string): void;
  removeRow(group: string, index: number): void;
  processPhoto(file: Blob): Promise<PreparedPhoto>;
  onPhoto: ((photo: PreparedPhoto, path: string) => Promise<void> | void) | undefined;
  loadPhoto: ((sha256: string) => Promise<Blob | undefined>) | undefined;
  geolocation: Geolocation | undefined;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('a field view outside a FormRenderer');
  return value;
}

/** Whether the errors at a path show: after the worker touched the field, or when the renderer shows all. */
export const TouchedContext = createContext<(path: string) => boolean>(() => false);
