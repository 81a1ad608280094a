import { describe, expect, it } from 'vitest';
import ar from '../../content/ui/ar.json';
import en from '../../content/ui/en.json';
import { describeFileProblem } from '../../src/lib/hr/file-problems';
import { readProgressFile } from '../../src/lib/progress/file';
import { makeTranslator } from '../../src/lib/ui-strings';

const english = makeTranslator<string>(en, 'test');
const arabic = makeTranslator<string>(ar, 'test');
const file = (progress: unknown) => JSON.stringify({ format: 'moments-of-truth-progress', version: 1, course: 'c', exportedAt: '2026-11-22T10:00:00.000Z', progress });
/** What HR reads for a file holding `progress`. */
function reason(progress: unknown, t = english): string {
  const result = readProgressFile(file(progress), 'c');
  if (result.ok) throw new Error('the file was accepted');
  return describeFileProblem(result, t);
}
const final = { n: 1, s: 1, p: 'abcdef01', r: [] };

describe('why a progress file was refused, in plain words', () => {
  it('names the part of the record in words, never the schema path', () => {
    expect(reason({ v: 2, l: {}, u: { n: 'x'.repeat(91) } })).toBe('This progress file is damaged (the name is too long (91; at most 80)).');
    expect(reason({ v: 2, l: {}, f: { ...final, b: 150 } })).toBe('This progress file is damaged (the best final score is too large (150; at most 100)).');
    expect(reason({ v: 2, l: {}, u: { n: 'x'.repeat(91) } }, arabic)).toBe('ملف التقدّم هذا تالف (الاسم أطول من اللازم (91؛ والحد الأقصى 80)).');
    expect(reason({ v: 2, l: {}, f: { ...final, b: 150 } }, arabic)).toContain('أفضل درجة في الاختبار النهائي أكبر من اللازم');
  });

  it('covers every part of the record', () => {
    const cases: Array<[unknown, string]> = [
      [{ v: 2, l: {}, u: { n: '  ' } }, 'the name is empty'],
      [{ v: 2, l: {}, u: 5 }, 'the learner’s details is of the wrong kind'],
      [{ v: 2, l: {}, f: 5 }, 'the final assessment record is of the wrong kind'],
      [{ v: 2, l: {}, u: { n: 'a', e: 'x'.repeat(40) } }, 'the employee ID is too long (40; at most 32)'],
      [{ v: 2, l: {}, u: { n: 'a', m: 7 } }, 'the email address is of the wrong kind'],
      [{ v: 2, l: {}, u: { n: 'a', k: 'eng' } }, 'the preferred language is not in the expected form'],
      [{ v: 2, l: {}, u: { n: 'a', z: 1 } }, 'the learner’s details has an entry this course does not know (“z”)'],
      [{ v: 2, l: {}, f: { ...final, l: 1.5 } }, 'the last final score is not a whole number'],
      [{ v: 2, l: {}, f: { ...final, w: -1 } }, 'the date the final was passed is too small (-1; at least 0)'],
      [{ v: 2, l: {}, f: { ...final, n: 0 } }, 'the number of final attempts is too small (0; at least 1)'],
      [{ v: 2, l: {}, f: { ...final, p: 'xyz' } }, 'the final assessment record is not in the expected form'],
      [{ v: 2 }, 'the list of lessons is missing'],
      [{ v: 2, l: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`l${i}`, { s: 1 }])) }, 'the list of lessons has too many entries'],
      [{ v: 2, l: { intro: { s: 'yesterday' } } }, 'the start date of lesson “intro” is of the wrong kind'],
      [{ v: 2, l: { intro: { s: 1, c: -5 } } }, 'the completion date of lesson “intro” is too small (-5; at least 0)'],
      [{ v: 2, l: { intro: { s: 1, q: { b: 101, n: 1, h: [] } } } }, 'the best knowledge-check score of lesson “intro” is too large (101; at most 100)'],
      [{ v: 2, l: { intro: { s: 1, q: { b: 1, n: 1, h: [1, 2, 3, 4] } } } }, 'the knowledge-check record of lesson “intro” is too long (4; at most 3)'],
      [{ v: 2, l: { intro: { s: 1, x: 1 } } }, 'the record of lesson “intro” has an entry this course does not know (“x”)'],
      [{ v: 2, l: {}, r: { call: { p: [9] } } }, 'the record of role-play “call” is too large (9; at most 3)'],
      [{ v: 2, l: {}, r: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`r${i}`, { p: [] }])) }, 'the list of role-plays has too many entries'],
      [{ l: {} }, 'the version number is missing or unreadable'],
      [{ v: 2, l: {}, x: 1 }, 'the progress record has an entry this course does not know (“x”)'],
    ];
    for (const [progress, words] of cases) expect(reason(progress)).toBe(`This progress file is damaged (${words}).`);
  });

  it('says something plain for a detail it does not know, and leaves the other reasons as they were', () => {
    expect(describeFileProblem({ problem: 'invalid', detail: 'migration failed: boom' }, english)).toBe('This progress file is damaged (the progress record is not valid).');
    expect(describeFileProblem({ problem: 'invalid', detail: 'no colon here' }, english)).toBe('This progress file is damaged (the progress record is not valid).');
    expect(describeFileProblem({ problem: 'other-course', detail: 'another-course' }, english)).toBe('This progress file is from another course (“another-course”).');
  });
});
