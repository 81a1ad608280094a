/**
 * Every interface string is used, and every count is shown through plural
 * forms. Keys passed to a translator literally are checked by the compiler
 * (`UiKey`); these tests cover the other direction: a key nobody asks for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_KEY, type UiStrings } from '../../src/lib/ui-strings';

const en = JSON.parse(readFileSync('content/ui/en.json', 'utf-8')) as UiStrings;
const keys = Object.keys(en).filter((key) => key !== LOCALE_KEY);

function sources(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [file, text] of sources(path)) found.set(file, text);
    else if (/\.(ts|tsx|astro|mjs)$/.test(entry.name)) found.set(path, readFileSync(path, 'utf-8'));
  }
  return found;
}
const code = sources('src');
const allCode = [...code.values()].join('\n');

/** Keys built from data rather than written out: the file that builds them, the template it uses, and the keys it can make. */
const BUILT: ReadonlyArray<{ file: string; template: string; keys: RegExp }> = [
  { file: 'src/islands/NextStepLink.tsx', template: 't(`next.${step.kind}`)', keys: /^next\.(lesson|check|final|certificate)$/ },
  { file: 'src/islands/StorageNotice.tsx', template: 't(`notice.reason.${recovery.problem}`)', keys: /^notice\.reason\.(corrupt|invalid|newer)$/ },
  { file: 'src/islands/StorageNotice.tsx', template: "t(`notice.${recovery.backupKey ? 'recovered' : 'holding'}${recovery.source ?? ''}`", keys: /^notice\.(recovered|holding)(Lms)?$/ },
  { file: 'src/islands/RolePlay.tsx', template: 't(`roleplay.outcome.${', keys: /^roleplay\.outcome\.(won|neutral|lost)$/ },
  { file: 'src/islands/hr/CohortTable.tsx', template: 't(`hr.status.${', keys: /^hr\.status\.(all|complete|incomplete|passed|failed|notTaken|inconsistent|verified)$/ },
  { file: 'src/lib/hr/reason-words.ts', template: 't(`consistency.${reason.code}`', keys: /^consistency\.(?!what\.)[a-zA-Z]+$/ },
  { file: 'src/lib/hr/reason-words.ts', template: 't(`consistency.what.${reason.what}`', keys: /^consistency\.what\.[a-zA-Z]+$/ },
  { file: 'src/islands/hr/CohortTable.tsx', template: 't(`hr.sort.${sort.direction}`)', keys: /^hr\.sort\.(ascending|descending)$/ },
  { file: 'src/islands/WorkshopPlanner.tsx', template: 't(`planner.kind.${row.kind}`)', keys: /^planner\.kind\.(lesson|roleplay)$/ },
  { file: 'src/islands/WorkshopPlanner.tsx', template: 't(`planner.${key}`)', keys: /^planner\.(breakAfter|breakMinutes)$/ },
];

describe('interface string keys', () => {
  it('are each asked for: written out in the code, or built by one of the known templates', () => {
    const unused = keys.filter((key) => !allCode.includes(`'${key}'`) && !allCode.includes(`"${key}"`) && !BUILT.some((built) => built.keys.test(key)));
    expect(unused).toEqual([]);
  });

  it('are built only by templates that are still in the code, each making at least one key', () => {
    for (const built of BUILT) {
      expect(code.get(built.file), built.file).toContain(built.template);
      expect(keys.filter((key) => built.keys.test(key)).length, built.template).toBeGreaterThan(0);
    }
  });

  it('show a count through plural forms, never in a plain string ("mark 1 lessons")', () => {
    // A placeholder followed by a plural noun; numbers that cannot be 1 are allowed, with the reason.
    const allowed: Record<string, string> = {
      'hr.allCertificatesZip': '{files} PDFs: a ZIP is made only for more than 500 learners, so at least 2 PDFs',
      'hr.zipHint': '{per} learners: 500, a constant',
      'sign.passwordShort': '{min} characters: MIN_PASSWORD, a constant (10)',
      'sign.passwordHint': '{min} characters: MIN_PASSWORD, a constant (10)',
      'sign.summaryHeading': '{file} is a file name, not a count',
    };
    const plain = Object.entries(en).filter(([key, value]) => typeof value === 'string' && /\{\w+\} (?!is\b|has\b)[a-z-]+s\b/.test(value) && !(key in allowed));
    expect(plain).toEqual([]);
  });
});
