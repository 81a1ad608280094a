#!/usr/bin/env node
/**
 * Interface strings report: for every locale of the course (content/course.yaml),
 * what fails the build (missing keys, plural categories, placeholders; see
 * src/lib/ui-strings.ts) and, only reported, the strings still identical to
 * the default locale's outside content/ui/same-as-english.json: the sign of a
 * file copied and not translated.
 *
 *   npm run report:ui
 *   node scripts/ui-report.mjs --dir <folder of <locale>.json> --locales en,ru
 *
 * Exits 1 when something would fail the build, 0 otherwise (identical strings
 * never fail: a translator may be half way).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { checkUiKeys, sameAsReference } from '../src/lib/ui-strings.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'content/ui' }, locales: { type: 'string' }, course: { type: 'string', default: 'content/course.yaml' } } });
const course = parse(readFileSync(values.course, 'utf-8'));
const locales = values.locales ? values.locales.split(',') : course.locales;
const defaultLocale = values.locales ? locales[0] : course.defaultLocale;
const read = (locale) => {
  const file = join(values.dir, `${locale}.json`);
  return { file, strings: JSON.parse(readFileSync(file, 'utf-8')) };
};
const allowFile = join(values.dir, 'same-as-english.json');
const allowed = existsSync(allowFile) ? JSON.parse(readFileSync(allowFile, 'utf-8')) : {};

const reference = read(defaultLocale);
const others = locales.filter((locale) => locale !== defaultLocale).map(read);
const problems = checkUiKeys(reference, others);
const total = Object.keys(reference.strings).length - 1;
console.log(`Interface strings: ${locales.length} locales, ${total} keys in ${reference.file}.`);
for (const other of others) {
  const same = sameAsReference(reference, other, allowed);
  console.log(`${other.file}: ${total - same.length} of ${total} translated, ${same.length} identical to ${reference.file}${same.length ? ':' : '.'}`);
  for (const key of same) console.log(`  - ${key}`);
}
if (problems.length > 0) {
  console.log(`\n${problems.length} problems that fail the build:`);
  for (const line of problems) console.log(`  - ${line}`);
  process.exitCode = 1;
}
