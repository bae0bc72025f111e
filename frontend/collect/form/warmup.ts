/**
 * Pays the first-use cost of the form's Vaadin components (style injection, templates) before a form opens:
 * one hidden instance of each, created and removed. Call it once when the collector starts (in an idle
 * moment); the first form then renders as fast as every later one. Idempotent.
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

export function warmUpFormRenderer(): Promise<void> {
  done ??= new Promise<void>((resolve) => {
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
