// Opens the built harness (target/form-harness) in headless Chromium over the DevTools protocol, reads the
// first-render timings the page reports, and takes screenshots at the two tablet sizes. No dependencies
// beyond Node 24 (fetch, WebSocket) and a Chromium binary. Usage (from the repository root):
//   npx vite build --config frontend/collect/form/demo/vite.config.ts
//   node frontend/collect/form/demo/measure.mjs [--chromium /usr/bin/chromium] [--out target/form-harness-shots]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const chromium = args.chromium ?? process.env.ONEFORM_CHROMIUM ?? '/usr/bin/chromium';
const root = normalize(args.root ?? 'target/form-harness');
const out = args.out ?? 'target/form-harness-shots';
mkdirSync(out, { recursive: true });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };
const server = createServer((req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  try {
    const body = readFileSync(path.endsWith('/') || path === root ? join(path, 'index.html') : path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;

const profile = mkdtempSync(join(tmpdir(), 'oneform-harness-'));
const browser = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--remote-debugging-port=0',
  `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
const endpoint = await new Promise((resolve, reject) => {
  let err = '';
  browser.stderr.on('data', (d) => {
    err += d;
    const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
    if (m) resolve(m[1]);
  });
  browser.on('exit', () => reject(new Error(`chromium exited: ${err}`)));
});
const http = endpoint.replace('ws://', 'http://').replace(/\/devtools\/browser\/.*/, '');

async function page() {
  const target = await (await fetch(`${http}/json/new?about:blank`, { method: 'PUT' })).json();
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((r) => ws.addEventListener('open', r, { once: true }));
  let id = 0;
  const pending = new Map();
  ws.addEventListener('message', (e) => {
    const msg = JSON.parse(e.data);
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const n = ++id;
      pending.set(n, (msg) => (msg.error ? reject(new Error(`${method}: ${msg.error.message}`)) : resolve(msg.result)));
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  return { send, close: () => ws.close() };
}

const threadTime = async (p) => (await p.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;

async function open(query, width, height, until) {
  const p = await page();
  await p.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
  await p.send('Page.enable');
  await p.send('Performance.enable');
  p.cpuBefore = await threadTime(p);
  await p.send('Page.navigate', { url: `${base}index.html${query}` });
  const deadline = Date.now() + 60_000;
  let text = '';
  while (Date.now() < deadline) {
    const r = await p.send('Runtime.evaluate', { expression: "document.getElementById('timing')?.textContent ?? ''", returnByValue: true });
    text = r.result.value ?? '';
    if (until(text)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { p, text };
}

async function shot(p, file, full = false) {
  await new Promise((r) => setTimeout(r, 400)); // fonts and Lit's last updates
  let clip;
  if (full) {
    const { cssContentSize } = await p.send('Page.getLayoutMetrics');
    clip = { x: 0, y: 0, width: cssContentSize.width, height: cssContentSize.height, scale: 1 };
  }
  const { data } = await p.send('Page.captureScreenshot', full ? { format: 'png', clip, captureBeyondViewport: true } : { format: 'png' });
  writeFileSync(join(out, file), Buffer.from(data, 'base64'));
  console.log(`screenshot ${join(out, file)}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const list = (xs) => xs.map((x) => x.toFixed(0)).join(' ');

/**
 * --cold N [--wall no]: cold first renders of the 200-field form, each in a new page (decision 0035).
 * Wall: N pages timed as the table's "cold" column (to the first committed layout) and to the next frame after it.
 * CPU: 2N pages alternating, the form compiled inside the render (as the cold column) or before it (what a cache of
 * compiled expressions could at most save); the page waits, the render runs synchronously (flushSync) inside one
 * Runtime.evaluate and the renderer main thread's CPU time (ThreadTime) is read just before and after: a figure a
 * loaded machine does not inflate, unlike wall time.
 */
async function coldAB(n) {
  const wall = { commit: [], frame: [] };
  for (let i = 0; i < (args.wall === 'no' ? 0 : n); i++) {
    const { p, text } = await open('?form=generated&fields=200&rounds=0', 1280, 800, (t) => t.startsWith('cold'));
    await new Promise((r) => setTimeout(r, 300));
    const frame = await p.send('Runtime.evaluate', { expression: "document.getElementById('timing')?.dataset.frame ?? 'NaN'", returnByValue: true });
    wall.commit.push(Number(/cold ([\d.]+) ms/.exec(text)[1]));
    wall.frame.push(Number(frame.result.value));
    p.close();
  }
  const cpu = { inside: { cpu: [], wall: [] }, before: { cpu: [], wall: [] } };
  for (let i = 0; i < 2 * n; i++) {
    const which = i % 2 === 0 ? 'inside' : 'before';
    const { p } = await open(`?form=generated&fields=200&rounds=0&go=1${which === 'before' ? '&compiled=1' : ''}`, 1280, 800, () => true);
    for (let w = 0; w < 240; w++) {
      const r = await p.send('Runtime.evaluate', { expression: 'window.harnessReady === true', returnByValue: true });
      if (r.result.value) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await new Promise((r) => setTimeout(r, 500)); // let the load's own work settle
    const before = await threadTime(p);
    const took = await p.send('Runtime.evaluate', { expression: 'window.harnessGo()', returnByValue: true });
    cpu[which].cpu.push((await threadTime(p)) - before);
    cpu[which].wall.push(took.result.value);
    p.close();
  }
  if (wall.commit.length) {
    console.log(`cold first render (the table's column), wall: commit median ${median(wall.commit).toFixed(0)} ms (${list(wall.commit)}) · next frame median ${median(wall.frame).toFixed(0)} ms (${list(wall.frame)})`);
  }
  for (const [name, s] of Object.entries(cpu)) {
    console.log(`cold first render, form compiled ${name} the render: main-thread CPU median ${median(s.cpu).toFixed(1)} ms (${list(s.cpu)}) · wall median ${median(s.wall).toFixed(1)} ms (${list(s.wall)})`);
  }
}

try {
  if (args.cold) await coldAB(Number(args.cold));
  else {
  {
    const { p, text } = await open('?bench=engine&fields=200', 1280, 800, (t) => t.startsWith('engine'));
    console.log(`form state engine, generated 200-field form: ${text}`);
    p.close();
  }
  {
    const { p, text } = await open('?bench=photo', 1280, 800, (t) => t.startsWith('photo'));
    console.log(`photo pipeline: ${text}`);
    p.close();
  }
  {
    const { p, text } = await open('?form=generated&fields=200&bench=typing', 1280, 800, (t) => t.startsWith('typing'));
    console.log(`typing into a 200-field form, all fields mounted: ${text}`);
    p.close();
  }
  const rounds = Number(args.rounds ?? 10);
  for (const fields of (args.fields ?? '200').split(',').map(Number)) {
    const { p, text } = await open(`?form=generated&fields=${fields}&rounds=${rounds}`, 1280, 800, (t) => t.split(' ').length > rounds + 6);
    console.log(`generated ${fields}-field form, 1280×800: ${text}`);
    await shot(p, `generated-${fields}-1280x800.png`);
    p.close();
    const warm = await open(`?form=generated&fields=${fields}&rounds=0&warm=1`, 1280, 800, (t) => t.startsWith('cold'));
    console.log(`generated ${fields}-field form, 1280×800, components warmed up at start (warmup.ts): ${warm.text.split(' · ')[0]}`);
    warm.p.close();
  }
  for (const [w, h] of args.shots === 'no' ? [] : [[1280, 800], [800, 1280]]) {
    for (const [name, query] of [['sample', '?prefill=1'], ['sample-errors', '?prefill=1&errors=1'], ['sample-en', '?prefill=1&lang=en'], ['empty', ''], ['generated-200', '?form=generated&fields=200']]) {
      const { p } = await open(query, w, h, (t) => t.startsWith('cold'));
      await shot(p, `${name}-${w}x${h}.png`);
      if (name === 'sample') await shot(p, `${name}-${w}x${h}-full-page.png`, true);
      p.close();
    }
  }
  }
} finally {
  browser.kill();
  await new Promise((r) => (browser.exitCode !== null ? r() : browser.once('exit', r)));
  server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
