/**
 * Pays the first-use cost of the form's Vaadin components (style injection, templates) and of the form state
 * engine (the expression parser's first parses, the engine's first run) before a form opens: one hidden instance
 * of each component, created and removed, and a small form with the usual kinds of expressions compiled and
 * evaluated. Call it once when the collector starts (in an idle moment); the first form then renders about as
 * fast as every later one. Idempotent.
 */
import '@vaadin/react-components/Button.js';
import '@vaadin/react-components/Checkbox.js';
import '@vaadin/react-components/CheckboxGroup.js';
import '@vaadin/react-components/ComboBox.js';
import '@vaadin/react-components/DatePicker.js';
import '@vaadin/react-components/RadioButton.js';
import '@vaadin/react-components/RadioGroup.js';
import '@vaadin/react-components/TextArea.js';
import '@vaadin/react-components/TextField.js';
import { compileForm, evaluateForm } from './engine.js';
import type { FormFieldDto, FormVersionDto } from './types.js';

const TAGS = [
  'vaadin-text-field',
  'vaadin-text-area',
  'vaadin-date-picker',
  'vaadin-radio-group',
  'vaadin-radio-button',
  'vaadin-checkbox-group',
  'vaadin-checkbox',
  'vaadin-combo-box',
  'vaadin-button',
];

let done: Promise<void> | null = null;

function warmField(id: string, type: string, more: Partial<FormFieldDto>): FormFieldDto {
  return { id, type, section: 'warm-up', label: { 'zh-CN': id, en: id }, ...more };
}

/** The usual expression shapes: comparisons, and/or/not, arithmetic, dates, functions on `.` and on choices. */
function warmEngine(): void {
  const fields = [
    warmField('w.yes', 'yes_no', { required: 'true()' }),
    warmField('w.n', 'integer', { constraint: '. >= 0 and . <= 150', relevance: "${w.yes} = 'yes'" }),
    warmField('w.d', 'date', { constraint: '. <= today()', relevance: '${w.n} >= 18 or not(${w.yes} != \'no\')' }),
    warmField('w.age', 'integer', { calculation: 'int((today() - ${w.d}) div 365.25)' }),
    warmField('w.t', 'text', { constraint: 'string-length(.) >= 2 and string-length(.) <= 30' }),
    warmField('w.c', 'multiple_choice', { constraint: "not(selected(., 'none')) or count-selected(.) = 1" }),
    warmField('w.x', 'decimal', { calculation: '${w.n} * 1.5 + 1', relevance: "${w.t} != ''" }),
  ];
  const form: FormVersionDto = { subjectType: 'warm-up', version: 0, fields };
  try {
    evaluateForm(compileForm(form), { 'w.yes': 'yes', 'w.n': 20, 'w.d': '1990-06-15', 'w.t': '示范', 'w.c': ['a'] });
  } catch {
    // a warm-up only: a form that opens later reports its own problems
  }
}

export function warmUpFormRenderer(): Promise<void> {
  done ??= new Promise<void>((resolve) => {
    warmEngine();
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    host.style.cssText = 'position:fixed;left:-10000px;top:0;width:400px;visibility:hidden;pointer-events:none';
    for (const tag of TAGS) host.append(document.createElement(tag));
    document.body.append(host);
    requestAnimationFrame(() =>
      setTimeout(() => {
        host.remove();
        resolve();
      }, 0),
    );
  });
  return done;
}
