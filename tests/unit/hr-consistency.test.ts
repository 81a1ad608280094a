import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../content/ui/en.json';
import ar from '../../content/ui/ar.json';
import ru from '../../content/ui/ru.json';
import el from '../../content/ui/el.json';
import hu from '../../content/ui/hu.json';
import { checkConsistency, CLOCK_SKEW, MIN_SECONDS_PER_QUESTION, scoringBank, type ConsistencyContext, type Reason } from '../../src/lib/hr/consistency';
import { describeReason } from '../../src/lib/hr/reason-words';
import { makeProgressFile, readProgressFile } from '../../src/lib/progress/file';
import { answerFinal, recordCheck, startFinal, submitFinal } from '../../src/lib/progress/quiz-rules';
import { emptyProgress, FINAL_QUESTIONS, type Progress } from '../../src/lib/progress/schema';
import { assess } from '../../src/lib/quiz/assessment';
import { fingerprintOf, rebuildAttempt } from '../../src/lib/quiz/attempt';
import { encodeResponse } from '../../src/lib/quiz/encode';
import { scoreQuestion } from '../../src/lib/quiz/scoring';
import type { Question, QuestionType, Response } from '../../src/lib/quiz/types';
import { makeTranslator, type UiStrings } from '../../src/lib/ui-strings';
import { allTypes } from './quiz-fixtures';

/** Every question type, in two lessons: 12 questions, so an attempt asks all of them. */
const bank: Question[] = allTypes.flatMap((question) => [question, { ...question, lesson: 'greeting' }]);
const context: ConsistencyContext = { lessons: ['handling-complaints', 'greeting', 'no-check'], checks: ['handling-complaints', 'greeting'], passMark: 80, bank };
const fingerprint = fingerprintOf(bank);
const NOW = 2_000_000_000;
const EXPORTED = new Date((NOW - 60) * 1000).toISOString();
const codes = (reasons: readonly Reason[]) => reasons.map((reason) => reason.code);

/** A response of the right shape for `question`, picked by `pick` (0..1). */
function responseFor(question: Question, pick: (size: number) => number): Response {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return pick(question.options.length);
    case 'true-false':
      return pick(2) === 0;
    case 'multiple': {
      const chosen = question.options.map((_, index) => index).filter(() => pick(2) === 1);
      return chosen.length ? chosen : [0];
    }
    case 'ordering': {
      const order = question.items.map((_, index) => index);
      for (let index = order.length - 1; index > 0; index -= 1) {
        const other = pick(index + 1);
        [order[index], order[other]] = [order[other]!, order[index]!];
      }
      return order;
    }
    case 'matching':
      return question.pairs.map(() => pick(question.pairs.length + 1) - 1);
  }
}

/** The full-marks answer. */
function correctResponse(question: Question): Response {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return question.options.findIndex((option) => option.correct);
    case 'true-false':
      return question.answer;
    case 'multiple':
      return question.options.flatMap((option, index) => (option.correct ? [index] : []));
    case 'ordering':
      return question.items.map((_, index) => index);
    case 'matching':
      return question.pairs.map((_, index) => index);
  }
}

/** A learner's real journey through the final assessment: start, answer, submit, scored as the final page scores it. */
function takeFinal(seed: number, pick: ((size: number) => number) | 'right', started = NOW - 3600, took = 600, doc: Progress = emptyProgress()): Progress {
  let next = startFinal(doc, seed, fingerprint, started);
  const attempt = rebuildAttempt(bank, seed, [], FINAL_QUESTIONS);
  attempt.questions.forEach((question, index) => {
    next = answerFinal(next, index, encodeResponse(pick === 'right' ? correctResponse(question) : responseFor(question, pick)));
  });
  const given = rebuildAttempt(bank, seed, next.f!.r, FINAL_QUESTIONS).given;
  const result = assess(attempt.questions, given, context.passMark);
  return submitFinal(next, result.percent, result.passed, started + took);
}

const right = 'right' as const;
const finished = (): Progress => {
  let doc: Progress = { v: 2, l: { 'handling-complaints': { s: NOW - 7200, c: NOW - 7000 }, greeting: { s: NOW - 6900, c: NOW - 6800 } }, u: { n: 'Anna' } };
  doc = recordCheck(doc, 'handling-complaints', 80, NOW - 7100);
  doc = recordCheck(doc, 'greeting', 60, NOW - 6850);
  return takeFinal(99, right, NOW - 3600, 600, doc);
};

describe('a real learner’s file is consistent', () => {
  it('has no reasons, whether the final was passed or failed, and wherever the answers are', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4294967295 }), fc.array(fc.nat(), { minLength: 80, maxLength: 80 }), (seed, picks) => {
        let at = 0;
        const pick = (size: number) => picks[at++ % picks.length]! % size;
        expect(checkConsistency(takeFinal(seed, pick), EXPORTED, context, NOW)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(checkConsistency(finished(), EXPORTED, context, NOW)).toEqual([]);
    expect(checkConsistency(emptyProgress(), undefined, context, NOW)).toEqual([]);
  });

  it('recomputes the final score for every question type: a changed answer with the old score is caught', () => {
    for (const type of ['single', 'scenario', 'multiple', 'true-false', 'ordering', 'matching'] satisfies QuestionType[]) {
      const only = bank.filter((question) => question.type === type);
      const solo: ConsistencyContext = { ...context, bank: only };
      let doc = startFinal(emptyProgress(), 5, fingerprintOf(only), NOW - 600);
      const attempt = rebuildAttempt(only, 5, [], FINAL_QUESTIONS);
      attempt.questions.forEach((question, index) => {
        doc = answerFinal(doc, index, encodeResponse(index % 2 ? correctResponse(question) : responseFor(question, (size) => size - 1)));
      });
      const given = rebuildAttempt(only, 5, doc.f!.r, FINAL_QUESTIONS).given;
      const percent = assess(attempt.questions, given, 80).percent;
      // The recomputation is the scoring of src/lib/quiz: the same per-question scores.
      expect(percent).toBe(Math.floor((attempt.questions.reduce((sum, question, index) => sum + scoreQuestion(question, given[index]).points, 0) * 100) / attempt.questions.length + 1e-9));
      const submitted = submitFinal(doc, percent, percent >= 80, NOW - 300);
      expect(checkConsistency(submitted, EXPORTED, solo, NOW), type).toEqual([]);
      const edited = { ...submitted, f: { ...submitted.f!, l: percent === 100 ? 99 : 100, b: 100 } };
      expect(checkConsistency(edited, EXPORTED, solo, NOW), type).toEqual([{ code: 'finalScoreMismatch', values: { stored: edited.f.l, recomputed: percent } }]);
    }
  });
});

describe('an edited file is inconsistent', () => {
  it('catches a final score raised by hand (the score its answers give is shown)', () => {
    const failed = takeFinal(3, () => 0);
    const score = failed.f!.l!;
    expect(score).toBeLessThan(80);
    const edited: Progress = { ...failed, f: { ...failed.f!, l: 100, b: 100, w: NOW - 100 } };
    expect(checkConsistency(edited, EXPORTED, context, NOW)).toEqual([{ code: 'finalScoreMismatch', values: { stored: 100, recomputed: score } }]);
  });

  it('catches a pass without a score or below the pass mark, a best below the last score and a submission with no score', () => {
    const base = takeFinal(3, right);
    const f = base.f!;
    expect(codes(checkConsistency({ ...base, f: { ...f, b: undefined } as never }, EXPORTED, context, NOW))).toEqual(['passedWithoutScore']);
    expect(checkConsistency({ ...base, f: { ...f, b: 50, l: 40 } }, EXPORTED, context, NOW)).toContainEqual({ code: 'passedBelowMark', values: { best: 50, mark: 80 } });
    expect(checkConsistency({ ...base, f: { ...f, b: 90 } }, EXPORTED, context, NOW)).toContainEqual({ code: 'finalBestBelowLast', values: { best: 90, last: 100 } });
    const noScore: Progress = { ...base, f: { n: 1, s: f.s, p: f.p, r: f.r, d: 1 } };
    expect(codes(checkConsistency(noScore, EXPORTED, context, NOW))).toEqual(['finalNoScore']);
  });

  it('catches answers that fit no question of the draw', () => {
    const base = takeFinal(3, right);
    const answers = [...base.f!.r];
    answers[0] = '99';
    answers.push('1');
    const reasons = checkConsistency({ ...base, f: { ...base.f!, r: answers } }, EXPORTED, context, NOW);
    expect(reasons.filter((reason) => reason.code === 'finalAnswerDoesNotFit')).toEqual([
      { code: 'finalAnswerDoesNotFit', values: { number: 1 } },
      { code: 'finalAnswerDoesNotFit', values: { number: bank.length + 1 } },
    ]);
  });

  it('catches a final answered too fast, or submitted before it started', () => {
    const min = bank.length * MIN_SECONDS_PER_QUESTION;
    expect(checkConsistency(takeFinal(3, right, NOW - 600, min), EXPORTED, context, NOW)).toEqual([]);
    expect(checkConsistency(takeFinal(3, right, NOW - 600, min - 1), EXPORTED, context, NOW)).toEqual([{ code: 'finalTooFast', values: { seconds: min - 1, min, count: bank.length } }]);
    expect(codes(checkConsistency(takeFinal(3, right, NOW - 600, -5), EXPORTED, context, NOW))).toEqual(['finalSubmittedBeforeStarted']);
    // An attempt under way is not timed; nor is one from before attempts were timed.
    const open = startFinal(emptyProgress(), 3, fingerprint, NOW - 10);
    expect(checkConsistency({ ...open, f: { ...open.f!, e: NOW - 9 } }, EXPORTED, context, NOW)).toEqual([]);
    const old = takeFinal(3, right, NOW - 600, 1);
    const { t: _t, ...untimed } = old.f!;
    expect(checkConsistency({ ...old, f: untimed }, EXPORTED, context, NOW)).toEqual([]);
  });

  it('catches dates in the future, after the export, or a completion before the start', () => {
    const doc: Progress = { v: 2, l: { greeting: { s: NOW + CLOCK_SKEW + 1, c: NOW - 5 } } };
    expect(checkConsistency(doc, undefined, context, NOW)).toEqual([
      { code: 'future', what: 'lessonStarted', values: { date: new Date((NOW + CLOCK_SKEW + 1) * 1000).toISOString().replace('.000', ''), lesson: 'greeting' } },
      { code: 'completedBeforeStarted', values: { lesson: 'greeting' } },
    ]);
    // A time no date can hold (the schema takes any whole number) is said as the number.
    expect(checkConsistency({ v: 2, l: { greeting: { s: 1e20 } } }, undefined, context, NOW)).toEqual([{ code: 'future', what: 'lessonStarted', values: { date: '100000000000000000000', lesson: 'greeting' } }]);
    // Within the clock skew is fine.
    expect(checkConsistency({ v: 2, l: { greeting: { s: NOW + CLOCK_SKEW } } }, undefined, context, NOW)).toEqual([]);
    const exported = new Date((NOW - 5000) * 1000).toISOString();
    expect(checkConsistency(finished(), exported, context, NOW).map((reason) => [reason.code, reason.what])).toEqual([
      ['afterExport', 'finalStarted'],
      ['afterExport', 'finalSubmitted'],
      ['afterExport', 'finalPassed'],
    ]);
    expect(checkConsistency(emptyProgress(), new Date((NOW + 3600) * 1000).toISOString(), context, NOW)).toEqual([{ code: 'future', what: 'exported', values: { date: '2033-05-18T04:33:20Z' } }]);
    expect(checkConsistency(emptyProgress(), 'yesterday', context, NOW)).toEqual([{ code: 'exportedUnreadable', values: { date: 'yesterday' } }]);
    const later = finished();
    expect(checkConsistency(later, undefined, context, later.f!.e! - CLOCK_SKEW - 1).map((reason) => reason.what)).toEqual(['finalSubmitted', 'finalPassed']);
  });

  it('catches knowledge-check records the course’s checks cannot have written', () => {
    const doc: Progress = {
      v: 2,
      l: {
        'no-check': { s: 1, q: { b: 50, n: 1, h: [50] } },
        greeting: { s: 1, q: { b: 50, n: 2, h: [50] } },
        'handling-complaints': { s: 1, q: { b: 50, n: 5, h: [50, 70, 40] } },
        // A lesson this course no longer has keeps its record without complaint.
        'removed-lesson': { s: 1, q: { b: 90, n: 1, h: [90] } },
      },
    };
    expect(checkConsistency(doc, undefined, context, NOW)).toEqual([
      { code: 'checkWithoutQuiz', values: { lesson: 'no-check' } },
      { code: 'checkHistory', values: { lesson: 'greeting', scores: 1, attempts: 2 } },
      { code: 'checkBestBelow', values: { lesson: 'handling-complaints', best: 50, score: 70 } },
    ]);
  });

  it('does not recompute an attempt drawn from another question bank', () => {
    const base = takeFinal(3, () => 0);
    expect(checkConsistency({ ...base, f: { ...base.f!, p: '00000000', l: 100, b: 100 } }, EXPORTED, context, NOW)).toEqual([]);
  });
});

describe('the scoring bank', () => {
  it('keeps what scoring needs and drops the text: every file gets the same reasons with it', () => {
    const lean = scoringBank(bank);
    expect(fingerprintOf(lean)).toBe(fingerprint);
    expect(JSON.stringify(lean)).not.toContain('Pick one');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4294967295 }), fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), fc.integer({ min: 0, max: 100 }), (seed, picks, stored) => {
        let at = 0;
        const doc = takeFinal(seed, (size) => picks[at++ % picks.length]! % size);
        const edited = { ...doc, f: { ...doc.f!, l: stored, b: Math.max(stored, doc.f!.b!) } };
        expect(checkConsistency(edited, EXPORTED, { ...context, bank: lean }, NOW)).toEqual(checkConsistency(edited, EXPORTED, context, NOW));
      }),
      { numRuns: 100 },
    );
  });
});

describe('fuzzed files', () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  const lessonRecord = fc.record({ s: fc.nat(), c: fc.option(fc.nat(), { nil: undefined }), q: fc.option(fc.record({ b: fc.integer({ min: 0, max: 100 }), n: fc.integer({ min: 1, max: 9 }), h: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 3 }) }), { nil: undefined }) }, { requiredKeys: ['s'] });
  const finalRecord = fc.record(
    {
      n: fc.integer({ min: 1, max: 9 }),
      s: fc.integer({ min: 0, max: 4294967295 }),
      p: fc.constantFrom(fingerprint, '00000000'),
      r: fc.array(fc.oneof(fc.constantFrom('', 't', 'f', 'x', '0', '1.0', '2.1.0.3', '0.x.2'), fc.string({ maxLength: 48 })), { maxLength: 20 }),
      d: fc.constant(1 as const),
      l: fc.integer({ min: 0, max: 100 }),
      b: fc.integer({ min: 0, max: 100 }),
      w: fc.nat(),
      t: fc.nat(),
      e: fc.nat(),
    },
    { requiredKeys: ['n', 's', 'p', 'r'] },
  );
  const progress = fc.record({ v: fc.constant(1), l: fc.dictionary(fc.constantFrom('greeting', 'handling-complaints', 'no-check', 'other'), lessonRecord), f: fc.option(finalRecord, { nil: undefined }), u: fc.option(fc.record({ n: fc.constant('Anna') }), { nil: undefined }) }, { requiredKeys: ['v', 'l'] });
  const exportedAt = fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.string());
  /** A file as a text editor might leave it: valid, a valid one with a value replaced, or anything at all. */
  const fileText = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(progress, exportedAt).map(([doc, at]) => JSON.stringify({ format: 'moments-of-truth-progress', version: 1, course: 'moments-of-truth', exportedAt: at, progress: JSON.parse(JSON.stringify(doc)) })) },
    fc.tuple(progress, fc.constantFrom('s', 'c', 'b', 'n', 'h', 'l', 'r', 'p', 'e', 't', 'w'), json).map(([doc, key, value]) =>
      JSON.stringify({ format: 'moments-of-truth-progress', version: 1, course: 'moments-of-truth', exportedAt: EXPORTED, progress: doc }).replace(new RegExp(`"${key}":[^,}\\]]+`), `"${key}":${JSON.stringify(value)}`),
    ),
    json.map((value) => JSON.stringify(value)),
    fc.string(),
  );

  it('never crash the checks: 1,000 files, every one read and, when readable, checked', () => {
    let checked = 0;
    fc.assert(
      fc.property(fileText, fc.integer({ min: 0, max: 4_102_444_800 }), (text, now) => {
        const read = readProgressFile(text, 'moments-of-truth');
        if (!read.ok) return;
        checked += 1;
        const reasons = checkConsistency(read.doc, read.file.exportedAt, context, now);
        for (const reason of reasons) expect(describeReason(reason, makeTranslator(en, 'test'))).not.toContain('consistency.');
      }),
      { numRuns: 1000 },
    );
    // The fuzzer reaches the checks, not only the schema.
    expect(checked).toBeGreaterThan(300);
  });
});

describe('reasons in plain words', () => {
  it('says every reason in English and Arabic, with its values', () => {
    const all: Reason[] = [
      { code: 'exportedUnreadable', values: { date: 'x' } },
      ...(['exported', 'lessonStarted', 'lessonCompleted', 'finalStarted', 'finalSubmitted', 'finalPassed'] as const).flatMap((what): Reason[] => [
        { code: 'future', what, values: { date: 'D', lesson: 'L' } },
        { code: 'afterExport', what, values: { date: 'D', lesson: 'L' } },
      ]),
      ...checkConsistency(
        {
          v: 2,
          l: { greeting: { s: 9, c: 1, q: { b: 1, n: 2, h: [5] } }, 'no-check': { s: 1, q: { b: 1, n: 1, h: [1] } } },
          f: { n: 1, s: 1, p: fingerprint, r: ['99'], d: 1, l: 10, b: 5, w: 1, t: 10, e: 11 },
        },
        undefined,
        context,
        NOW,
      ),
      { code: 'finalNoScore' },
      { code: 'passedWithoutScore' },
      { code: 'finalSubmittedBeforeStarted' },
    ];
    expect(new Set(all.map((reason) => reason.code)).size).toBe(15);
    for (const strings of [en, ar, ru, el, hu] as UiStrings[]) {
      const t = makeTranslator<string>(strings, 'test');
      for (const reason of all) expect(describeReason(reason, t)).not.toMatch(/\{|\}|consistency\./);
    }
    expect(describeReason({ code: 'finalScoreMismatch', values: { stored: 100, recomputed: 35 } }, makeTranslator(en, 'test'))).toBe('the final score says 100%, but the saved answers give 35%');
    expect(describeReason({ code: 'future', what: 'lessonCompleted', values: { date: '2030-01-01T00:00:00Z', lesson: 'greeting' } }, makeTranslator(en, 'test'))).toBe('the completion date of lesson “greeting” is in the future (2030-01-01T00:00:00Z)');
  });
});

it('a real file written by the course passes through the file reader and the checks', () => {
  const text = JSON.stringify(makeProgressFile(finished(), 'moments-of-truth', new Date(NOW * 1000)));
  const read = readProgressFile(text, 'moments-of-truth');
  expect(read.ok && checkConsistency(read.doc, read.file.exportedAt, context, NOW)).toEqual([]);
});
