/* The collector screens' styles (rendered once by the layout). Touch targets ≥ 48 px; 1280×800 and 800×1280. */
export const screensCss = `
/* Flow's "Connection lost" bar is about Flow views; the collector works offline and says so in its status line */
body:has(.of-collect) vaadin-connection-indicator { display: none !important; }
.of-collect {
  --lumo-size-m: 3rem;
  --lumo-font-size-m: 1.0625rem;
  font-family: var(--lumo-font-family), 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif;
  font-size: var(--lumo-font-size-m);
  color: var(--lumo-body-text-color);
  background: #f4f7fb;
  height: 100%;
  display: flex;
  flex-direction: column;
  box-sizing: border-box;
}
.of-collect * { box-sizing: border-box; }
.of-top {
  flex: none;
  background: #165daa;
  color: #fff;
  display: flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  flex-wrap: wrap;
}
.of-top h1 { font-size: 1.25rem; margin: 0 1rem 0 0; font-weight: 600; white-space: nowrap; color: #fff; }
.of-top nav { display: flex; gap: 0.25rem; flex: 1 1 auto; flex-wrap: wrap; }
.of-top a {
  color: #fff; text-decoration: none !important; min-height: 48px; display: inline-flex; align-items: center;
  padding: 0 1rem; border-radius: 0.5rem; font-size: 1.0625rem;
}
.of-top a.active { background: rgba(255,255,255,0.2); font-weight: 600; }
.of-top .of-count {
  display: inline-block; min-width: 1.5rem; padding: 0 0.4rem; margin-left: 0.4rem; border-radius: 0.75rem;
  background: #fff; color: #165daa; font-size: 0.875rem; text-align: center; line-height: 1.5rem;
}
.of-top vaadin-button { min-height: 48px; }
.of-top .of-lang { color: #fff; background: transparent; border: 1px solid rgba(255,255,255,0.6); padding: 0 1rem; }
.of-status {
  flex: none;
  display: flex; align-items: center; gap: 0.75rem; flex-wrap: wrap;
  padding: 0.5rem 1rem; background: #fff; border-bottom: 1px solid var(--lumo-contrast-10pct);
  min-height: 3.5rem;
}
.of-status .of-line { flex: 1 1 16rem; min-width: 0; }
.of-status .of-line strong { font-weight: 600; }
.of-status vaadin-progress-bar { flex: 1 1 100%; margin: 0; }
.of-pill {
  display: inline-flex; align-items: center; min-height: 2rem; padding: 0 0.75rem; border-radius: 1rem;
  background: var(--lumo-contrast-5pct); font-size: 0.9375rem; white-space: nowrap;
}
.of-pill.warn { background: #fff4e0; color: #8a4b00; }
.of-pill.bad { background: #fde8e8; color: #a1141c; }
.of-pill.ok { background: #e6f4ea; color: #1e6b34; }
.of-alertbar, .of-banner {
  flex: none; margin: 0; padding: 0.75rem 1rem; background: #fff4e0; color: #6b3a00;
  border-bottom: 1px solid #f3d19c; display: flex; align-items: center; gap: 1rem; flex-wrap: wrap;
}
.of-banner { background: #e8f0fb; color: #0d3c73; border-bottom-color: #b8cfee; }
.of-main { flex: 1 1 auto; overflow-y: auto; padding: 1rem; }
.of-page { max-width: 72rem; margin: 0 auto; }
.of-page h2 { font-size: 1.375rem; margin: 0.25rem 0 1rem; }
.of-page h3 { font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
.of-card {
  background: #fff; border-radius: 0.75rem; border: 1px solid var(--lumo-contrast-10pct);
  padding: 1rem; margin-bottom: 0.75rem;
}
.of-filters { display: flex; flex-direction: column; gap: 0.5rem; margin-bottom: 1rem; }
.of-filters vaadin-text-field { width: 100%; }
.of-chiprow { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: center; }
.of-chiprow .of-chiplabel { color: var(--lumo-secondary-text-color); min-width: 3rem; }
.of-chiprow vaadin-button { min-height: 44px; min-width: 4.5rem; margin: 0; }
.of-chiprow vaadin-button:not([theme~='primary']) { border: 1px solid var(--lumo-contrast-20pct); background: #fff; }
.of-list { display: grid; grid-template-columns: 1fr 1fr; gap: 0.75rem; }
@media (max-width: 900px) { .of-list { grid-template-columns: 1fr; } }
.of-item {
  display: flex; align-items: center; gap: 0.75rem; min-height: 4.5rem; padding: 0.75rem 1rem;
  background: #fff; border-radius: 0.75rem; border: 1px solid var(--lumo-contrast-10pct);
  text-decoration: none; color: inherit; cursor: pointer;
}
.of-item:active { background: var(--lumo-contrast-5pct); }
.of-item .of-type {
  flex: none; width: 3rem; height: 3rem; border-radius: 50%; display: flex; align-items: center;
  justify-content: center; background: #e8f0fb; color: #165daa; font-weight: 600; font-size: 0.9375rem;
}
.of-item .of-type.resident { background: #e6f4ea; color: #1e6b34; }
.of-item .of-type.place { background: #f3e8fb; color: #6a2b91; }
.of-item .of-text { flex: 1 1 auto; min-width: 0; }
.of-item .of-title { font-weight: 600; font-size: 1.125rem; }
.of-item .of-sub { color: var(--lumo-secondary-text-color); font-size: 0.9375rem; overflow: hidden;
  text-overflow: ellipsis; white-space: nowrap; }
.of-item .of-comment { color: #a1141c; font-size: 0.9375rem; }
.of-state { flex: none; }
.of-state.returned { background: #fde8e8; color: #a1141c; }
.of-state.draft { background: #fff4e0; color: #8a4b00; }
.of-state.outbox { background: #e8f0fb; color: #0d3c73; }
.of-state.sent { background: #e6f4ea; color: #1e6b34; }
.of-actions { display: flex; gap: 0.75rem; flex-wrap: wrap; margin: 1rem 0; }
.of-actions vaadin-button { min-height: 52px; font-size: 1.0625rem; padding: 0 1.5rem; margin: 0; }
.of-kv { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr auto; gap: 0.5rem 1rem; align-items: baseline; }
@media (max-width: 900px) { .of-kv { grid-template-columns: minmax(7rem, 11rem) 1fr; } .of-kv .of-fresh { grid-column: 2; } }
.of-kv .of-k { color: var(--lumo-secondary-text-color); }
.of-kv .of-fresh { font-size: 0.875rem; justify-self: start; }
.of-history li { min-height: 2.5rem; }
.of-return { background: #fde8e8; color: #7a0f15; border-radius: 0.75rem; padding: 1rem; margin-bottom: 1rem; }
.of-errors { background: #fde8e8; color: #7a0f15; border-radius: 0.75rem; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.of-errors ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
.of-fill .of-sections-nav { top: -1rem; }
.of-fillbar {
  position: sticky; bottom: -1rem; z-index: 3; display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap;
  padding: 0.75rem 1rem; background: #fff; border-top: 1px solid var(--lumo-contrast-10pct);
  box-shadow: 0 -2px 8px rgba(0,0,0,0.06);
}
.of-fillbar .of-saved { flex: 1 1 12rem; color: var(--lumo-secondary-text-color); }
.of-fillbar .of-saved.bad { color: #a1141c; font-weight: 600; }
.of-fillbar vaadin-button { min-height: 52px; margin: 0; font-size: 1.0625rem; }
.of-fillhead { padding-top: 0.75rem !important; display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; padding: 0 1rem; max-width: 72rem; margin: 0 auto; }
.of-fillhead h2 { margin: 0.5rem 0; font-size: 1.375rem; }
.of-signin { max-width: 30rem; margin: 2rem auto; }
.of-signin vaadin-text-field, .of-signin vaadin-password-field { width: 100%; }
.of-signin vaadin-button { width: 100%; min-height: 52px; margin-top: 1rem; font-size: 1.125rem; }
.of-err { color: #a1141c; margin: 0.75rem 0; }
.of-muted { color: var(--lumo-secondary-text-color); }
.of-dup li { margin: 0.5rem 0; }
.of-center { text-align: center; padding: 3rem 1rem; color: var(--lumo-secondary-text-color); }
.of-ask-backdrop {
  position: fixed; inset: 0; z-index: 1000; background: rgba(20, 30, 45, 0.45);
  display: flex; align-items: center; justify-content: center; padding: 1rem;
}
.of-ask {
  background: #fff; border-radius: 0.75rem; box-shadow: 0 8px 32px rgba(0,0,0,0.25); padding: 1.25rem 1.5rem;
  width: min(36rem, 100%); max-height: calc(100% - 2rem); overflow-y: auto; outline: none;
}
.of-ask h3 { margin: 0 0 0.75rem; font-size: 1.25rem; }
.of-ask-body { line-height: 1.6; }
.of-ask-buttons { display: flex; justify-content: flex-end; gap: 0.75rem; flex-wrap: wrap; margin-top: 1.25rem; }
.of-ask-buttons vaadin-button { min-height: 52px; padding: 0 1.25rem; margin: 0; font-size: 1.0625rem; }
`;
