#!/usr/bin/env node
/**
 * npm run size: the gzipped JavaScript each built page runs, read from dist/.
 *
 * For every HTML page it collects the scripts the page starts (module
 * scripts, inline scripts, and each island's component and renderer, whatever
 * its client: directive) and follows their static imports, counting each module
 * once per page. Dynamic imports (code loaded only when asked for, such as a
 * PDF generator behind a button) are listed apart and not counted.
 *
 * Fails when a page without islands ships any JavaScript, or when a page
 * passes its budget.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const DIST = 'dist';
/** Budgets in bytes of gzipped JavaScript; the first matching rule applies. */
const BUDGETS = [{ match: () => true, bytes: 20 * 1024, label: 'any page' }];

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
    moduleCache.set(file, { bytes: gz(text), staticDeps, dynamicDeps });
  }
  return moduleCache.get(file);
}

function attr(tag, name) {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? match[1].replaceAll('&amp;', '&') : null;
}

const rows = [];
const failures = [];
for (const file of htmlFiles(DIST).sort()) {
  const html = readFileSync(file, 'utf-8');
  const page = `/${relative(DIST, file).split('\\').join('/')}`.replace(/index\.html$/, '');
  const entries = new Set();
  let inlineBytes = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attrs, body] = match;
    if (/type="(application\/(ld\+)?json)"/.test(attrs)) continue;
    const src = attr(` ${attrs}`, 'src');
    if (src) {
      const target = toFile(src, file);
      if (target) entries.add(target);
    } else if (body.trim()) {
      inlineBytes += gz(body);
    }
  }
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  for (const tag of islands) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(tag, name);
      const target = url && toFile(url, file);
      if (target) entries.add(target);
    }
  }
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
  const moduleBytes = [...seen].reduce((sum, f) => sum + moduleInfo(f).bytes, 0);
  const total = moduleBytes + inlineBytes;
  const lazyOnly = [...lazy].filter((f) => !seen.has(f));
  const budget = BUDGETS.find((rule) => rule.match(page));
  let verdict = 'ok';
  if (islands.length === 0 && total > 0) {
    verdict = 'FAIL: no islands, but ships JavaScript';
    failures.push(`${page}: has no interactive island but ships ${kb(total)} of JavaScript`);
  } else if (total > budget.bytes) {
    verdict = `FAIL: over ${kb(budget.bytes)}`;
    failures.push(`${page}: ${kb(total)} of gzipped JavaScript, over the ${kb(budget.bytes)} budget (${budget.label})`);
  }
  rows.push({ page, islands: islands.length, modules: seen.size, total, lazy: lazyOnly.length, verdict });
}

const header = ['page', 'islands', 'modules', 'JS at load (gzip)', 'lazy chunks', 'verdict'];
const table = [header, ...rows.map((r) => [r.page, String(r.islands), String(r.modules), kb(r.total), String(r.lazy), r.verdict])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
rows.forEach((_, i) => console.log(line(table[i + 1])));
console.log(`\nBudget: ${BUDGETS.map((b) => `${kb(b.bytes)} (${b.label})`).join(', ')}. Largest: ${kb(Math.max(...rows.map((r) => r.total)))}.`);
if (failures.length) {
  console.error(`\nSize check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}

