// Serves the browser bench bundle on a free loopback port, opens it in headless Chromium, prints what the page
// POSTs back, then stops the browser it started. Usage: node browser-runner.mjs <bundle.js> [draft-only]
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bundle = readFileSync(process.argv[2]);
const query = process.argv[3] === 'draft-only' ? '?draft-only' : '';
const profile = mkdtempSync(join(tmpdir(), 'collector-bench-'));
let browser;
const done = new Promise(resolve => {
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/result') {
      let body = '';
      req.on('data', chunk => (body += chunk));
      req.on('end', () => {
        res.end();
        server.close();
        resolve(body);
      });
    } else if (req.url === '/bench.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
        .end('<!doctype html><meta charset="utf-8"><body>running…<script type="module" src="/bench.js"></script>');
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}/${query}`;
    browser = spawn(process.env.ONEFORM_CHROMIUM ?? '/usr/bin/chromium', ['--headless=new', '--no-sandbox',
      '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', `--user-data-dir=${profile}`, url], { stdio: 'ignore', detached: true }); // its own process group: stopped as a whole below
  });
});
const timeout = setTimeout(() => {
  console.error('browser bench timed out');
  stop();
  process.exit(1);
}, 600_000);
function stop() {
  try {
    process.kill(-browser.pid, 'SIGTERM'); // the browser this script started and its helpers, nothing else
  } catch {
    // already gone
  }
}
console.log(await done);
clearTimeout(timeout);
const exited = new Promise(resolve => browser.once('exit', resolve));
stop();
await exited;
rmSync(profile, { recursive: true, force: true });
