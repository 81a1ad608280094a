#!/usr/bin/env node
/**
 * npm run validate:html: every built page (dist/**\/*.html) through the W3C
 * Nu HTML Checker (the vnu.jar of the vnu-jar package, run by the system's
 * Java), in one Java run for the whole site. Prints the errors page by page
 * and fails on any, save one documented exception:
 *
 * - `webkitdirectory` on the HR page's "choose a folder" input: no standard
 *   attribute does this yet, every browser supports it, and without it HR
 *   would pick hundreds of files one by one. Only that exact message is let
 *   through; any other error about the same input still fails.
 *
 * A message the checker gives about the run itself (a file it cannot read,
 * an I/O error) counts as an error too, so a broken run cannot pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Errors allowed on purpose, by exact message (see the comment above). */
export const ALLOWED = ['Attribute “webkitdirectory” not allowed on element “input” at this point.'];

/**
 * The checker's messages (its JSON output) that fail the check: errors and
 * non-document errors (the run itself went wrong), except the allowed ones.
 * Warnings and information do not fail it.
 * @param {Array<{ type: string, subType?: string, message?: string, url?: string, lastLine?: number, lastColumn?: number, extract?: string }>} messages
 * @param {readonly string[]} allowed
 */
export function failures(messages, allowed = ALLOWED) {
  return messages.filter((entry) => (entry.type === 'error' || entry.type === 'non-document-error') && !allowed.includes(entry.message ?? ''));
}

/**
 * Failing messages grouped by page, pages in order, as printable text: the
 * page's address relative to the site root, then each error with its line.
 * @param {ReturnType<typeof failures>} errors
 * @param {string} root the folder the pages were read from
 */
export function report(errors, root) {
  /** @type {Map<string, string[]>} */
  const byPage = new Map();
  for (const entry of errors) {
    const page = entry.url ? relative(root, fileURLToPath(entry.url)) : '(the checker itself)';
    const where = entry.lastLine ? `line ${entry.lastLine}${entry.lastColumn ? `, column ${entry.lastColumn}` : ''}: ` : '';
    const lines = byPage.get(page) ?? [];
    lines.push(`  ${where}${entry.message ?? entry.type}`);
    if (entry.extract) lines.push(`    near: ${entry.extract.replace(/\s+/g, ' ').trim()}`);
    byPage.set(page, lines);
  }
  return [...byPage.keys()]
    .sort()
    .map((page) => [page, ...byPage.get(page)].join('\n'))
    .join('\n');
}

/** Every .html file under a folder, sorted. @param {string} dir */
function htmlFiles(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
    })
    .sort();
}

function main() {
  const root = 'dist';
  if (!existsSync(root)) {
    console.error('validate:html: no dist/ folder. Run `npm run build` first.');
    process.exit(1);
  }
  const pages = htmlFiles(root);
  if (pages.length === 0) {
    console.error('validate:html: no HTML pages in dist/.');
    process.exit(1);
  }
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const java = process.env.JAVA ?? 'java';
  // --exit-zero-always: the verdict is ours (after the allowed exception); the JSON report goes to stderr.
  const run = spawnSync(java, ['-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', ...pages], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    console.error(`validate:html: could not run the Nu HTML Checker with "${java}": ${run.error?.message ?? run.stderr}`);
    console.error('It needs a Java runtime (Debian: apt-get install default-jre-headless; .ci/run installs it when missing).');
    process.exit(1);
  }
  /** @type {{ messages: Parameters<typeof failures>[0] }} */
  let output;
  try {
    output = JSON.parse(run.stderr);
  } catch {
    console.error(`validate:html: the checker's output is not the expected JSON:\n${run.stderr.slice(0, 2000)}`);
    process.exit(1);
  }
  const errors = failures(output.messages);
  const allowed = output.messages.length - errors.length - output.messages.filter((entry) => entry.type !== 'error' && entry.type !== 'non-document-error').length;
  if (errors.length > 0) {
    console.error(report(errors, root));
    const pagesWithErrors = new Set(errors.map((entry) => entry.url)).size;
    console.error(`\nvalidate:html: ${errors.length} error(s) on ${pagesWithErrors} of ${pages.length} pages.`);
    process.exit(1);
  }
  console.log(`validate:html: ${pages.length} pages, no errors (${allowed} allowed: webkitdirectory on the HR folder input).`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
