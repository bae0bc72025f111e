/**
 * The form state engine on a generated 200-field form, in the browser (harness page `?bench=engine`; run by
 * measure.mjs). Median of many runs per operation, after a warm-up; reported in docs/benchmarks.md.
 */
import { LocalDate } from '../../../expr/index.js';
import { compileForm, evaluateForm, updateForm } from '../engine.js';
import { generatedForm } from '../fixtures.js';

/** The median time of one run; each sample times 50 runs (browsers round performance.now() to 0.1 ms). */
function median(run: () => void, times: number): number {
  for (let i = 0; i < 20; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    for (let j = 0; j < 50; j++) run();
    samples.push((performance.now() - t) / 50);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export function engineBench(fields: number): string {
  const today = LocalDate.of(2026, 12, 3);
  const dto = generatedForm(fields);
  const form = compileForm(dto);
  const filled: Record<string, unknown> = {};
  for (const f of dto.fields) {
    if (f.type === 'yes_no') filled[f.id] = 'yes';
    else if (f.type === 'integer') filled[f.id] = 40;
    else if (f.type === 'text') filled[f.id] = '示范';
  }
  let state = evaluateForm(form, filled, { today });
  let n = 0;
  const yesNo = dto.fields.find((f) => f.type === 'yes_no')!.id;
  const results = {
    compile: median(() => compileForm(dto), 20),
    evaluate: median(() => evaluateForm(form, filled, { today }), 20),
    keystroke: median(() => {
      state = updateForm(state, { ...state.input, 'gen.f000': `示范${n++ % 10}` });
    }, 50),
    relevanceAnswer: median(() => {
      state = updateForm(state, { ...state.input, [yesNo]: n++ % 2 ? 'yes' : 'no' });
    }, 50),
  };
  return Object.entries(results)
    .map(([k, v]) => `${k} ${v.toFixed(3)} ms`)
    .join(' · ');
}
