/**
 * A static page to look at the form renderer and time its first render in a real browser, until the
 * collector's /collect routes exist. Build and open: see ../README.md ("Harness"). Query parameters:
 *   ?form=sample|generated  ?fields=200  ?prefill=1  ?errors=1  ?lang=en
 *   ?go=1 [&compiled=1]: do not mount; set window.harnessReady and wait for window.harnessGo(), which renders synchronously
 *   (flushSync), so measure.mjs can read the main thread's CPU time just before and after the cold render
 * The first-render time (from before createRoot().render to the end of the first committed layout, i.e.
 * what a worker waits for before the first paint) is written to document.title and #timing.
 */
import { StrictMode, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { LocalDate } from '../../../expr/index.js';
import { generatedForm, sampleForm } from '../fixtures.js';
import { FormRenderer } from '../FormRenderer.js';
import { compileForm } from '../engine.js';
import type { Locale } from '../messages.js';
import { initialValues } from '../prefill.js';
import { engineBench } from './engine-bench.js';
import { photoCheck } from './photo-check.js';
import { warmUpFormRenderer } from '../warmup.js';
import type { FormValues, Prefill } from '../types.js';

const params = new URLSearchParams(location.search);
const today = LocalDate.of(2026, 12, 3);
const form = params.get('form') === 'generated' ? generatedForm(Number(params.get('fields') ?? 200)) : sampleForm();
const prefill: Prefill | undefined = params.get('prefill')
  ? {
      'resident.name': { value: '张示范', seq: 11, at: '2026-11-20T08:00:00Z', fresh: true },
      'resident.gender': { value: 'female', seq: 12, at: '2026-11-20T08:00:00Z', fresh: true },
      'resident.birth_date': { value: '1990-06-15', seq: 13, at: '2026-11-20T08:00:00Z', fresh: true },
      'resident.phone': { value: '13800138000', seq: 14, at: '2025-01-02T08:00:00Z', fresh: false },
      'household.address': { value: '示范区幸福街道示范路1号3栋501（虚构）', seq: 15, at: '2026-11-20T08:00:00Z', fresh: true },
    }
  : undefined;
const start: FormValues = prefill
  ? {
      ...initialValues(form, prefill, today),
      'resident.disability': 'yes',
      'resident.chronic': ['none', 'diabetes'],
      'resident.id_number': '110105194912310021',
      'household.location': { lat: 30.2741234, lon: 120.1551234, accuracy: 12 },
      'household.members': [
        { 'household.member_name': '李示范', 'household.member_age': 10 },
        { 'household.member_name': '王示范', 'household.member_age': 45 },
      ],
    }
  : {};

/**
 * Timings, each from the call to render() to the first layout effect (React committed, Vaadin's elements
 * created and connected): `cold` is the first form after the page loaded (the components' first use: styles
 * injected, templates prepared), `warm` the next forms of the session (the form unmounted and mounted again,
 * like the worker moving on to the next household), reported as the median of five.
 */
let t0 = performance.now();
// ?bench=typing: every field mounted, then 40 keystrokes into the first text field, each timed from the
// input event to React's committed layout with the new values (the engine update and the re-render)
let typingStart: number | null = null;
const typed: number[] = [];

async function typingBench(): Promise<string> {
  await new Promise((r) => setTimeout(r, 500));
  const input = document.querySelector('vaadin-text-field input') as HTMLInputElement;
  for (let i = 0; i < 40; i++) {
    input.value = `示范${i}`;
    typingStart = performance.now();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 30));
  }
  const sorted = [...typed].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  return `typing ${sorted.length} keystrokes: median ${at(0.5)} ms · p90 ${at(0.9)} ms · max ${at(1)} ms (${document.querySelectorAll('.of-field').length} fields mounted)`;
}
const timings: number[] = [];
let round = 0;

function report() {
  const warm = timings.slice(1).sort((a, b) => a - b);
  const median = warm.length ? warm[Math.floor(warm.length / 2)] : NaN;
  const text = `cold ${timings[0].toFixed(1)} ms · warm median ${median.toFixed(1)} ms (${warm.map((t) => t.toFixed(0)).join(' ')})`;
  document.title = `first-render ${text}`;
  document.getElementById('timing')!.textContent = text;
}

function Harness() {
  const [values, setValues] = useState<FormValues>(start);
  const [confirmed, setConfirmed] = useState<readonly string[]>([]);
  const [locale, setLocale] = useState<Locale>(params.get('lang') === 'en' ? 'en' : 'zh-CN');
  useLayoutEffect(() => {
    timings.push(performance.now() - t0);
    if (params.has('profile') && timings.length === 1) console.profileEnd('first-render');
    if (timings.length === 1) {
      // also: to the first frame after the commit (style, layout and paint of what was committed)
      const began = t0;
      requestAnimationFrame(() => setTimeout(() => document.getElementById('timing')!.setAttribute('data-frame', (performance.now() - began).toFixed(1))));
    }
    report();
  }, []);
  useLayoutEffect(() => {
    if (typingStart !== null) {
      typed.push(performance.now() - typingStart);
      typingStart = null;
    }
  }, [values]);
  return (
    <FormRenderer
      batchSize={params.get('bench') === 'typing' ? Number.POSITIVE_INFINITY : undefined}
      form={form}
      today={today}
      values={values}
      onChange={(v) => setValues(v)}
      prefill={prefill}
      confirmed={confirmed}
      onConfirmedChange={setConfirmed}
      locale={locale}
      onLocaleChange={setLocale}
      showAllErrors={params.has('errors')}
    />
  );
}

const timing = document.createElement('div');
timing.id = 'timing';
timing.hidden = true;
document.body.append(timing);
if (params.get('bench') === 'photo') {
  void photoCheck().then(
    (text) => (timing.textContent = text),
    (e: unknown) => (timing.textContent = `photo FAILED ${String(e)}`),
  );
} else if (params.get('bench') === 'engine') {
  // the engine alone, no rendering: ?bench=engine&fields=200
  setTimeout(() => {
    timing.textContent = `engine ${engineBench(Number(params.get('fields') ?? 200))}`;
  }, 100);
} else {
  const root = createRoot(document.getElementById('outlet')!);
const mount = () => {
  if (params.has('profile') && round === 0) console.profile('first-render');
  t0 = performance.now();
  root.render(
    <StrictMode>
      <Harness key={round} />
    </StrictMode>,
  );
};
// ?warm=1: the collector warmed the components up at start (warmup.ts) before the first form opens
const begin = () => {
  if (!params.has('go')) {
    mount();
    return;
  }
  // ?compiled=1: the form compiled (every expression parsed) before the render: what any cache of compiled
  // expressions could at most save (an A/B of compiling inside the render)
  if (params.has('compiled')) compileForm(form);
  (window as unknown as { harnessGo: () => number }).harnessGo = () => {
    flushSync(mount);
    return timings[0];
  };
  (window as unknown as { harnessReady: boolean }).harnessReady = true;
};
if (params.has('warm')) void warmUpFormRenderer().then(mount);
else begin();
// ?rounds=N: unmount and mount again N times (warm first renders), then leave the last one on screen
const rounds = Number(params.get('rounds') ?? 0);
const again = () => {
  if (round >= rounds) return;
  round++;
  root.render(<></>);
  setTimeout(() => {
    mount();
    setTimeout(again, 200);
  }, 100);
};
setTimeout(again, 1000);
if (params.get('bench') === 'typing') setTimeout(() => void typingBench().then((text) => (timing.textContent = text)), 1000);
}
