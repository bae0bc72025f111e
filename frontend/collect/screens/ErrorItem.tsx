/** One server field error in a list: the field's label in bold, then the reason (the label never twice). */
import { colon, errorLine } from './logic.js';

export function ErrorItem({ label, message, locale }: { label: string; message: string; locale: string }) {
  const line = errorLine(label, message);
  return <li><strong>{line.label}</strong>{colon(locale)}{line.text}</li>;
}
