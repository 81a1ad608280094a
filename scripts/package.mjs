#!/usr/bin/env node
/**
 * npm run package: builds the site, then writes the two SCORM packages:
 *   packages/moments-of-truth-scorm12.zip    (SCORM 1.2)
 *   packages/moments-of-truth-scorm2004.zip  (SCORM 2004 4th edition)
 *
 * Each holds the whole built site (every locale: the launch page opens the
 * learner's language, and the language switcher works as on the website),
 * with site-absolute addresses made relative (src/lib/scorm/paths.ts), its
 * imsmanifest.xml at the root (src/lib/scorm/manifest.ts), and ADL's schema
 * files (scripts/scorm-schemas/).
 *
 * The zips are deterministic: entries sorted, one fixed modification time,
 * fixed compression level, so the same build gives the same bytes.
 *
 * Usage: node scripts/package.mjs [--no-build]   (--no-build packages the dist/ already there)
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { SCHEMA_FILES, manifest12, manifest2004 } from '../src/lib/scorm/manifest.ts';
import { rewriteCss, rewriteHtml, rewritePreloadHelper } from '../src/lib/scorm/paths.ts';

const DIST = 'dist';
const OUT = 'packages';
const LAUNCH = 'scorm/index.html';
/** DOS times are local times: built from local parts, the bytes do not depend on the time zone. */
const MTIME = new Date(2020, 0, 1, 0, 0, 0);

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
if (!existsSync(join(DIST, LAUNCH))) {
  console.error(`No ${DIST}/${LAUNCH}: run \`npm run build\` first.`);
  process.exit(1);
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(DIST, path).split('\\').join('/')];
  });
}

const files = listFiles(DIST).sort();
const fileSet = new Set(files);
const problems = [];
/** The site as it goes into the packages: path -> bytes. */
const site = new Map();
for (const file of files) {
  const bytes = readFileSync(join(DIST, file));
  if (file.endsWith('.html')) {
    const { text, unresolved } = rewriteHtml(bytes.toString('utf-8'), file, fileSet);
    unresolved.forEach((address) => problems.push(`${file}: ${address} names no file of the build`));
    site.set(file, Buffer.from(text, 'utf-8'));
  } else if (file.endsWith('.css')) {
    const { text, unresolved } = rewriteCss(bytes.toString('utf-8'), file, fileSet);
    unresolved.forEach((address) => problems.push(`${file}: ${address} names no file of the build`));
    site.set(file, Buffer.from(text, 'utf-8'));
  } else if (/(^|\/)preload-helper\.[\w-]+\.js$/.test(file)) {
    const text = rewritePreloadHelper(bytes.toString('utf-8'));
    if (text === null) problems.push(`${file}: the module-preload helper has changed form; update rewritePreloadHelper in src/lib/scorm/paths.ts`);
    site.set(file, Buffer.from(text ?? '', 'utf-8'));
  } else {
    site.set(file, bytes);
  }
}
if (problems.length) {
  console.error(`Cannot package: addresses that would break inside an LMS:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

const course = parse(readFileSync('content/course.yaml', 'utf-8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf-8'));
const titles = [course.defaultLocale, ...course.locales.filter((locale) => locale !== course.defaultLocale)].map((locale) => [locale, course.title[locale]]);
const input = { courseId: course.id, titles, passMark: course.passMark, launch: LAUNCH, files, version };

const packages = [
  { name: `${course.id}-scorm12.zip`, manifest: manifest12(input), schemas: ['scorm12', SCHEMA_FILES['1.2']] },
  { name: `${course.id}-scorm2004.zip`, manifest: manifest2004(input), schemas: ['scorm2004', SCHEMA_FILES['2004']] },
];

mkdirSync(OUT, { recursive: true });
for (const { name, manifest, schemas } of packages) {
  const [folder, schemaFiles] = schemas;
  const entries = new Map(site);
  entries.set('imsmanifest.xml', Buffer.from(manifest, 'utf-8'));
  for (const schema of schemaFiles) entries.set(schema, readFileSync(join('scripts', 'scorm-schemas', folder, schema)));
  const tree = Object.fromEntries([...entries.keys()].sort().map((path) => [path, [new Uint8Array(entries.get(path)), { mtime: MTIME }]]));
  const zip = zipSync(tree, { level: 9, mtime: MTIME });
  writeFileSync(join(OUT, name), zip);
  console.log(`${join(OUT, name)}: ${entries.size} files, ${(zip.length / 1024 / 1024).toFixed(2)} MB`);
}
