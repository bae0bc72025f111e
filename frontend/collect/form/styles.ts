/* The form renderer's styles, rendered once per page by FormRenderer (React 19 hoists and dedupes <style href>). */
// Calm, large touch targets (≥ 44–48 px), one column at 800 px wide, two at 1280 px.
export const formCss = `
.of-form {
  --lumo-size-m: 3rem;
  --lumo-size-s: 2.5rem;
  --lumo-font-size-m: 1.0625rem;
  --vaadin-checkbox-size: 1.5rem;
  --vaadin-radio-button-size: 1.5rem;
  font-family: var(--lumo-font-family), 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif;
  font-size: var(--lumo-font-size-m);
  color: var(--lumo-body-text-color);
  padding: 0 1rem 4rem;
  box-sizing: border-box;
  max-width: 72rem;
  margin: 0 auto;
}
.of-sections-nav {
  position: sticky;
  top: 0;
  z-index: 2;
  display: flex;
  gap: 0.5rem;
  align-items: center;
  padding: 0.75rem 0;
  background: var(--lumo-base-color, #fff);
  border-bottom: 1px solid var(--lumo-contrast-10pct);
}
.of-chips {
  flex: 1 1 auto;
  min-width: 0;
  display: flex;
  gap: 0.5rem;
  overflow-x: auto;
  scrollbar-width: none;
}
.of-chip {
  flex: none;
  white-space: nowrap;
  display: inline-flex;
  align-items: center;
  gap: 0.375rem;
  min-height: 2.75rem;
  padding: 0 1rem;
  border-radius: 1.375rem;
  background: var(--lumo-contrast-5pct);
  color: var(--lumo-body-text-color);
  text-decoration: none;
}
.of-chip-error { background: var(--lumo-error-color-10pct); color: var(--lumo-error-text-color); }
.of-chip-count {
  min-width: 1.5rem;
  padding: 0 0.375rem;
  border-radius: 0.75rem;
  background: var(--lumo-error-color);
  color: var(--lumo-error-contrast-color, #fff);
  font-size: var(--lumo-font-size-s);
  text-align: center;
}
.of-language { flex: none; min-height: 2.75rem; }
.of-section { scroll-margin-top: 4.5rem; padding-top: 0.5rem; }
.of-section-title {
  display: flex;
  align-items: baseline;
  gap: 0.75rem;
  font-size: var(--lumo-font-size-xl);
  margin: 1.5rem 0 0.5rem;
}
.of-section-count { font-size: var(--lumo-font-size-s); font-weight: normal; color: var(--lumo-secondary-text-color); }
.of-grid {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr));
  gap: 0.25rem 1.5rem;
  align-items: start;
}
.of-field { min-width: 0; padding: 0.25rem 0; }
.of-field > vaadin-text-field,
.of-field > vaadin-text-area,
.of-field > vaadin-date-picker,
.of-field > vaadin-combo-box,
.of-field > vaadin-radio-group,
.of-field > vaadin-checkbox-group { width: 100%; }
.of-wide, .of-note, .of-repeat { grid-column: 1 / -1; }
.of-field vaadin-radio-button, .of-field vaadin-checkbox { min-height: 2.75rem; padding-right: 1rem; }
.of-field vaadin-button, .of-sections-nav vaadin-button { min-height: 2.75rem; }
.of-label { font-weight: 500; color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); padding: 0.5rem 0 0.25rem; }
.of-required { color: var(--lumo-primary-text-color); }
.of-hint { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); }
.of-error { color: var(--lumo-error-text-color); font-size: var(--lumo-font-size-s); padding: 0.25rem 0; }
.of-warning { color: var(--lumo-warning-text-color, #8a5300); font-size: var(--lumo-font-size-s); }
.of-badge {
  display: inline-block;
  padding: 0 0.5rem;
  border-radius: 0.75rem;
  background: var(--lumo-contrast-10pct);
  font-size: var(--lumo-font-size-xs);
  font-weight: normal;
}
.of-badge-verify { background: var(--lumo-warning-color-10pct, #fff3d6); color: var(--lumo-warning-text-color, #8a5300); }
.of-note {
  padding: 0.75rem 1rem;
  border-left: 4px solid var(--lumo-primary-color);
  background: var(--lumo-primary-color-10pct);
  border-radius: 0 var(--lumo-border-radius-m) var(--lumo-border-radius-m) 0;
}
.of-note-mark { font-weight: 600; color: var(--lumo-primary-text-color); }
.of-calculated-value, .of-verify-value {
  min-height: 3rem;
  display: flex;
  align-items: center;
  padding: 0 0.75rem;
  border-radius: var(--lumo-border-radius-m);
  background: var(--lumo-contrast-5pct);
}
.of-verify-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.of-verify-value { flex: 1 1 12rem; background: var(--lumo-warning-color-10pct, #fff3d6); }
.of-prefill { font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); }
.of-prefill-confirmed { color: var(--lumo-success-text-color); }
.of-prefill-stale { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
.of-gps-row, .of-photo-row, .of-photo-buttons { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; }
.of-gps-point { line-height: 1.5; }
.of-photo { width: 10rem; height: 7.5rem; object-fit: cover; border-radius: var(--lumo-border-radius-m); }
.of-photo-placeholder { display: flex; align-items: center; justify-content: center; background: var(--lumo-contrast-5pct); font-size: var(--lumo-font-size-s); }
.of-repeat { border-top: 1px solid var(--lumo-contrast-10pct); padding-top: 0.5rem; }
.of-row {
  margin: 0.75rem 0;
  padding: 0.5rem 1rem 1rem;
  border: 1px solid var(--lumo-contrast-20pct);
  border-radius: var(--lumo-border-radius-l);
}
.of-row-head { display: flex; align-items: center; justify-content: space-between; }
.of-row-title { font-weight: 600; }
`;
