/**
 * HR records at scale (issue 22): the worker path (files read one by one into
 * documents, the cohort's rows made where they are read, certificates in runs)
 * gives the same table, CSV and certificates as the page's old path, on a
 * 50-learner cohort; and the pieces of long work (time left, pages, runs).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ar from '../../content/ui/ar.json';
import en from '../../content/ui/en.json';
import { certificateEntry, certificateGaps, certificateLanguage, hasCertificate, type CertificateSettings } from '../../src/lib/hr/certificate-entries';
import { buildCohort, filterLearners, sortLearners, type CohortContext, type LearnerRow, type LoadedFile } from '../../src/lib/hr/cohort';
import { cohortView, learnerRow, loadedFile, MISSED_LIMIT } from '../../src/lib/hr/cohort-view';
import { toCsv } from '../../src/lib/hr/csv';
import { batches, batchFileName, durationWords, secondsLeft, tablePage } from '../../src/lib/hr/long-work';
import { cohortRecords, recordLabels } from '../../src/lib/hr/records';
import { lessonStats, mostMissed, summarise } from '../../src/lib/hr/statistics';
import { MAX_FILE_BYTES, readProgressFile } from '../../src/lib/progress/file';
import { fingerprintOf } from '../../src/lib/quiz/attempt';
import type { Question } from '../../src/lib/quiz/types';
import { makeTranslator } from '../../src/lib/ui-strings';
import { allTypes } from './quiz-fixtures';

const fixture = JSON.parse(readFileSync('tests/fixtures/complete-course.progress.json', 'utf-8'));
const lessons = Object.keys(fixture.progress.l);
const context: CohortContext = { course: 'moments-of-truth', lessons, checks: lessons, rules: { lessons: true, checks: true, final: true }, passMark: 80, version: '1', trustedSigners: [] };
const bank: Question[] = allTypes.map((question, index) => ({ ...question, lesson: lessons[index % lessons.length]! }));
const settings: Omit<CertificateSettings, 'fontsUrl'> = {
  organisation: 'Moments of Truth open course',
  signerName: 'Course Coordinator',
  signerRole: 'Customer Service Training',
  languages: {
    en: { label: 'English', dir: 'ltr', courseTitle: 'Moments of Truth', strings: en },
    ar: { label: 'العربية', dir: 'rtl', courseTitle: 'لحظات الصدق', strings: ar },
  },
};

/** 50 learners' files as HR gets them: most complete, some half done, merged pairs, name-only ones, an Arabic preference, and bad files. */
function cohortFiles(): Array<{ name: string; text: string }> {
  const files: Array<{ name: string; text: string }> = [];
  for (let index = 0; index < 50; index += 1) {
    const file = structuredClone(fixture);
    const id = String(index).padStart(2, '0');
    file.exportedAt = new Date(Date.UTC(2026, 10, 1, 10, index)).toISOString();
    file.progress.u = { n: `Learner ${id}`, e: `E-${id}`, ...(index % 7 === 0 ? { k: 'ar' } : {}) };
    if (index % 5 === 0) file.progress.f = { ...file.progress.f, p: fingerprintOf(bank), s: index, r: [] };
    if (index % 6 === 0) file.progress.l = Object.fromEntries(lessons.slice(0, 4).map((slug) => [slug, fixture.progress.l[slug]]));
    if (index % 9 === 0) file.progress.u = { n: `Trainee ${id}` };
    files.push({ name: `learner-${id}.json`, text: JSON.stringify(file) });
  }
  // A newer file of learner 03 (merged by ID) and one of learner 04 without the ID (merged by name).
  const later = structuredClone(fixture);
  later.exportedAt = '2026-12-01T10:00:00.000Z';
  later.progress.u = { n: 'Learner 03', e: 'E-03' };
  files.push({ name: 'learner-03-phone.json', text: JSON.stringify(later) });
  const nameOnly = structuredClone(later);
  nameOnly.progress.u = { n: 'learner  04' };
  files.push({ name: 'learner-04-laptop.json', text: JSON.stringify(nameOnly) });
  files.push({ name: 'broken.json', text: '{"format": ' });
  files.push({ name: 'other.json', text: JSON.stringify({ ...fixture, course: 'another-course' }) });
  return files;
}

const t = makeTranslator<string>(en, 'test');
const csvOf = (learners: readonly LearnerRow[]) => toCsv(cohortRecords(learners, context, Object.fromEntries(lessons.map((slug) => [slug, slug])), recordLabels(t)));
const entriesOf = (learners: readonly LearnerRow[], choice: string) =>
  learners.filter(hasCertificate).map((learner) => certificateEntry(learner, certificateLanguage(learner, choice, 'en', ['en', 'ar']), settings));

describe('the worker path gives the same results as the old path (50 learners)', () => {
  const files = cohortFiles();
  // The old path: the page read every file with readProgressFile and built the cohort from all of them.
  const oldFiles: LoadedFile[] = files.map(({ name, text }) => ({ name, result: readProgressFile(text, context.course) }));
  const old = buildCohort(oldFiles, context);
  // The worker path: each file becomes its document as it is read; the page gets the view.
  const view = cohortView(
    files.map(({ name, text }) => loadedFile(name, text, text.length, context.course)),
    context,
    bank,
  );

  it('has the same learners, rows and refused files', () => {
    expect(old.learners).toHaveLength(50);
    expect(view.learners).toEqual(old.learners.map(learnerRow));
    expect(view.rejected).toEqual(old.rejected);
    expect(view.learners.some((learner) => learner.matchedBy === 'name')).toBe(true);
    expect(view.learners.some((learner) => learner.matchedBy === 'employee-id')).toBe(true);
  });

  it('shows the same table, sorted and filtered', () => {
    for (const key of ['name', 'employeeId', 'lessons', 'final', 'status', 'completedAt'] as const) {
      const keys = (learners: readonly LearnerRow[]) => sortLearners(learners, key, 'descending', 'en').map((learner) => learner.key);
      expect(keys(view.learners)).toEqual(keys(old.learners));
    }
    expect(filterLearners(view.learners, 'trainee', 'complete').map((learner) => learner.key)).toEqual(filterLearners(old.learners, 'trainee', 'complete').map((learner) => learner.key));
  });

  it('writes the same CSV', () => {
    const csv = csvOf(view.learners);
    expect(csv).toBe(csvOf(old.learners));
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(51);
  });

  it('has the same summary, lesson statistics and most-missed questions', () => {
    expect(view.summary).toEqual(summarise(old.learners));
    expect(view.stats).toEqual(lessonStats(old.learners, context));
    expect(view.missed).toEqual(mostMissed(old.learners, bank, MISSED_LIMIT));
    expect(view.missed.length).toBeGreaterThan(0);
    expect(view.gaps).toEqual(certificateGaps(old.learners.map(learnerRow)));
  });

  it('says the same on every certificate, in one PDF or in runs of a ZIP', () => {
    for (const choice of ['preferred', 'ar']) {
      const before = entriesOf(old.learners, choice);
      expect(batches(entriesOf(view.gaps.drawable, choice), 20).flat()).toEqual(before);
      expect(before.length).toBe(view.gaps.drawable.length);
    }
    expect(entriesOf(view.learners, 'preferred').some((entry) => entry.wording.locale === 'ar')).toBe(true);
  });
});

describe('reading one file', () => {
  it('keeps the document, or says why the file was refused', () => {
    expect(loadedFile('a.json', JSON.stringify(fixture), 100, context.course).result.ok).toBe(true);
    expect(loadedFile('big.json', undefined, MAX_FILE_BYTES + 1, context.course).result).toMatchObject({ ok: false, problem: 'too-large' });
    expect(loadedFile('gone.json', new Error('NotFoundError'), 10, context.course)).toEqual({ name: 'gone.json', result: { ok: false, problem: 'not-json', detail: 'NotFoundError' } });
    // The consistency check runs on a readable file only, with the file's export time, and its reasons travel with the file.
    const seen: string[] = [];
    const inspect = (_doc: unknown, exportedAt: string) => (seen.push(exportedAt), [{ code: 'finalNoScore' as const }]);
    expect(loadedFile('a.json', JSON.stringify(fixture), 100, context.course, inspect).reasons).toEqual([{ code: 'finalNoScore' }]);
    expect(seen).toEqual([fixture.exportedAt]);
    expect(loadedFile('a.json', JSON.stringify(fixture), 100, context.course, () => []).reasons).toBeUndefined();
    expect(loadedFile('bad.json', '{', 1, context.course, inspect)).not.toHaveProperty('reasons');
    expect(seen).toHaveLength(1);
  });
});

describe('long work', () => {
  it('says the time left at the pace so far, once there is enough to go by', () => {
    expect(secondsLeft(0, 100, 5000)).toBeUndefined();
    expect(secondsLeft(10, 100, 400)).toBeUndefined();
    expect(secondsLeft(10, 100, 1000)).toBe(9);
    expect(secondsLeft(100, 100, 9000)).toBe(0);
  });

  it('says a duration in seconds, or in minutes from a minute and a half', () => {
    expect(durationWords(40, 'en')).toBe('40 seconds');
    expect(durationWords(0, 'en')).toBe('1 second');
    expect(durationWords(90, 'en')).toBe('2 minutes');
    expect(durationWords(125, 'ar')).toMatch(/دقائق|دقيقة/);
  });

  it('shows a page of the table, kept within the pages there are', () => {
    expect(tablePage(0, 0, 100)).toEqual({ start: 0, end: 0, page: 0, pages: 1 });
    expect(tablePage(250, 1, 100)).toEqual({ start: 100, end: 200, page: 1, pages: 3 });
    expect(tablePage(250, 7, 100)).toEqual({ start: 200, end: 250, page: 2, pages: 3 });
    expect(tablePage(250, -1, 100)).toEqual({ start: 0, end: 100, page: 0, pages: 3 });
  });

  it('splits the certificates into runs named by the learners they hold', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
    expect(batchFileName(0, 500, 500)).toBe('certificates-00001-00500.pdf');
    expect(batchFileName(20, 500, 3)).toBe('certificates-10001-10003.pdf');
  });
});
