#!/usr/bin/env node
/**
 * HR records at scale (issue 22): makes N progress files from
 * tests/fixtures/complete-course.progress.json (mostly valid, plus a share of
 * broken, duplicate, name-only and other-course ones), drives the BUILT /hr/
 * page in the system Chromium, and prints per size: read time, the longest
 * main-thread task, time to an interactive table, certificate time and bytes,
 * peak JS heap, and the per-learner cost ratio against 1,000 learners.
 * Fails when the per-learner cost at the largest size is more than 1.5 times
 * the cost at 1,000 (or at the smallest size when 1,000 is not run).
 *
 *   npm run build && npm run bench:hr -- [--sizes 100,1000,5000,10000] [--dist dist] [--port 0] [--pdf-timeout 300] [--no-pdf]
 *
 * Not a test: figures depend on the machine. Run it on a quiet machine.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const sizes = option('sizes', '100,1000,5000,10000').split(',').map(Number);
const root = resolve(option('dist', 'dist'));
// Any free port unless one is given: the bench can run beside the browser tests.
let port = Number(option('port', 0));
const pdfTimeout = Number(option('pdf-timeout', 300)) * 1000;
const skipPdf = args.includes('--no-pdf');
const browserPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));

// ---------- the files ----------
const fixture = JSON.parse(readFileSync('tests/fixtures/complete-course.progress.json', 'utf8'));

/** The files of a cohort of `count`; returns the folder and how many learners and CSV rows they should give. */
function makeFiles(count) {
  const folder = join(tmpdir(), 'hr-bench-files', String(count));
  const expectedFile = join(folder, '..', `${count}.expected.json`);
  if (existsSync(expectedFile)) return { folder, ...JSON.parse(readFileSync(expectedFile, 'utf8')) };
  mkdirSync(folder, { recursive: true });
  let learners = 0;
  let certificates = 0;
  for (let index = 0; index < count; index += 1) {
    const file = structuredClone(fixture);
    const id = String(index).padStart(5, '0');
    const kind = index % 50; // 2 % each: broken, other course, duplicate, name only; the rest valid
    file.exportedAt = new Date(Date.UTC(2026, 10, 22, 10, 0, index)).toISOString();
    file.progress.u = { n: `Learner ${id} / متعلم ${id}`, e: `E-${id}` };
    let text;
    if (kind === 1) text = '{"format": "moments-of-truth-progress", "version": 1, "course": '; // broken JSON
    else if (kind === 2) text = JSON.stringify({ ...file, course: 'another-course' });
    else if (kind === 3 && index > 10) {
      // A second, newer file of an earlier learner: merged by employee ID.
      const earlier = String(index - 10).padStart(5, '0');
      file.progress.u = { n: `Learner ${earlier} / متعلم ${earlier}`, e: `E-${earlier}` };
      text = JSON.stringify(file);
    } else if (kind === 4) {
      // No employee ID: matched by name.
      file.progress.u = { n: `Trainee ${id}` };
      text = JSON.stringify(file);
      learners += 1;
      certificates += 1;
    } else {
      text = JSON.stringify(file);
      learners += 1;
      certificates += 1;
    }
    writeFileSync(join(folder, `learner-${id}.json`), text);
  }
  const expected = { learners, certificates };
  writeFileSync(expectedFile, JSON.stringify(expected));
  return { folder, ...expected };
}

// ---------- a static server for the built site ----------
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  let path = normalize(join(root, pathname));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!path.startsWith(root) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise((done) => server.listen(port, '127.0.0.1', done));
port = server.address().port;

// ---------- memory of the browser's renderers (page and workers) ----------
function descendants(pid) {
  const children = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry), ...descendants(Number(entry)));
    } catch {
      // the process ended
    }
  }
  return children;
}
function rendererRss() {
  let total = 0;
  for (const pid of descendants(process.pid)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // the process ended
    }
  }
  return total;
}

const pageCount = (path) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0);

// ---------- one run ----------
const browser = await chromium.launch({
  executablePath: browserPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});

// The workers' JS heaps, through the DevTools protocol (a worker has no performance.memory).
const cdp = await browser.newBrowserCDPSession();
const workerSessions = new Map();
const pending = new Map();
let messageId = 0;
cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
  const reply = JSON.parse(message);
  if (reply.id !== undefined && pending.has(reply.id)) {
    pending.get(reply.id)(reply.result);
    pending.delete(reply.id);
  }
});
async function workerHeap() {
  const { targetInfos } = await cdp.send('Target.getTargets');
  let total = 0;
  for (const target of targetInfos.filter((info) => info.type === 'worker')) {
    try {
      if (!workerSessions.has(target.targetId)) workerSessions.set(target.targetId, (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })).sessionId);
      const id = (messageId += 1);
      const answer = new Promise((resolve) => pending.set(id, resolve));
      await cdp.send('Target.sendMessageToTarget', { sessionId: workerSessions.get(target.targetId), message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) });
      // A worker in the middle of a long synchronous step answers when it is done: do not wait for it.
      total += (await Promise.race([answer, new Promise((resolve) => setTimeout(resolve, 1500))]))?.usedSize ?? 0;
    } catch {
      // the worker ended
    }
  }
  return total;
}

async function run(count) {
  const files = makeFiles(count);
  const paths = readdirSync(files.folder).sort().map((name) => join(files.folder, name));
  const context = await browser.newContext({ acceptDownloads: true });
  // A frozen page is what is measured here: wait for it, however long it takes.
  context.setDefaultTimeout(900_000);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window;
    w.__tasks = [];
    w.__peakHeap = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    // The page's work starts with the input's change event; before it, the browser builds the FileList.
    document.addEventListener('change', () => (w.__changeAt ??= performance.now()), true);
    setInterval(() => {
      w.__peakHeap = Math.max(w.__peakHeap, performance.memory?.usedJSHeapSize ?? 0);
    }, 100);
  });
  await page.goto(`http://127.0.0.1:${port}/hr/`);
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' }).catch(() => {});
  await page.getByLabel('Choose files').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('input[type=file]')?.disabled);
  const startedAt = await page.evaluate(() => performance.now());
  const longest = (from, to = Infinity) => page.evaluate(([a, b]) => Math.max(0, ...window.__tasks.filter(([start]) => start >= a && start < b).map(([, duration]) => duration)), [from, to]);
  let peakRss = rendererRss();
  let peakWorkers = 0;
  let sampling = true;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rendererRss())), 500);
  const workerSampler = (async () => {
    while (sampling) {
      peakWorkers = Math.max(peakWorkers, await workerHeap());
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  })();

  const row = { learners: count };
  const started = Date.now();
  await page.getByLabel('Choose files').first().setInputFiles(paths);
  const status = page.locator('p[role=status].form-message').filter({ hasText: /^Read \d/ });
  await status.waitFor({ timeout: 600_000 });
  row.read = (Date.now() - started) / 1000;
  // The table answers: a click on a sort button is taken.
  // CSS locators, not getByRole: Playwright's role queries compute the accessible name of every
  // button, and over a table of 5,000 rows that took it longer than the page's own work (profiled).
  const sortButton = page.locator('button.hr-sort').first();
  await sortButton.click({ timeout: 600_000 });
  await page.locator('th[aria-sort="descending"]').first().waitFor({ timeout: 600_000 });
  row.interactive = (Date.now() - started) / 1000;
  const changeAt = await page.evaluate(() => window.__changeAt);
  // Before the change event: the browser making the FileList of N files (Playwright's setInputFiles; a file dialog or a drop does the same).
  row.fileList = await longest(startedAt, changeAt);
  row.longestRead = await longest(changeAt);
  const shown = await page.locator('.hr-count').first().textContent();
  row.rows = Number(/of ([\d,]+) learner/.exec(shown ?? '')?.[1]?.replaceAll(',', '') ?? -1);

  // CSV
  const csvDownload = page.waitForEvent('download');
  await page.locator('section[aria-labelledby=hr-export-heading] button').first().click();
  const csvPath = await (await csvDownload).path();
  row.csvRows = readFileSync(csvPath, 'utf8').split('\r\n').filter(Boolean).length - 1;

  // Certificates
  row.pdf = '-';
  row.pdfBytes = 0;
  row.pdfPages = 0;
  const pdfAt = await page.evaluate(() => performance.now());
  if (!skipPdf) {
    const pdfStarted = Date.now();
    const download = page.waitForEvent('download', { timeout: pdfTimeout });
    await page.locator('section[aria-labelledby=hr-export-heading] button').nth(1).click();
    try {
      const pdf = await download;
      const path = await pdf.path();
      row.pdf = (Date.now() - pdfStarted) / 1000;
      row.pdfBytes = statSync(path).size;
      if (pdf.suggestedFilename().endsWith('.zip')) {
        const entries = unzipSync(readFileSync(path));
        row.pdfFiles = Object.keys(entries).length;
        for (const [name, bytes] of Object.entries(entries)) {
          const part = join(tmpdir(), `hr-bench-part-${name.replace(/[^\w.-]/g, '_')}`);
          writeFileSync(part, bytes);
          row.pdfPages += pageCount(part);
        }
      } else {
        row.pdfFiles = 1;
        row.pdfPages = pageCount(path);
      }
    } catch {
      row.pdf = `>${pdfTimeout / 1000} (stopped)`;
    }
  }
  row.longestPdf = await longest(pdfAt);
  row.heap = await page.evaluate(() => window.__peakHeap);
  clearInterval(sampler);
  sampling = false;
  await workerSampler;
  row.workerHeap = peakWorkers;
  row.rss = peakRss;
  row.expected = files;
  await context.close();
  return row;
}

const results = [];
for (const size of sizes) {
  process.stderr.write(`${size} learners…\n`);
  const result = await run(size);
  process.stderr.write(`${JSON.stringify(result)}\n`);
  results.push(result);
}
await browser.close();
server.close();

// ---------- the table ----------
const mb = (bytes) => (bytes / 1048576).toFixed(1);
const baseline = results.find((result) => result.learners === 1000) ?? results[0];
const perLearner = (result, key) => (typeof result[key] === 'number' ? result[key] / result.learners : undefined);
const ratio = (result, key) => {
  const mine = perLearner(result, key);
  const base = perLearner(baseline, key);
  return mine === undefined || base === undefined ? undefined : mine / base;
};
const lines = [
  `| files | learners (rows / expected) | CSV rows | read (s) | interactive table (s) | browser's FileList (ms) | longest task, reading (ms) | certificates (s) | PDFs / pages | bytes (MB) | longest task, certificates (ms) | peak JS heap, page + workers (MB) | peak renderer RSS (MB) | per-learner cost vs ${baseline.learners.toLocaleString('en')}: read / certificates |`,
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const result of results) {
  const r = (key) => ratio(result, key)?.toFixed(2) ?? '-';
  lines.push(
    `| ${result.learners.toLocaleString('en')} | ${result.rows.toLocaleString('en')} / ${result.expected.learners.toLocaleString('en')} | ${result.csvRows.toLocaleString('en')} | ${result.read.toFixed(1)} | ${result.interactive.toFixed(1)} | ${Math.round(result.fileList)} | ${Math.round(result.longestRead)} | ${typeof result.pdf === 'number' ? result.pdf.toFixed(1) : result.pdf} | ${result.pdfFiles ?? '-'} / ${result.pdfPages} (of ${result.expected.certificates}) | ${mb(result.pdfBytes)} | ${Math.round(result.longestPdf)} | ${mb(result.heap)} + ${mb(result.workerHeap)} | ${mb(result.rss)} | ${r('interactive')} / ${r('pdf')} |`,
  );
}
console.log(lines.join('\n'));

const largest = results.at(-1);
const failures = [];
for (const key of ['interactive', 'pdf']) {
  const value = ratio(largest, key);
  if (value !== undefined && value > 1.5) failures.push(`per-learner ${key === 'pdf' ? 'certificate' : 'read'} cost at ${largest.learners} is ${value.toFixed(2)} times the cost at ${baseline.learners} (limit 1.5)`);
}
if (largest.longestRead > 200 || largest.longestPdf > 200) failures.push(`${largest.learners} files: a main-thread task of ${Math.round(Math.max(largest.longestRead, largest.longestPdf))} ms (limit 200)`);
for (const result of results) {
  if (result.heap + result.workerHeap > 300 * 1048576) failures.push(`${result.learners} files: peak JS heap ${mb(result.heap + result.workerHeap)} MB (page + workers), over 300 MB`);
}
if (typeof largest.pdf !== 'number' && !skipPdf) failures.push(`the certificates for ${largest.learners} were not made within ${pdfTimeout / 1000} s`);
for (const result of results) {
  if (result.rows !== result.expected.learners) failures.push(`${result.learners} files: ${result.rows} learners in the table, expected ${result.expected.learners}`);
  if (result.csvRows !== result.expected.learners) failures.push(`${result.learners} files: ${result.csvRows} CSV rows, expected ${result.expected.learners}`);
  if (typeof result.pdf === 'number' && result.pdfPages !== result.expected.certificates) failures.push(`${result.learners} files: ${result.pdfPages} certificate pages, expected ${result.expected.certificates}`);
}
if (failures.length) {
  console.error(`\nFAILED:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
