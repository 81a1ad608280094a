import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { certificateId, finalScore } from '../../src/lib/progress/certificate';
import { completion } from '../../src/lib/progress/completion';
import { FILE_FORMAT, makeProgressFile, MAX_FILE_BYTES, progressFileName, readProgressFile } from '../../src/lib/progress/file';
import { mergeProgress, previewMerge } from '../../src/lib/progress/merge';
import { nextStep, type CourseOutline } from '../../src/lib/progress/next-step';
import { readProgress, serializeProgress } from '../../src/lib/progress/codec';
import { emptyProgress, MAX_CARDS, MAX_SECTIONS, type Progress } from '../../src/lib/progress/schema';

const CARD_IDS = Array.from({ length: 60 }, (_, index) => `card-${index}`);
import { assess } from '../../src/lib/quiz/assessment';
import { rebuildAttempt } from '../../src/lib/quiz/attempt';
import type { Question } from '../../src/lib/quiz/types';
import { matching, multiple, ordering, single, trueFalse } from './quiz-fixtures';

const rules = { lessons: true, checks: true, final: true };
const lessons = ['a', 'b'];

const done: Progress = {
  v: 2,
  l: { a: { s: 1, c: 10, q: { b: 80, n: 2, h: [60, 80] } }, b: { s: 2, c: 20, q: { b: 100, n: 1, h: [100] } } },
  f: { n: 1, s: 5, p: 'abcdef01', r: [], d: 1, l: 90, b: 90, w: 30 },
  u: { n: 'Fatima Al-Zahra / فاطمة الزهراء' },
};

describe('completion', () => {
  it('lists exactly what remains, in course order', () => {
    expect(completion(emptyProgress(), lessons, lessons, rules)).toEqual({
      complete: false,
      remaining: [{ kind: 'lesson', slug: 'a' }, { kind: 'lesson', slug: 'b' }, { kind: 'check', slug: 'a' }, { kind: 'check', slug: 'b' }, { kind: 'final' }],
    });
    const partly: Progress = { v: 2, l: { a: { s: 1, c: 2, q: { b: 0, n: 1, h: [0] } }, b: { s: 1 } }, f: { n: 1, s: 1, p: 'abcdef01', r: [], d: 1, l: 50, b: 50 } };
    expect(completion(partly, lessons, lessons, rules).remaining).toEqual([{ kind: 'lesson', slug: 'b' }, { kind: 'check', slug: 'b' }, { kind: 'final' }]);
  });

  it('is complete when every rule is met, dated by the last requirement met', () => {
    expect(completion(done, lessons, lessons, rules)).toEqual({ complete: true, remaining: [], completedAt: 30 });
    expect(completion(done, lessons, lessons, { lessons: true, checks: false, final: false })).toEqual({ complete: true, remaining: [], completedAt: 20 });
    expect(completion(emptyProgress(), lessons, lessons, { lessons: false, checks: false, final: false })).toEqual({ complete: true, remaining: [] });
  });
});

describe('merging progress', () => {
  it('keeps completions (the earlier date), best scores and best outcomes', () => {
    const here: Progress = { v: 2, l: { a: { s: 5, c: 50, q: { b: 40, n: 3, h: [10, 20, 40] } }, c: { s: 1 } }, r: { x: { p: [0], b: 0 } }, u: { n: 'Alexei' } };
    const there: Progress = {
      v: 2,
      l: { a: { s: 2, c: 40, q: { b: 90, n: 1, h: [90] } }, b: { s: 3, c: 30 } },
      f: { n: 2, s: 9, p: '12345678', r: ['1'], l: 85, b: 85, w: 60 },
      r: { x: { p: [1, 1], b: 2 }, y: { p: [] } },
      u: { n: 'Алексей Смирнов' },
    };
    const merged = mergeProgress(here, there, { replaceProfile: false });
    expect(merged).toEqual({
      v: 2,
      l: { a: { s: 2, c: 40, q: { b: 90, n: 3, h: [10, 20, 40] } }, c: { s: 1 }, b: { s: 3, c: 30 } },
      f: { n: 2, s: 9, p: '12345678', r: ['1'], l: 85, b: 85, w: 60 },
      r: { x: { p: [0], b: 2 }, y: { p: [] } },
      u: { n: 'Alexei' },
    });
    expect(mergeProgress(here, there, { replaceProfile: true }).u).toEqual({ n: 'Алексей Смирнов' });
    expect(mergeProgress(emptyProgress(), there, { replaceProfile: false }).u).toEqual({ n: 'Алексей Смирнов' });
    const bothFinals = mergeProgress({ v: 2, l: {}, f: { n: 3, s: 1, p: 'abcdef01', r: ['2'] } }, { v: 2, l: {}, f: { n: 1, s: 2, p: 'abcdef01', r: [], d: 1, l: 70, b: 70 } }, { replaceProfile: false });
    expect(bothFinals.f).toEqual({ n: 3, s: 1, p: 'abcdef01', r: ['2'], b: 70 });
    expect(mergeProgress({ v: 2, l: {}, f: { n: 1, s: 1, p: 'abcdef01', r: [] } }, { v: 2, l: {}, f: { n: 1, s: 2, p: 'abcdef01', r: [] } }, { replaceProfile: false }).f).toEqual({ n: 1, s: 1, p: 'abcdef01', r: [] });
    expect(mergeProgress({ v: 2, l: {}, r: { x: { p: [] } } }, { v: 2, l: {}, r: { x: { p: [1] } } }, { replaceProfile: false }).r).toEqual({ x: { p: [] } });
  });

  it('keeps this browser\'s place in a lesson and flashcard answers, and adds the other\'s', () => {
    const here: Progress = { v: 2, l: { a: { s: 1, p: 3 }, b: { s: 1 } }, g: { complaint: 0 } };
    const there: Progress = { v: 2, l: { a: { s: 2, p: 5 }, b: { s: 2, p: 1 } }, g: { complaint: 1, objection: 1 } };
    expect(mergeProgress(here, there, { replaceProfile: false })).toEqual({ v: 2, l: { a: { s: 1, p: 3 }, b: { s: 1, p: 1 } }, g: { complaint: 0, objection: 1 } });
    expect(mergeProgress({ v: 2, l: {} }, there, { replaceProfile: false }).g).toEqual(there.g);
    expect(mergeProgress(here, { v: 2, l: {} }, { replaceProfile: false }).g).toEqual(here.g);
  });

  it('keeps flashcard answers within MAX_CARDS: all of this browser\'s, then the newest of the other\'s', () => {
    const answers = (from: number, to: number, answer: 0 | 1) => Object.fromEntries(CARD_IDS.slice(from, to).map((id) => [id, answer]));
    const here: Progress = { v: 2, l: {}, g: answers(0, 30, 1) };
    const there: Progress = { v: 2, l: {}, g: { ...answers(25, 45, 0) } };
    const merged = mergeProgress(here, there, { replaceProfile: false }).g!;
    expect(Object.keys(merged)).toHaveLength(MAX_CARDS);
    // Cards 0-29 as answered here; of the other's 30-44, the newest ten (35-44); 30-34 do not fit.
    expect(merged).toEqual({ ...answers(35, 45, 0), ...answers(0, 30, 1) });
    expect(Object.keys(mergeProgress({ v: 2, l: {}, g: answers(0, 40, 1) }, there, { replaceProfile: false }).g!)).toEqual(CARD_IDS.slice(0, 40));
    expect(mergeProgress({ v: 2, l: {} }, { v: 2, l: {} }, { replaceProfile: false })).not.toHaveProperty('g');
  });

  it('previews what will change before anything is written', () => {
    const here: Progress = { v: 2, l: { a: { s: 1, q: { b: 50, n: 1, h: [50] } } }, u: { n: 'Kovács Erzsébet Őrsi' } };
    expect(previewMerge(here, done)).toEqual({
      newlyCompleted: ['a', 'b'],
      betterChecks: ['a', 'b'],
      finalImproves: true,
      betterRolePlays: [],
      profileDiffers: true,
      nothingNew: false,
    });
    expect(previewMerge(done, done).nothingNew).toBe(true);
    expect(previewMerge(emptyProgress(), { v: 2, l: {}, u: { n: 'X' } }).nothingNew).toBe(false);
    expect(previewMerge({ v: 2, l: {}, r: { x: { p: [] } } }, { v: 2, l: {}, r: { x: { p: [], b: 1 } } }).betterRolePlays).toEqual(['x']);
    expect(previewMerge(emptyProgress(), { v: 2, l: {}, r: { x: { p: [1] } } }).betterRolePlays).toEqual([]);
    const unfinished: Progress = { v: 2, l: {}, f: { n: 1, s: 1, p: 'abcdef01', r: [] } };
    expect(previewMerge(unfinished, unfinished).finalImproves).toBe(false);
    expect(previewMerge({ v: 2, l: { a: { s: 1 } } }, done).betterChecks).toEqual(['a', 'b']);
    expect(previewMerge({ v: 2, l: { c: { s: 1 } } }, emptyProgress())).toMatchObject({ betterChecks: [], nothingNew: true });
    expect(previewMerge({ v: 2, l: {}, f: { n: 1, s: 1, p: 'abcdef01', r: [], b: 90 } }, { v: 2, l: {}, f: { n: 1, s: 1, p: 'abcdef01', r: [], b: 90, w: 5 } }).finalImproves).toBe(true);
    expect(previewMerge({ v: 2, l: {}, f: { n: 1, s: 1, p: 'abcdef01', r: [], b: 90 } }, { v: 2, l: {}, f: { n: 1, s: 1, p: 'abcdef01', r: [], b: 50, w: 3 } }).finalImproves).toBe(true);
  });

  const percent = fc.integer({ min: 0, max: 100 });
  const time = fc.integer({ min: 0, max: 2_000_000_000 });
  const lesson = fc.record(
    { s: time, c: fc.option(time, { nil: undefined }), q: fc.option(fc.record({ b: percent, n: fc.integer({ min: 1, max: 50 }), h: fc.array(percent, { maxLength: 3 }) }), { nil: undefined }), p: fc.option(fc.nat(MAX_SECTIONS - 1), { nil: undefined }) },
    { requiredKeys: ['s'] },
  ).map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));
  const doc: fc.Arbitrary<Progress> = fc
    .record({
      l: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), lesson),
      r: fc.option(fc.dictionary(fc.constantFrom('x', 'y'), fc.record({ p: fc.array(fc.nat(3), { maxLength: 5 }), b: fc.integer({ min: 0, max: 2 }) })), { nil: undefined }),
      f: fc.option(fc.record({ n: fc.integer({ min: 1, max: 9 }), s: fc.nat(), p: fc.constant('abcdef01'), r: fc.constant([] as string[]), b: percent, w: time }), { nil: undefined }),
      // Up to MAX_CARDS answers each, from 60 cards: two browsers together can answer more than one document keeps.
      g: fc.option(fc.dictionary(fc.constantFrom(...CARD_IDS), fc.constantFrom(0 as const, 1 as const), { maxKeys: MAX_CARDS, size: 'max' }), { nil: undefined }),
    })
    .map(({ l, r, f, g }) => ({ v: 2 as const, l: l as Progress['l'], ...(r ? { r } : {}), ...(f ? { f } : {}), ...(g ? { g } : {}) }));

  it('is idempotent, never loses a completion, and stays a valid document', () => {
    fc.assert(
      fc.property(doc, doc, fc.boolean(), (a, b, replaceProfile) => {
        const once = mergeProgress(a, b, { replaceProfile });
        expect(mergeProgress(once, b, { replaceProfile })).toEqual(once);
        for (const source of [a, b]) {
          for (const [slug, record] of Object.entries(source.l)) {
            if (record.c !== undefined) expect(once.l[slug]!.c).toBeLessThanOrEqual(record.c);
            if (record.q) expect(once.l[slug]!.q!.b).toBeGreaterThanOrEqual(record.q.b);
            if (record.p !== undefined) expect(once.l[slug]!.p).toBeDefined();
          }
          // Every flashcard answered on either side keeps an answer, while they fit.
          const union = new Set([...Object.keys(a.g ?? {}), ...Object.keys(b.g ?? {})]);
          if (union.size <= MAX_CARDS) for (const id of Object.keys(source.g ?? {})) expect(once.g?.[id]).toBeDefined();
          if (source.f?.w !== undefined) expect(once.f!.w).toBeLessThanOrEqual(source.f.w);
        }
        // This browser's answers are all kept, as they were; the document never holds more than MAX_CARDS.
        for (const [id, answer] of Object.entries(a.g ?? {})) expect(once.g![id]).toBe(answer);
        expect(Object.keys(once.g ?? {}).length).toBeLessThanOrEqual(MAX_CARDS);
        expect(readProgress(serializeProgress(once)).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the progress file', () => {
  const now = new Date('2026-11-22T10:00:00Z');

  it('round-trips through export and import', () => {
    const file = makeProgressFile(done, 'moments-of-truth', now);
    expect(file).toMatchObject({ format: FILE_FORMAT, version: 1, course: 'moments-of-truth', exportedAt: '2026-11-22T10:00:00.000Z' });
    const read = readProgressFile(JSON.stringify(file), 'moments-of-truth');
    expect(read).toEqual({ ok: true, doc: done, file: { format: FILE_FORMAT, version: 1, course: 'moments-of-truth', exportedAt: '2026-11-22T10:00:00.000Z' } });
  });

  it('names the file after the course, the learner and the day, safely', () => {
    expect(progressFileName('moments-of-truth', 'Fatima Al-Zahra / فاطمة الزهراء', now)).toBe('moments-of-truth-progress-fatima-al-zahra-فاطمة-الزهراء-2026-11-22.json');
    expect(progressFileName('moments-of-truth', '<img src=x onerror=alert(1)>', now)).toBe('moments-of-truth-progress-img-src-x-onerror-alert-1-2026-11-22.json');
    expect(progressFileName('moments-of-truth', undefined, now)).toBe('moments-of-truth-progress-2026-11-22.json');
    // Letters keep their marks: й stays й, ő stays ő.
    expect(progressFileName('moments-of-truth', 'Алексей Kovács Őrsi', now)).toBe('moments-of-truth-progress-алексей-kovács-őrsi-2026-11-22.json');
  });

  it.each([
    ['a huge file', 'x', 50 * 1024 * 1024, 'too-large'],
    ['not JSON', '{"format":', undefined, 'not-json'],
    ['another JSON file', '{"hello":"world"}', undefined, 'not-progress'],
    ['another course', JSON.stringify({ ...makeProgressFile(done, 'other', now) }), undefined, 'other-course'],
    ['a newer file version', JSON.stringify({ ...makeProgressFile(done, 'moments-of-truth', now), version: 2 }), undefined, 'newer'],
    ['newer progress inside', JSON.stringify({ ...makeProgressFile(done, 'moments-of-truth', now), progress: { v: 4, l: {} } }), undefined, 'newer'],
    ['a damaged document', JSON.stringify({ ...makeProgressFile(done, 'moments-of-truth', now), progress: { v: 2, l: { a: { s: 'x' } } } }), undefined, 'invalid'],
  ])('refuses %s with a reason', (_name, text, size, problem) => {
    expect(readProgressFile(text as string, 'moments-of-truth', size as number | undefined)).toMatchObject({ ok: false, problem });
  });

  it('refuses an oversized file before parsing it', () => {
    expect(readProgressFile('this is not even JSON', 'moments-of-truth', MAX_FILE_BYTES + 1)).toMatchObject({ problem: 'too-large' });
  });

  it('never throws, whatever the file holds', () => {
    const wrapped = fc.jsonValue().map((progress) => JSON.stringify({ format: FILE_FORMAT, version: 1, course: 'moments-of-truth', exportedAt: 'x', progress }));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), wrapped), (text) => {
        const result = readProgressFile(text, 'moments-of-truth');
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('certificates', () => {
  it('gives a stable ID for the same completion and a different one otherwise', () => {
    const id = certificateId('moments-of-truth', 'فاطمة الزهراء', 1795341600);
    expect(id).toMatch(/^MOT-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(certificateId('moments-of-truth', ' فاطمة الزهراء ', 1795341600)).toBe(id);
    expect(certificateId('moments-of-truth', 'فاطمة الزهراء', 1795341601)).not.toBe(id);
    expect(certificateId('moments-of-truth', 'Kovács Erzsébet Őrsi', 1795341600)).not.toBe(id);
    expect(finalScore(done)).toBe(90);
    expect(finalScore(emptyProgress())).toBeUndefined();
  });
});

describe('the next step', () => {
  const course: CourseOutline = { lessons: ['a', 'b', 'c'], checks: ['a', 'c'], rules };
  const passed = { n: 1, s: 5, p: 'abcdef01', r: [], d: 1 as const, l: 90, b: 90, w: 30 };
  const failed = { n: 1, s: 5, p: 'abcdef01', r: [], d: 1 as const, l: 40, b: 40 };
  const check = { b: 80, n: 1, h: [80] };
  const at = (l: Progress['l'], f?: Progress['f']): Progress => ({ v: 2, l, ...(f ? { f } : {}) });

  it('starts with the first lesson, and goes on in course order', () => {
    expect(nextStep(emptyProgress(), course)).toEqual({ kind: 'lesson', slug: 'a' });
    expect(nextStep(at({ a: { s: 1, c: 2 }, b: { s: 1 } }), course)).toEqual({ kind: 'lesson', slug: 'b' });
  });

  it('seen from a lesson, is the next unfinished lesson after it, then from the start', () => {
    const firstOpen = at({ b: { s: 1, c: 2 } });
    expect(nextStep(firstOpen, course, 'b')).toEqual({ kind: 'lesson', slug: 'c' });
    expect(nextStep(at({ b: { s: 1, c: 2 }, c: { s: 1, c: 3 } }), course, 'c')).toEqual({ kind: 'lesson', slug: 'a' });
    // A lesson the course no longer has counts as the start.
    expect(nextStep(firstOpen, course, 'gone')).toEqual({ kind: 'lesson', slug: 'a' });
  });

  it('once every lesson is done: a knowledge check not yet tried, the nearest first', () => {
    const lessonsDone = { a: { s: 1, c: 2 }, b: { s: 1, c: 2 }, c: { s: 1, c: 2 } };
    expect(nextStep(at(lessonsDone), course)).toEqual({ kind: 'check', slug: 'a' });
    expect(nextStep(at(lessonsDone), course, 'c')).toEqual({ kind: 'check', slug: 'c' });
    expect(nextStep(at(lessonsDone), course, 'b')).toEqual({ kind: 'check', slug: 'c' });
    expect(nextStep(at({ ...lessonsDone, c: { s: 1, c: 2, q: check } }, passed), course, 'c')).toEqual({ kind: 'check', slug: 'a' });
  });

  it('then the final assessment until it is passed, then the certificate', () => {
    const allDone = { a: { s: 1, c: 2, q: check }, b: { s: 1, c: 2 }, c: { s: 1, c: 2, q: check } };
    expect(nextStep(at(allDone), course)).toEqual({ kind: 'final' });
    expect(nextStep(at(allDone, failed), course, 'c')).toEqual({ kind: 'final' });
    expect(nextStep(at(allDone, passed), course)).toEqual({ kind: 'certificate' });
    expect(nextStep(at(allDone, passed), course, 'c')).toEqual({ kind: 'certificate' });
  });

  it('a passed final still leads to what the certificate needs', () => {
    expect(nextStep(at({ a: { s: 1, c: 2, q: check } }, passed), course)).toEqual({ kind: 'lesson', slug: 'b' });
  });

  it('follows the course rules: only what they ask for stands before the certificate', () => {
    const lessonsOnly: CourseOutline = { ...course, rules: { lessons: true, checks: false, final: false } };
    expect(nextStep(at({ a: { s: 1, c: 2 }, b: { s: 1, c: 2 }, c: { s: 1, c: 2 } }), lessonsOnly)).toEqual({ kind: 'certificate' });
    const finalOnly: CourseOutline = { ...course, rules: { lessons: false, checks: false, final: true } };
    expect(nextStep(emptyProgress(), finalOnly)).toEqual({ kind: 'final' });
    expect(nextStep(at({}, passed), finalOnly)).toEqual({ kind: 'certificate' });
  });

  it('always names something the course has, and the certificate only when the course is complete', () => {
    const slug = fc.constantFrom('a', 'b', 'c');
    const record = fc.record({ c: fc.boolean(), q: fc.boolean() }).map(({ c, q }) => ({ s: 1, ...(c ? { c: 2 } : {}), ...(q ? { q: check } : {}) }));
    fc.assert(
      fc.property(fc.dictionary(slug, record), fc.constantFrom(undefined, passed, failed), fc.option(slug, { nil: undefined }), (l, f, from) => {
        const doc = at(l, f);
        const step = nextStep(doc, course, from);
        const complete = completion(doc, course.lessons, course.checks, rules).complete;
        expect(step.kind === 'certificate').toBe(complete);
        if (step.kind === 'lesson') expect(doc.l[step.slug]?.c).toBeUndefined();
        if (step.kind === 'check') {
          expect(course.checks).toContain(step.slug);
          expect(doc.l[step.slug]?.q).toBeUndefined();
        }
      }),
    );
  });
});

describe('the final assessment’s result and unanswered questions', () => {
  const questions: Question[] = [
    { ...single, lesson: 'c' },
    { ...trueFalse, lesson: 'a' },
    { ...ordering, lesson: 'x' },
    { ...multiple, lesson: 'b' },
    { ...matching, lesson: 'a' },
  ];
  // Right: single (1), ordering; wrong: true-false, multiple (half), matching (unanswered).
  const responses = [1, true, [0, 1, 2, 3], [0], undefined];

  it('lists the results by lesson in course order, lessons the course lacks last', () => {
    const result = assess(questions, responses, 80, ['a', 'b', 'c']);
    expect(result.perLesson.map((row) => row.lesson)).toEqual(['a', 'b', 'c', 'x']);
    expect(result.weakLessons).toEqual(['a', 'b']);
    // Without a course order: as the lessons first appear.
    expect(assess(questions, responses, 80).perLesson.map((row) => row.lesson)).toEqual(['c', 'a', 'x', 'b']);
  });

  it('says which questions were not fully correct, for "jump to my mistakes"', () => {
    const result = assess(questions, responses, 80, ['a', 'b', 'c']);
    expect(result.mistakes).toEqual([1, 3, 4]);
    expect(result.fullyCorrect).toBe(2);
    expect(assess([], [], 80).mistakes).toEqual([]);
  });

  it('says which questions of an attempt have no answer yet', () => {
    const bank: Question[] = [single, trueFalse, multiple].map((question, index) => ({ ...question, id: `q${index}`, lesson: 'a' }));
    const fresh = rebuildAttempt(bank, 3, [], bank.length);
    expect(fresh.unanswered).toEqual([0, 1, 2]);
    const trueFalseAt = fresh.questions.findIndex((question) => question.type === 'true-false');
    const saved = fresh.questions.map((_, index) => (index === trueFalseAt ? 'f' : ''));
    const resumed = rebuildAttempt(bank, 3, saved, bank.length);
    expect(resumed.unanswered).toEqual([0, 1, 2].filter((index) => index !== trueFalseAt));
    expect(resumed.answered).toBe(1);
  });
});
