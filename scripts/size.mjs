#!/usr/bin/env node
/**
 * npm run size: the gzipped JavaScript each built page runs, read from dist/.
 *
 * For every HTML page it collects the scripts the page starts and follows
 * their static imports, counting each module once per page:
 * - "at load": module and inline scripts, and islands hydrated without any
 *   action from the learner (client:load, client:idle, client:only);
 * - "when visible": what islands with client:visible or client:media add when
 *   they come into view (a lesson's knowledge check further down the page).
 * Dynamic imports (code loaded only when asked for, such as a download
 * helper behind a button) are counted apart as "lazy chunks".
 *
 * Fails when a page without islands ships more JavaScript than the site's
 * own (the service worker's registration, on every page), when a page
 * passes its budget, or when the certificate PDF code (pdf-lib, fontkit,
 * bidi-js: about 500 KB gzipped) can be reached from any page but the HR
 * records page and the learner's certificate page, where it loads only when
 * someone asks for a PDF (a dynamic import), never with the page.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const DIST = 'dist';
/**
 * Budgets in kilobytes of gzipped JavaScript; the first rule that matches a page applies.
 * Lesson pages carry a knowledge check, hydrated when it scrolls into view.
 */
const KB = 1024;
/**
 * What every page with the site's frame runs, islands or not: the service worker's registration
 * and update notice (src/components/OfflineSupport.astro). A page without islands may ship this and nothing more.
 */
const SITE_SCRIPT = 0.6 * KB;
const BUDGETS = [
  // Issue 17: 14 KB at load (12.7 KB today: Preact, the progress store, the storage notice, Astro's island runtime, the
  // service worker's registration, and issue 24's "On this page" and "continue where you left off" script, 1.1 KB).
  // "At load" leaves out the progress validator (valibot and the schema, 2.8 KB, and the bundler's 0.4 KB runtime),
  // fetched right after load whenever there is stored progress to read (src/stores/progress.ts): a lazy chunk here.
  { match: (page) => /^\/([a-z]{2}\/)?lessons\//.test(page), load: 14 * KB, total: 21 * KB, label: 'lesson page' },
  // A role-play is all at load (13.9 KB today): the conversation is the page. Same 14 KB as a lesson (issue 17).
  { match: (page) => /^\/([a-z]{2}\/)?roleplays\/[^/]+\/$/.test(page), load: 14 * KB, total: 14 * KB, label: 'role-play page' },
  // The presenter view is interactive without islands: one small script that turns the lesson into slides.
  { match: (page) => /^\/([a-z]{2}\/)?present\//.test(page), load: 4 * KB, total: 4 * KB, label: 'presenter view', scripted: true },
  // The one 404 page for every locale: a few lines inline that show the message in the language of the address.
  { match: (page) => page === '/404.html', load: 0.5 * KB, total: 0.5 * KB, label: '404 page', scripted: true },
  // Search: a few lines that load Pagefind (its script, WebAssembly and index, from pagefind/) only when a search is made.
  { match: (page) => /^\/([a-z]{2}\/)?search\/$/.test(page), load: 1.5 * KB, total: 1.5 * KB, label: 'search page', scripted: true },
  // The SCORM packages' launch page: finds the LMS and holds the session, with no island (the course runs in its frame).
  { match: (page) => page === '/scorm/', load: 3 * KB, total: 3 * KB, label: 'SCORM launch page', scripted: true },
  // For HR and trainers, not learners: the cohort table, chart and CSV are loaded at once (29.6 KB with the
  // consistency and signature words of issue 18, since issue 17 trimmed the shared store; the crypto runs in the worker).
  { match: (page) => /^\/([a-z]{2}\/)?hr\/$/.test(page), load: 31.5 * KB, total: 31.5 * KB, label: 'HR records page' },
  // Issue 17: no page but HR's over 20 KB at load. The largest today are the verification page (18.0 KB: signature
  // checks with valibot), the trainer's page (17.9 KB) and the final assessment (17.7 KB); My progress is the largest
  // in all (22.3 KB: its import validates and checks a file, issue 18).
  { match: () => true, load: 20 * KB, total: 23 * KB, label: 'any page' },
];

if (!existsSync(DIST)) {
  console.error('No dist/ folder: run `npm run build` first.');
  process.exit(1);
}
await init;

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Resolves a URL found in HTML or JS to a file in dist/. */
function toFile(url, fromFile) {
  if (/^[a-z]+:/i.test(url)) return null; // another origin or a data: URL: not ours to count
  const path = url.startsWith('/') ? join(DIST, url) : join(dirname(fromFile), url);
  return existsSync(path) ? path : null;
}

const moduleCache = new Map();
function moduleInfo(file) {
  if (!moduleCache.has(file)) {
    const text = readFileSync(file, 'utf-8');
    const [imports] = parse(text);
    const staticDeps = [];
    const dynamicDeps = [];
    for (const entry of imports) {
      if (!entry.n) continue;
      const target = toFile(entry.n, file);
      if (!target) continue;
      (entry.d === -1 ? staticDeps : dynamicDeps).push(target);
    }
    // A Web Worker (`new Worker(new URL('/_astro/x.worker-hash.js', import.meta.url))`) starts on demand: counted like a dynamic import.
    for (const [, url] of text.matchAll(/new URL\(\s*[`'"]([^`'"]+\.js)[`'"]\s*,[^)]*import\.meta\.url\s*\)/g)) {
      const target = toFile(url, file);
      if (target) dynamicDeps.push(target);
    }
    moduleCache.set(file, { bytes: gz(text), staticDeps, dynamicDeps });
  }
  return moduleCache.get(file);
}

/** Every module reachable by static imports from `entries`, and the dynamic imports met on the way. */
function closure(entries) {
  const seen = new Set();
  const lazy = new Set();
  const queue = [...entries];
  while (queue.length) {
    const next = queue.pop();
    if (seen.has(next)) continue;
    seen.add(next);
    const info = moduleInfo(next);
    queue.push(...info.staticDeps);
    info.dynamicDeps.forEach((dep) => lazy.add(dep));
  }
  return { seen, lazy };
}

function attr(tag, name) {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? match[1].replaceAll('&amp;', '&') : null;
}

/** The chunk with pdf-lib: only the HR page and the certificate page may reach it, and only lazily. */
const isPdfChunk = (file) => /(certificate-pdf\.|certificates\.worker-)[\w-]+\.js$/.test(file);
const PDF_PAGES = { hr: /^\/([a-z]{2}\/)?hr\/$/, certificate: /^\/([a-z]{2}\/)?certificate\/$/ };
const pdfPage = (page) => Object.keys(PDF_PAGES).find((key) => PDF_PAGES[key].test(page));
const pdfChunkSeen = new Set();

/** `npm run size -- --why /lessons/moments-of-truth/`: every module and inline script behind that page, with its gzipped size. */
const whyIndex = process.argv.indexOf('--why');
const whyPage = whyIndex === -1 ? null : process.argv[whyIndex + 1];
function explain(page, inline, atLoad, later, lazy) {
  const list = (title, items) => {
    console.log(`\n${title}: ${kb(items.reduce((total, [, bytes]) => total + bytes, 0))}`);
    for (const [name, bytes] of items.sort((a, b) => b[1] - a[1])) console.log(`  ${kb(bytes).padStart(8)}  ${name}`);
  };
  const modules = (files) => [...files].map((f) => [relative(DIST, f), moduleInfo(f).bytes]);
  console.log(`Why ${page} weighs what it does (gzipped, each module counted once):`);
  list('At load', [...inline, ...modules(atLoad)]);
  list('When visible', modules(later));
  list('Lazy chunks (on demand)', modules(lazy));
}

const rows = [];
const failures = [];
for (const file of htmlFiles(DIST).sort()) {
  const html = readFileSync(file, 'utf-8');
  const page = `/${relative(DIST, file).split('\\').join('/')}`.replace(/index\.html$/, '');
  const entries = new Set();
  let inlineBytes = 0;
  const inline = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attrs, body] = match;
    if (/type="(application\/(ld\+)?json)"/.test(attrs)) continue;
    const src = attr(` ${attrs}`, 'src');
    if (src) {
      const target = toFile(src, file);
      if (target) entries.add(target);
    } else if (body.trim()) {
      inlineBytes += gz(body);
      inline.push([`inline script: ${body.trim().slice(0, 48).replace(/\s+/g, ' ')}…`, gz(body)]);
    }
  }
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const deferredEntries = new Set();
  for (const tag of islands) {
    const deferred = ['visible', 'media'].includes(attr(tag, 'client') ?? '');
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(tag, name);
      const target = url && toFile(url, file);
      if (target) (deferred ? deferredEntries : entries).add(target);
    }
  }
  const atLoad = closure(entries);
  const everything = closure(new Set([...entries, ...deferredEntries]));
  const sum = (modules) => [...modules.seen].reduce((total, f) => total + moduleInfo(f).bytes, 0);
  const load = sum(atLoad) + inlineBytes;
  const total = sum(everything) + inlineBytes;
  const lazyOnly = [...everything.lazy].filter((f) => !everything.seen.has(f));
  const lazyAll = closure(new Set(lazyOnly));
  const lazyBytes = [...lazyAll.seen].filter((f) => !everything.seen.has(f)).reduce((sum, f) => sum + moduleInfo(f).bytes, 0);
  const reachable = [...everything.seen, ...lazyAll.seen, ...lazyAll.lazy];
  if ([...everything.seen].some(isPdfChunk) || (!pdfPage(page) && reachable.some(isPdfChunk))) {
    failures.push(`${page}: can reach the certificate PDF chunk (pdf-lib), which only the HR and certificate pages may load, and only on demand`);
  }
  if (pdfPage(page) && reachable.some(isPdfChunk)) pdfChunkSeen.add(pdfPage(page));
  if (page === whyPage) {
    const later = [...everything.seen].filter((f) => !atLoad.seen.has(f));
    explain(page, inline, atLoad.seen, later, [...lazyAll.seen].filter((f) => !everything.seen.has(f)));
  }
  const budget = BUDGETS.find((rule) => rule.match(page));
  let verdict = 'ok';
  if (islands.length === 0 && total > SITE_SCRIPT && !budget.scripted) {
    verdict = 'FAIL: no islands, but ships JavaScript';
    failures.push(`${page}: has no interactive island but ships ${kb(total)} of JavaScript, more than the site's own ${kb(SITE_SCRIPT)} (service worker registration)`);
  } else if (load > budget.load) {
    verdict = `FAIL: over ${kb(budget.load)} at load`;
    failures.push(`${page}: ${kb(load)} (${load} bytes) of gzipped JavaScript at load, over the ${kb(budget.load)} budget (${budget.label})`);
  } else if (total > budget.total) {
    verdict = `FAIL: over ${kb(budget.total)} in all`;
    failures.push(`${page}: ${kb(total)} of gzipped JavaScript in all, over the ${kb(budget.total)} budget (${budget.label})`);
  }
  rows.push({ page, islands: islands.length, modules: everything.seen.size, load, later: total - load, lazy: lazyOnly.length, lazyBytes, verdict });
}

if (whyPage) {
  if (!rows.some((row) => row.page === whyPage)) console.error(`No page ${whyPage} in dist/ (pages are written like /lessons/moments-of-truth/).`);
  process.exit(0);
}
const header = ['page', 'islands', 'modules', 'at load (gzip)', '+ when visible', 'lazy chunks', 'on demand', 'verdict'];
const table = [header, ...rows.map((r) => [r.page, String(r.islands), String(r.modules), kb(r.load), r.later ? `+${kb(r.later)}` : '', String(r.lazy), r.lazyBytes ? kb(r.lazyBytes) : '', r.verdict])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
rows.forEach((_, i) => console.log(line(table[i + 1])));
console.log(`\nBudgets: ${BUDGETS.map((b) => `${b.label} ${kb(b.load)} at load, ${kb(b.total)} in all`).join('; ')}.`);
console.log(`Largest at load: ${kb(Math.max(...rows.map((r) => r.load)))}; largest in all: ${kb(Math.max(...rows.map((r) => r.load + r.later)))}.`);
for (const key of Object.keys(PDF_PAGES)) {
  if (!pdfChunkSeen.has(key)) failures.push(`no certificate-pdf chunk found behind the ${key} page: was it renamed? Update isPdfChunk in scripts/size.mjs`);
}
if (failures.length) {
  console.error(`\nSize check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}

