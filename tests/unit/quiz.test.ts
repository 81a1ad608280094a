import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess } from '../../src/lib/quiz/assessment';
import { bankFingerprint, drawQuestions } from '../../src/lib/quiz/draw';
import { decodeResponse, encodeResponse } from '../../src/lib/quiz/encode';
import { displayOrder, fingerprint, rng, seedFrom, shuffle } from '../../src/lib/quiz/random';
import { isAnswered, percent, scoreQuestion } from '../../src/lib/quiz/scoring';
import { questionKey, type Question, type Response } from '../../src/lib/quiz/types';
import { allTypes, matching, multiple, ordering, scenario, single, trueFalse } from './quiz-fixtures';

/** Any response a learner could give to `question`, including none. */
function responseFor(question: Question): fc.Arbitrary<Response | undefined> {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return fc.option(fc.nat(question.options.length - 1), { nil: undefined });
    case 'true-false':
      return fc.option(fc.boolean(), { nil: undefined });
    case 'multiple':
      return fc.uniqueArray(fc.nat(question.options.length - 1), { maxLength: question.options.length });
    case 'ordering':
      return fc.shuffledSubarray([...question.items.keys()], { minLength: question.items.length });
    case 'matching':
      return fc.array(fc.integer({ min: -1, max: question.pairs.length - 1 }), { minLength: question.pairs.length, maxLength: question.pairs.length });
  }
}

const anyQuestionAndResponse = fc.constantFrom(...allTypes).chain((question) => responseFor(question).map((response) => ({ question, response })));

describe('scoring', () => {
  it('gives full marks only for the right single, scenario or true/false answer', () => {
    expect(scoreQuestion(single, 1)).toEqual({ points: 1, correct: true });
    expect(scoreQuestion(single, 0)).toEqual({ points: 0, correct: false });
    expect(scoreQuestion(single, 9)).toEqual({ points: 0, correct: false });
    expect(scoreQuestion(single, undefined)).toEqual({ points: 0, correct: false });
    expect(scoreQuestion(scenario, 0).correct).toBe(true);
    expect(scoreQuestion(trueFalse, false).correct).toBe(true);
    expect(scoreQuestion(trueFalse, true).correct).toBe(false);
    expect(scoreQuestion(trueFalse, 1).points).toBe(0);
  });

  it('scores "select all that apply" by its stated rule: +1 right, -1 wrong, over the number right, never below 0', () => {
    expect(scoreQuestion(multiple, [0, 1])).toEqual({ points: 1, correct: true });
    expect(scoreQuestion(multiple, [0])).toEqual({ points: 0.5, correct: false });
    expect(scoreQuestion(multiple, [0, 1, 2])).toEqual({ points: 0.5, correct: false });
    expect(scoreQuestion(multiple, [0, 2])).toEqual({ points: 0, correct: false });
    expect(scoreQuestion(multiple, [2, 3])).toEqual({ points: 0, correct: false });
    expect(scoreQuestion(multiple, [])).toEqual({ points: 0, correct: false });
    expect(scoreQuestion(multiple, undefined).points).toBe(0);
  });

  it('gives ordering the share of items in place, and matching the share of pairs right', () => {
    expect(scoreQuestion(ordering, [0, 1, 2, 3]).correct).toBe(true);
    expect(scoreQuestion(ordering, [0, 1, 3, 2]).points).toBe(0.5);
    expect(scoreQuestion(ordering, [1, 0, 3, 2]).points).toBe(0);
    expect(scoreQuestion(ordering, [0, 1]).points).toBe(0);
    expect(scoreQuestion(ordering, 3).points).toBe(0);
    expect(scoreQuestion(matching, [0, 1, 2]).correct).toBe(true);
    expect(scoreQuestion(matching, [0, 2, -1]).points).toBeCloseTo(1 / 3);
    expect(scoreQuestion(matching, undefined).points).toBe(0);
  });

  it('keeps every score within 0 and 1, and full marks means correct', () => {
    fc.assert(
      fc.property(anyQuestionAndResponse, ({ question, response }) => {
        const { points, correct } = scoreQuestion(question, response);
        expect(points).toBeGreaterThanOrEqual(0);
        expect(points).toBeLessThanOrEqual(1);
        expect(correct).toBe(points === 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('partial credit for multiple choice: adding a wrong option never raises the score, adding a right one never lowers it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(3), { maxLength: 4 }), fc.nat(3), (chosen, extra) => {
        fc.pre(!chosen.includes(extra));
        const before = scoreQuestion(multiple, chosen).points;
        const after = scoreQuestion(multiple, [...chosen, extra]).points;
        if (multiple.options[extra]!.correct) expect(after).toBeGreaterThanOrEqual(before);
        else expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('rounds percentages down', () => {
    expect(percent(19.5, 20)).toBe(97);
    expect(percent(16, 20)).toBe(80);
    expect(percent(0.8 * 3, 3)).toBe(80);
    expect(percent(0, 0)).toBe(0);
  });

  it('knows when a question has been answered', () => {
    expect(isAnswered(single, undefined)).toBe(false);
    expect(isAnswered(single, 0)).toBe(true);
    expect(isAnswered(multiple, [])).toBe(false);
    expect(isAnswered(multiple, [2])).toBe(true);
    expect(isAnswered(matching, [-1, -1, -1])).toBe(false);
    expect(isAnswered(matching, [-1, 0, -1])).toBe(true);
    expect(isAnswered(ordering, [0, 1, 2, 3])).toBe(true);
    expect(isAnswered(multiple, 2)).toBe(false);
    expect(isAnswered(matching, 2)).toBe(false);
  });
});

describe('encoding answers', () => {
  it('round-trips every answer a learner can give', () => {
    fc.assert(
      fc.property(anyQuestionAndResponse, ({ question, response }) => {
        fc.pre(response !== undefined);
        expect(decodeResponse(question, encodeResponse(response!))).toEqual(response);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses stored text that does not fit the question', () => {
    expect(decodeResponse(single, '7')).toBeUndefined();
    expect(decodeResponse(single, 'a')).toBeUndefined();
    expect(decodeResponse(trueFalse, 'yes')).toBeUndefined();
    expect(decodeResponse(multiple, '1.1')).toBeUndefined();
    expect(decodeResponse(multiple, '1.9')).toBeUndefined();
    expect(decodeResponse(ordering, '0.1.2')).toBeUndefined();
    expect(decodeResponse(ordering, '0.1.2.2')).toBeUndefined();
    expect(decodeResponse(matching, '0.1')).toBeUndefined();
    expect(decodeResponse(matching, '0.x.q')).toBeUndefined();
    expect(decodeResponse(multiple, '')).toEqual([]);
    expect(encodeResponse([0, -1, 2])).toBe('0.x.2');
  });

  it('never throws on arbitrary stored text', () => {
    fc.assert(fc.property(fc.constantFrom(...allTypes), fc.string(), (question, text) => void decodeResponse(question, text)));
  });
});

describe('randomness', () => {
  it('shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const shuffled = shuffle(items, rng(seed));
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('gives the same sequence for the same seed, and stays within [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = rng(seed);
        const b = rng(seed);
        for (let i = 0; i < 20; i += 1) {
          const value = a();
          expect(value).toBe(b());
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });

  it('never shows ordering items already in the right order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 17 }), fc.integer(), (count, seed) => {
        const order = displayOrder(count, seed);
        expect([...order].sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
        expect(order.every((value, index) => value === index)).toBe(false);
      }),
    );
    expect(displayOrder(1, 5)).toEqual([0]);
  });

  it('fingerprints text in 8 hex digits', () => {
    expect(fingerprint('')).toBe('811c9dc5');
    expect(fingerprint('a')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('a')).not.toBe(fingerprint('b'));
    expect(seedFrom('x')).toBe(Number.parseInt(fingerprint('x'), 16));
  });
});

describe('drawing the final assessment', () => {
  const bankOf = (lessons: number, perLesson: number) =>
    Array.from({ length: lessons * perLesson }, (_, index) => ({ key: `l${index % lessons}/q${index}`, lesson: `l${index % lessons}` }));

  it('gives the same draw for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const bank = bankOf(12, 5);
        expect(drawQuestions(bank, 20, seed)).toEqual(drawQuestions(bank, 20, seed));
      }),
    );
  });

  it('draws distinct questions from the bank and covers every lesson', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 8 }), fc.integer(), (lessons, perLesson, seed) => {
        const bank = bankOf(lessons, perLesson);
        const drawn = drawQuestions(bank, 20, seed);
        expect(drawn).toHaveLength(Math.min(20, bank.length));
        expect(new Set(drawn).size).toBe(drawn.length);
        drawn.forEach((key) => expect(bank.some((entry) => entry.key === key)).toBe(true));
        const covered = new Set(drawn.map((key) => key.split('/')[0]));
        expect(covered.size).toBe(Math.min(lessons, 20));
      }),
    );
  });

  it('gives different draws for different seeds (usually)', () => {
    const bank = bankOf(12, 5);
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => drawQuestions(bank, 20, seed).join()));
    expect(draws.size).toBeGreaterThan(15);
  });

  it('fingerprints a bank regardless of order', () => {
    const bank = bankOf(2, 2);
    expect(bankFingerprint(bank)).toBe(bankFingerprint([...bank].reverse()));
    expect(bankFingerprint(bank)).not.toBe(bankFingerprint(bank.slice(1)));
  });
});

describe('assessing a set of answers', () => {
  const questions: Question[] = [
    { ...single, lesson: 'a' },
    { ...trueFalse, lesson: 'a' },
    { ...ordering, lesson: 'b' },
    { ...multiple, lesson: 'c' },
    { ...matching, lesson: 'c' },
  ];

  it('totals, passes at the mark, and breaks down by lesson', () => {
    const result = assess(questions, [1, false, [0, 1, 2, 3], [0], [0, 1, 2]], 80);
    expect(result.points).toBe(4.5);
    expect(result.percent).toBe(90);
    expect(result.fullyCorrect).toBe(4);
    expect(result.passed).toBe(true);
    expect(result.perLesson).toEqual([
      { lesson: 'a', points: 2, possible: 2, percent: 100 },
      { lesson: 'b', points: 1, possible: 1, percent: 100 },
      { lesson: 'c', points: 1.5, possible: 2, percent: 75 },
    ]);
    expect(result.weakLessons).toEqual(['c']);
  });

  it('fails below the mark, and an empty set never passes', () => {
    expect(assess(questions, [0, true, undefined, [], []], 80)).toMatchObject({ percent: 0, passed: false, weakLessons: ['a', 'b', 'c'] });
    expect(assess(questions, [1, false, [0, 1, 2, 3], [0, 1], [0, 1, -1]], 94).passed).toBe(false);
    expect(assess([], [], 0).passed).toBe(false);
  });

  it('keeps the total within bounds for any answers', () => {
    fc.assert(
      fc.property(fc.array(anyQuestionAndResponse, { maxLength: 20 }), fc.integer({ min: 1, max: 100 }), (pairs, mark) => {
        const result = assess(
          pairs.map((pair) => pair.question),
          pairs.map((pair) => pair.response),
          mark,
        );
        expect(result.percent).toBeGreaterThanOrEqual(0);
        expect(result.percent).toBeLessThanOrEqual(100);
        expect(result.passed).toBe(pairs.length > 0 && result.percent >= mark);
      }),
    );
  });

  it('keys questions by lesson and id', () => {
    expect(questionKey(single)).toBe('handling-complaints/s');
  });
});

describe('starting responses', () => {
  it('starts ordering shuffled, matching empty, and the rest unanswered', async () => {
    const { startingResponse } = await import('../../src/lib/quiz/start');
    const order = startingResponse(ordering) as number[];
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(order).not.toEqual([0, 1, 2, 3]);
    expect(startingResponse(ordering)).toEqual(order);
    expect(startingResponse(matching)).toEqual([-1, -1, -1]);
    expect(startingResponse(single)).toBeUndefined();
    expect(startingResponse(trueFalse)).toBeUndefined();
  });
});

describe('rebuilding a final-assessment attempt', () => {
  it('redraws the same questions and decodes saved answers; only saved answers count', async () => {
    const { fingerprintOf, rebuildAttempt } = await import('../../src/lib/quiz/attempt');
    const { startingResponse } = await import('../../src/lib/quiz/start');
    const bank: Question[] = [single, multiple, trueFalse, ordering, matching, scenario].map((question, index) => ({ ...question, id: `q${index}`, lesson: `l${index % 3}` }));
    // Drawing the whole bank: every question is there, in a seeded order.
    const fresh = rebuildAttempt(bank, 7, [], bank.length);
    expect(fresh.questions.map((question) => question.id).sort()).toEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5']);
    expect(rebuildAttempt(bank, 7, [], bank.length).questions).toEqual(fresh.questions);
    expect(fresh.answered).toBe(0);
    expect(fresh.given.every((value) => value === undefined)).toBe(true);
    const orderingAt = fresh.questions.findIndex((question) => question.type === 'ordering');
    // Ordering shows its shuffled start, but it is not an answer until saved.
    expect(fresh.shown[orderingAt]).toEqual(startingResponse(fresh.questions[orderingAt]!));
    expect(fresh.given[orderingAt]).toBeUndefined();

    const singleAt = fresh.questions.findIndex((question) => question.type === 'single');
    const saved = fresh.questions.map((_, index) => (index === singleAt ? '1' : index === orderingAt ? 'garbage' : ''));
    const resumed = rebuildAttempt(bank, 7, saved, bank.length);
    expect(resumed.questions).toEqual(fresh.questions);
    expect(resumed.given[singleAt]).toBe(1);
    expect(resumed.shown[singleAt]).toBe(1);
    expect(resumed.given[orderingAt]).toBeUndefined();
    expect(resumed.answered).toBe(1);
    expect(fingerprintOf(bank)).toBe(fingerprintOf([...bank].reverse()));
  });
});
