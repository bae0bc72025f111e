// Opens the built screens harness (target/screens-harness) in headless Chromium over the DevTools protocol and
// takes a screenshot of every collector screen at 1280×800 and 800×1280 (Chinese; English with --lang en).
// Usage (from the repository root):
//   npx vite build --config frontend/collect/screens/harness/vite.config.ts
//   node frontend/collect/screens/harness/shots.mjs [--chromium /usr/bin/chromium] [--out target/screens-harness-shots]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const chromium = args.chromium ?? process.env.ONEFORM_CHROMIUM ?? '/usr/bin/chromium';
const root = normalize(args.root ?? 'target/screens-harness');
const out = args.out ?? 'target/screens-harness-shots';
const lang = args.lang ?? 'zh';
const routes = (args.routes ?? 'signin,list,subject,returned,fill,new,outbox').split(',');
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

const profile = mkdtempSync(join(tmpdir(), 'oneform-screens-'));
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
    } else if (msg.method === 'Runtime.exceptionThrown') {
      console.log('  page exception:', msg.params.exceptionDetails.exception?.description ?? msg.params.exceptionDetails.text);
    } else if (msg.method === 'Runtime.consoleAPICalled' && (msg.params.type === 'error' || msg.params.type === 'warning')) {
      console.log(`  console.${msg.params.type}:`, msg.params.args.map((a) => a.value ?? a.description).join(' ').slice(0, 300));
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

try {
  for (const route of routes) {
    for (const [name, width, height] of [['landscape', 1280, 800], ['portrait', 800, 1280]]) {
      const p = await page();
      await p.send('Runtime.enable');
      await p.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
      await p.send('Page.enable');
      await p.send('Page.navigate', { url: `${base}index.html?route=${route}&lang=${lang}` });
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const r = await p.send('Runtime.evaluate', { expression: "document.body?.dataset.ready ?? ''", returnByValue: true });
        if (r.result.value === 'true') break;
        await new Promise((r) => setTimeout(r, 250));
      }
      await new Promise((r) => setTimeout(r, 1200));
      const { data } = await p.send('Page.captureScreenshot', { format: 'png' });
      const file = join(out, `collect-${route}-${name}${lang === 'en' ? '-en' : ''}.png`);
      writeFileSync(file, Buffer.from(data, 'base64'));
      console.log(`screenshot ${file}`);
      p.close();
    }
  }
} finally {
  browser.kill();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
