// Imported first by the component tests (happy-dom): the browser APIs Vaadin's components call at load
// that happy-dom lacks. happy-dom's CSS is a getter returning a fresh object, so a patched copy replaces it.
const original = (globalThis as unknown as { CSS?: object }).CSS ?? {};
const patched = Object.assign(Object.create(original) as Record<string, unknown>, {
  registerProperty: () => undefined,
  supports: () => false,
  escape: (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`),
});
Object.defineProperty(globalThis, 'CSS', { value: patched, configurable: true, writable: true });
// Lumo's style injector tests rules with instanceof; happy-dom defines only some CSS rule classes.
for (const name of ['CSSImportRule', 'CSSMediaRule', 'CSSStyleRule', 'CSSLayerBlockRule', 'CSSSupportsRule']) {
  const g = globalThis as unknown as Record<string, unknown>;
  if (typeof g[name] !== 'function') g[name] = class {};
}
// …and iterates a rule's style declaration, which happy-dom's CSSStyleDeclaration does not support.
const declaration = (globalThis as unknown as { CSSStyleDeclaration?: { prototype: object } }).CSSStyleDeclaration;
if (declaration && !(Symbol.iterator in declaration.prototype)) {
  Object.defineProperty(declaration.prototype, Symbol.iterator, {
    value: function* (this: { length: number; item(i: number): string }) {
      for (let i = 0; i < this.length; i++) yield this.item(i);
    },
  });
}
// Vaadin's overlays (date picker, combo box) follow window.visualViewport, which happy-dom does not have.
const w = globalThis as unknown as { visualViewport?: unknown; innerWidth: number; innerHeight: number };
if (!w.visualViewport) {
  w.visualViewport = Object.assign(new EventTarget(), {
    width: w.innerWidth,
    height: w.innerHeight,
    scale: 1,
    offsetLeft: 0,
    offsetTop: 0,
    pageLeft: 0,
    pageTop: 0,
  });
}
// Vaadin warns in quirks mode; happy-dom's test document has no doctype.
if (!document.doctype) document.insertBefore(document.implementation.createDocumentType('html', '', ''), document.documentElement);
