import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCohort, filterLearners, sortLearners, type CohortContext, type LoadedFile } from '../../src/lib/hr/cohort';
import { lessonStats, mostMissed, summarise } from '../../src/lib/hr/statistics';
import { cohortFileName, cohortRecords, recordLabels, type RecordLabels } from '../../src/lib/hr/records';
import { makeTranslator } from '../../src/lib/ui-strings';
import ar from '../../content/ui/ar.json';
import en from '../../content/ui/en.json';
import { certificateId } from '../../src/lib/progress/certificate';
import { makeProgressFile, readProgressFile } from '../../src/lib/progress/file';
import type { Progress } from '../../src/lib/progress/schema';
import { fingerprintOf, rebuildAttempt } from '../../src/lib/quiz/attempt';
import { encodeResponse } from '../../src/lib/quiz/encode';
import type { Question } from '../../src/lib/quiz/types';
import { allTypes, multiple, single } from './quiz-fixtures';

const context: CohortContext = { course: 'moments-of-truth', lessons: ['a', 'b'], checks: ['a', 'b'], rules: { lessons: true, checks: true, final: true }, passMark: 80, version: '1', trustedSigners: [] };

function file(name: string, doc: Progress, exportedAt = '2026-11-20T10:00:00.000Z'): LoadedFile {
  const text = JSON.stringify({ ...makeProgressFile(doc, 'moments-of-truth', new Date(exportedAt)) });
  return { name, result: readProgressFile(text, 'moments-of-truth') };
}

const finished = (name: string, extra: Partial<Progress['u']> = {}): Progress => ({
  v: 2,
  l: { a: { s: 10, c: 20, q: { b: 100, n: 1, h: [100] } }, b: { s: 30, c: 40, q: { b: 60, n: 2, h: [40, 60] } } },
  f: { n: 1, s: 7, p: 'abcdef01', r: [], d: 1, l: 90, b: 90, w: 50 },
  u: { n: name, ...extra },
});

describe('building a cohort from progress files', () => {
  it('describes each learner: lessons, check scores, final, completion and the certificate ID', () => {
    const { learners, rejected } = buildCohort([file('anna.json', finished('Anna Kovács', { e: 'E1', m: 'anna@example.org', k: 'en' }))], context);
    expect(rejected).toEqual([]);
    expect(learners).toHaveLength(1);
    const anna = learners[0]!;
    expect(anna).toMatchObject({
      key: 'id:e1',
      name: 'Anna Kovács',
      employeeId: 'E1',
      email: 'anna@example.org',
      locale: 'en',
      files: ['anna.json'],
      lessonsCompleted: 2,
      checkScores: { a: 100, b: 60 },
      finalScore: 90,
      finalResult: 'passed',
      complete: true,
      completedAt: 50,
      certificateId: certificateId('moments-of-truth', 'Anna Kovács', 50),
    });
    expect(anna.matchedBy).toBeUndefined();
  });

  it('lists a bad file with its reason and still loads the rest', () => {
    const { learners, rejected } = buildCohort(
      [
        { name: 'broken.json', result: readProgressFile('{', 'moments-of-truth') },
        { name: 'other.json', result: readProgressFile(JSON.stringify(makeProgressFile(finished('X'), 'another-course', new Date(0))), 'moments-of-truth') },
        file('ok.json', finished('Ok')),
      ],
      context,
    );
    expect(rejected.map((entry) => [entry.file, entry.problem])).toEqual([
      ['broken.json', 'not-json'],
      ['other.json', 'other-course'],
    ]);
    expect(learners.map((learner) => learner.name)).toEqual(['Ok']);
  });

  it('merges the same learner by employee ID, keeping the newest profile and every completion', () => {
    const older: Progress = { v: 2, l: { a: { s: 5, c: 6 } }, u: { n: 'Anna K', e: 'e1 ' } };
    const newer: Progress = { v: 2, l: { b: { s: 7, c: 8 } }, u: { n: 'Anna Kovács', e: 'E1' } };
    const { learners } = buildCohort([file('old.json', older, '2026-01-01T00:00:00Z'), file('new.json', newer, '2026-02-01T00:00:00Z')], context);
    expect(learners).toHaveLength(1);
    expect(learners[0]).toMatchObject({ name: 'Anna Kovács', files: ['new.json', 'old.json'], matchedBy: 'employee-id', lessonsCompleted: 2 });
  });

  it('merges by name (any case, spacing or Unicode form) when there is no employee ID', () => {
    const one: Progress = { v: 2, l: { a: { s: 5, c: 6 } }, u: { n: 'Kovács  Erzsébet' } };
    const two: Progress = { v: 2, l: { b: { s: 7, c: 8 } }, u: { n: 'kova\u0301cs erzse\u0301bet' } };
    const { learners } = buildCohort([file('1.json', one), file('2.json', two)], context);
    expect(learners).toHaveLength(1);
    expect(learners[0]).toMatchObject({ key: 'name:kovács erzsébet', matchedBy: 'name', lessonsCompleted: 2 });
  });

  it('joins a file without an ID to the one learner with that name and an ID, but not when two share the name', () => {
    const withId: Progress = { v: 2, l: {}, u: { n: 'Sam', e: '7' } };
    const withoutId: Progress = { v: 2, l: { a: { s: 1, c: 2 } }, u: { n: 'sam' } };
    const joined = buildCohort([file('id.json', withId), file('no-id.json', withoutId)], context).learners;
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ key: 'id:7', matchedBy: 'name', files: ['id.json', 'no-id.json'] });

    const twoSams = buildCohort([file('id7.json', withId), file('id8.json', { v: 2, l: {}, u: { n: 'Sam', e: '8' } }), file('no-id.json', withoutId)], context).learners;
    expect(twoSams.map((learner) => learner.key).sort()).toEqual(['id:7', 'id:8', 'name:sam']);
  });

  it('keeps files with no details apart, one learner each, without a certificate', () => {
    const anonymous: Progress = { v: 2, l: { a: { s: 1, c: 2, q: { b: 90, n: 1, h: [90] } }, b: { s: 1, c: 2, q: { b: 90, n: 1, h: [90] } } }, f: { n: 1, s: 1, p: 'abcdef01', r: [], b: 85, w: 9 } };
    const { learners } = buildCohort([file('x.json', anonymous), file('y.json', anonymous)], context);
    expect(learners.map((learner) => learner.key)).toEqual(['file:x.json', 'file:y.json']);
    expect(learners[0]).toMatchObject({ complete: true, completedAt: 9 });
    expect(learners[0]!.name).toBeUndefined();
    expect(learners[0]!.certificateId).toBeUndefined();
  });

  it('tells a failed final from one not taken', () => {
    const failed: Progress = { v: 2, l: {}, f: { n: 1, s: 1, p: 'abcdef01', r: [], d: 1, l: 40, b: 40 }, u: { n: 'F' } };
    const notTaken: Progress = { v: 2, l: {}, u: { n: 'N' } };
    const { learners } = buildCohort([file('f.json', failed), file('n.json', notTaken)], context);
    expect(learners.map((learner) => [learner.name, learner.finalResult, learner.complete])).toEqual([
      ['F', 'failed', false],
      ['N', 'not-taken', false],
    ]);
  });

  it('orders files by export time, then name', () => {
    const doc = (n: string): Progress => ({ v: 2, l: {}, u: { n, e: 'same' } });
    const files = [file('b.json', doc('B')), file('a.json', doc('A')), file('c.json', doc('C'), '2026-12-01T00:00:00Z'), file('d.json', doc('D'), '2025-01-01T00:00:00Z')];
    const { learners } = buildCohort(files, context);
    expect(learners[0]!.files).toEqual(['c.json', 'a.json', 'b.json', 'd.json']);
    expect(buildCohort([...files].reverse(), context).learners[0]!.files).toEqual(['c.json', 'a.json', 'b.json', 'd.json']);
    expect(learners[0]!.name).toBe('C');
  });

  it('merging never loses a completion, whatever the files (property)', () => {
    const lesson = fc.record({ s: fc.nat(100), c: fc.option(fc.nat(100), { nil: undefined }) }, { requiredKeys: ['s'] });
    const doc = fc.record({ v: fc.constant(2 as const), l: fc.dictionary(fc.constantFrom('a', 'b'), lesson), u: fc.constant({ n: 'Same Person' }) });
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 6 }), (docs) => {
        const cleaned = docs.map((entry) => ({ ...entry, l: Object.fromEntries(Object.entries(entry.l).map(([slug, record]) => [slug, record.c === undefined ? { s: record.s } : record])) }));
        const { learners } = buildCohort(cleaned.map((entry, index) => file(`${index}.json`, entry as Progress)), context);
        expect(learners).toHaveLength(1);
        for (const slug of ['a', 'b']) {
          const anyCompleted = cleaned.some((entry) => entry.l[slug]?.c !== undefined);
          expect(learners[0]!.doc.l[slug]?.c !== undefined).toBe(anyCompleted);
        }
      }),
    );
  });
});

describe('an inconsistent file', () => {
  const reasons = [{ code: 'finalScoreMismatch' as const, values: { stored: 100, recomputed: 35 } }];

  it('is never counted as completed, passed, or given a certificate, and says why', () => {
    const { learners } = buildCohort([{ ...file('anna.json', finished('Anna')), reasons }, file('bob.json', finished('Bob'))], context);
    const anna = learners.find((learner) => learner.name === 'Anna')!;
    expect(anna).toMatchObject({ complete: false, finalResult: 'passed', inconsistent: [{ file: 'anna.json', reasons }] });
    expect(anna.certificateId).toBeUndefined();
    expect(anna.completedAt).toBeUndefined();
    expect(learners.find((learner) => learner.name === 'Bob')).toMatchObject({ complete: true, certificateId: certificateId('moments-of-truth', 'Bob', 50) });
    expect(learners.find((learner) => learner.name === 'Bob')!.inconsistent).toBeUndefined();
    expect(summarise(learners)).toEqual({ learners: 2, complete: 1, completionRate: 50, passed: 1, inconsistent: 1, verified: 0, averageFinal: 90 });
    expect(summarise([anna])).toEqual({ learners: 1, complete: 0, completionRate: 0, passed: 0, inconsistent: 1, verified: 0 });
    expect(filterLearners(learners, '', 'inconsistent').map((learner) => learner.name)).toEqual(['Anna']);
    // Nor listed under "Passed the final", though the file says so.
    expect(filterLearners(learners, '', 'passed').map((learner) => learner.name)).toEqual(['Bob']);
  });

  it('makes the learner it is merged into inconsistent, naming the file', () => {
    const { learners } = buildCohort([file('anna-1.json', finished('Anna', { e: 'E1' })), { ...file('anna-2.json', finished('Anna'), '2026-11-19T10:00:00.000Z'), reasons }, { ...file('nobody.json', { v: 2, l: {} }), reasons }], context);
    expect(learners.map((learner) => [learner.files, learner.complete, learner.inconsistent])).toEqual([
      [['anna-1.json', 'anna-2.json'], false, [{ file: 'anna-2.json', reasons }]],
      [['nobody.json'], false, [{ file: 'nobody.json', reasons }]],
    ]);
  });
});

describe('summary and lesson statistics', () => {
  const learners = buildCohort(
    [
      file('1.json', finished('One')),
      file('2.json', { v: 2, l: { a: { s: 1, c: 2, q: { b: 50, n: 1, h: [50] } } }, f: { n: 1, s: 1, p: 'abcdef01', r: [], d: 1, l: 61, b: 61 }, u: { n: 'Two' } }),
      file('3.json', { v: 2, l: {}, u: { n: 'Three' } }),
    ],
    context,
  ).learners;

  it('counts completion, passes and the mean final score of those who took it', () => {
    expect(summarise(learners)).toEqual({ learners: 3, complete: 1, completionRate: 33, passed: 1, inconsistent: 0, verified: 0, averageFinal: 76 });
    expect(summarise([])).toEqual({ learners: 0, complete: 0, completionRate: 0, passed: 0, inconsistent: 0, verified: 0 });
  });

  it('shows per lesson how many completed, took the check, the mean score and how many are below the pass mark', () => {
    expect(lessonStats(learners, context)).toEqual([
      { slug: 'a', completed: 2, attempted: 2, averageCheck: 75, belowPassMark: 1 },
      { slug: 'b', completed: 1, attempted: 1, averageCheck: 60, belowPassMark: 1 },
    ]);
    expect(lessonStats([], context)).toEqual([
      { slug: 'a', completed: 0, attempted: 0, belowPassMark: 0 },
      { slug: 'b', completed: 0, attempted: 0, belowPassMark: 0 },
    ]);
  });
});

describe('questions most often missed', () => {
  const bank: Question[] = allTypes.map((question, index) => ({ ...question, lesson: index % 2 ? 'a' : 'b' }));
  const fingerprint = fingerprintOf(bank);
  const attempt = rebuildAttempt(bank, 42, [], 20);
  const correct = (question: Question): string => {
    switch (question.type) {
      case 'single':
      case 'scenario':
        return encodeResponse(question.options.findIndex((option) => option.correct));
      case 'multiple':
        return encodeResponse(question.options.flatMap((option, index) => (option.correct ? [index] : [])));
      case 'true-false':
        return encodeResponse(question.answer);
      case 'ordering':
        return encodeResponse(question.items.map((_, index) => index));
      case 'matching':
        return encodeResponse(question.pairs.map((_, index) => index));
    }
  };
  const answers = (wrongKey?: string) => attempt.questions.map((question) => (`${question.lesson}/${question.id}` === wrongKey ? '' : correct(question)));
  const learnerWith = (name: string, final: Progress['f']) => file(`${name}.json`, { v: 2, l: {}, f: final!, u: { n: name } });

  it('counts, per question, those asked and those who missed it, most missed first', () => {
    const singleKey = `${bank[0]!.lesson}/${single.id}`;
    const multipleKey = `${bank[2]!.lesson}/${multiple.id}`;
    const { learners } = buildCohort(
      [
        learnerWith('A', { n: 1, s: 42, p: fingerprint, r: answers(singleKey), d: 1 }),
        learnerWith('B', { n: 1, s: 42, p: fingerprint, r: answers(singleKey), d: 1 }),
        learnerWith('C', { n: 1, s: 42, p: fingerprint, r: answers(multipleKey), d: 1 }),
        learnerWith('D', { n: 1, s: 42, p: fingerprint, r: answers(), d: 1 }),
        // Under way, or from another bank: not counted.
        learnerWith('E', { n: 1, s: 42, p: fingerprint, r: [] }),
        learnerWith('F', { n: 1, s: 42, p: '00000000', r: [], d: 1 }),
        file('G.json', { v: 2, l: {}, u: { n: 'G' } }),
      ],
      context,
    );
    expect(mostMissed(learners, bank, 5)).toEqual([
      { key: singleKey, lesson: bank[0]!.lesson, prompt: single.prompt, asked: 4, missed: 2 },
      { key: multipleKey, lesson: bank[2]!.lesson, prompt: multiple.prompt, asked: 4, missed: 1 },
    ]);
    expect(mostMissed(learners, bank, 1)).toHaveLength(1);
  });

  it('breaks ties by count, then by key', () => {
    const [first, second] = attempt.questions;
    const keyOf = (question: Question) => `${question.lesson}/${question.id}`;
    const { learners } = buildCohort(
      [
        learnerWith('A', { n: 1, s: 42, p: fingerprint, r: answers(keyOf(first!)), d: 1 }),
        learnerWith('B', { n: 1, s: 42, p: fingerprint, r: answers(keyOf(second!)), d: 1 }),
      ],
      context,
    );
    expect(mostMissed(learners, bank, 5).map((entry) => entry.key)).toEqual([keyOf(first!), keyOf(second!)].sort());
  });
});

describe('sorting and filtering the table', () => {
  const learners = buildCohort(
    [
      file('b.json', { ...finished('Ödön', { e: 'E10' }) }),
      file('a.json', { v: 2, l: { a: { s: 1, c: 2 } }, f: { n: 1, s: 1, p: 'abcdef01', r: [], d: 1, b: 30 }, u: { n: 'anna', e: 'E9', m: 'anna@example.org' } }),
      file('c.json', { v: 2, l: {}, u: { n: 'Zoë' } }),
      file('d.json', { v: 2, l: {} }),
    ],
    context,
  ).learners;
  const names = (list: ReturnType<typeof sortLearners>) => list.map((learner) => learner.name ?? '—');

  it('sorts by each column, either way, with missing values last', () => {
    expect(names(sortLearners(learners, 'name', 'ascending', 'hu'))).toEqual(['anna', 'Ödön', 'Zoë', '—']);
    expect(names(sortLearners(learners, 'name', 'descending', 'hu'))).toEqual(['Zoë', 'Ödön', 'anna', '—']);
    expect(names(sortLearners(learners, 'employeeId', 'ascending', 'en')).slice(0, 2)).toEqual(['anna', 'Ödön']);
    expect(names(sortLearners(learners, 'lessons', 'descending', 'en')).slice(0, 2)).toEqual(['Ödön', 'anna']);
    expect(names(sortLearners(learners, 'final', 'ascending', 'en')).slice(0, 2)).toEqual(['anna', 'Ödön']);
    expect(names(sortLearners(learners, 'status', 'descending', 'en'))[0]).toBe('Ödön');
    expect(names(sortLearners(learners, 'completedAt', 'ascending', 'en'))[0]).toBe('Ödön');
  });

  it('filters by text (name, ID, email, file) and by status', () => {
    expect(names(filterLearners(learners, '', 'all'))).toHaveLength(4);
    expect(names(filterLearners(learners, 'ODON', 'all'))).toEqual([]);
    expect(names(filterLearners(learners, 'ödön', 'all'))).toEqual(['Ödön']);
    expect(names(filterLearners(learners, 'e9', 'all'))).toEqual(['anna']);
    expect(names(filterLearners(learners, 'example.org', 'all'))).toEqual(['anna']);
    expect(names(filterLearners(learners, 'd.json', 'all'))).toEqual(['—']);
    expect(names(filterLearners(learners, '', 'complete'))).toEqual(['Ödön']);
    expect(names(filterLearners(learners, '', 'incomplete')).sort()).toEqual(['anna', 'Zoë', '—'].sort());
    expect(names(filterLearners(learners, '', 'passed'))).toEqual(['Ödön']);
    expect(names(filterLearners(learners, '', 'failed'))).toEqual(['anna']);
    expect(names(filterLearners(learners, '', 'not-taken')).sort()).toEqual(['Zoë', '—'].sort());
  });
});

describe('records for the CSV export', () => {
  const labels: RecordLabels = {
    name: 'Name',
    employeeId: 'Employee ID',
    email: 'Email',
    lessonsCompleted: 'Lessons completed',
    lessonsInCourse: 'Lessons in course',
    check: (title) => `Check: ${title}`,
    finalScore: 'Final score',
    finalResult: 'Final result',
    complete: 'Complete',
    completedAt: 'Completed at',
    certificateId: 'Certificate ID',
    files: 'Files',
    results: { passed: 'passed', failed: 'failed', 'not-taken': 'not taken' },
    yes: 'yes',
    no: 'no',
    recordCheck: 'Record check',
    consistent: 'consistent',
    inconsistent: 'inconsistent',
    reason: (reason) => reason.code,
    signature: 'Signature',
    signatureWords: (signature) => signature.status,
  };

  it('has a header, then one row per learner with ISO dates', () => {
    const { learners } = buildCohort([file('anna.json', finished('=Anna', { e: 'E1' })), file('x.json', { v: 2, l: {} })], context);
    const rows = cohortRecords(learners, context, { a: 'Lesson A' }, labels);
    expect(rows[0]).toEqual(['Name', 'Employee ID', 'Email', 'Lessons completed', 'Lessons in course', 'Check: Lesson A', 'Check: b', 'Final score', 'Final result', 'Complete', 'Completed at', 'Certificate ID', 'Files', 'Record check', 'Signature']);
    expect(rows[1]).toEqual(['=Anna', 'E1', undefined, 2, 2, 100, 60, 90, 'passed', 'yes', '1970-01-01T00:00:50Z', certificateId('moments-of-truth', '=Anna', 50), 'anna.json', 'consistent', 'self-reported']);
    expect(rows[2]).toEqual([undefined, undefined, undefined, 0, 2, undefined, undefined, undefined, 'not taken', 'no', undefined, undefined, 'x.json', 'consistent', 'self-reported']);
  });

  it('takes its headers and values from the interface strings of each language', () => {
    const english = recordLabels(makeTranslator(en, 'en.json'));
    expect(english).toMatchObject({ name: 'Name', finalResult: 'Final assessment result', yes: 'yes', results: { 'not-taken': 'final not taken' } });
    expect(english.check('Team spirit')).toBe('Knowledge check: Team spirit (best %)');
    const arabic = recordLabels(makeTranslator(ar, 'ar.json'));
    expect(arabic).toMatchObject({ name: 'الاسم', yes: 'نعم', results: { passed: 'ناجح' } });
    expect(arabic.check('روح الفريق')).toBe('اختبار الفهم: روح الفريق (أفضل %)');
  });

  it('says in a column whether each record is consistent, and why not', () => {
    const edited: LoadedFile = { ...file('anna.json', finished('Anna', { e: 'E1' })), reasons: [{ code: 'finalScoreMismatch', values: { stored: 100, recomputed: 35 } }, { code: 'finalTooFast', values: { seconds: 4, min: 60, count: 20 } }] };
    const { learners } = buildCohort([edited, file('anna-2.json', finished('Anna', { e: 'E1' }), '2026-11-21T10:00:00.000Z')], context);
    const [header, row] = cohortRecords(learners, context, {}, recordLabels(makeTranslator(en, 'en.json')));
    expect(header!.at(-2)).toBe('Record check');
    expect(row!.at(-2)).toBe('inconsistent: anna.json: the final score says 100%, but the saved answers give 35%; the final assessment took 4 s, though it needs at least 60 s (questions: 20)');
    expect(row![9]).toBe('no');
    expect(recordLabels(makeTranslator(ar, 'ar.json'))).toMatchObject({ recordCheck: 'فحص السجل', consistent: 'متّسق', inconsistent: 'غير متّسق' });
  });

  it('names the files by course and date', () => {
    expect(cohortFileName('moments-of-truth', new Date('2026-11-22T10:00:00Z'), 'csv')).toBe('moments-of-truth-cohort-2026-11-22.csv');
    expect(cohortFileName('moments-of-truth', new Date('2026-11-22T10:00:00Z'), 'pdf', 'certificates')).toBe('moments-of-truth-certificates-2026-11-22.pdf');
  });
});
