import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { disclosure, hasAnswer, unanswered } from '../../src/lib/quiz/check';
import { startingResponse } from '../../src/lib/quiz/start';
import { CourseSchema } from '../../src/schemas/course';
import { allTypes, matching, multiple, ordering, scenario, single, trueFalse } from './quiz-fixtures';

describe('what counts as answered before a knowledge check is checked', () => {
  it('needs a choice for single, scenario and true/false questions', () => {
    expect(hasAnswer(single, undefined)).toBe(false);
    expect(hasAnswer(single, 0)).toBe(true);
    expect(hasAnswer(scenario, [0])).toBe(false);
    expect(hasAnswer(scenario, 1)).toBe(true);
    expect(hasAnswer(trueFalse, undefined)).toBe(false);
    expect(hasAnswer(trueFalse, 0)).toBe(false);
    expect(hasAnswer(trueFalse, false)).toBe(true);
  });

  it('needs at least one option of a "select all that apply"', () => {
    expect(hasAnswer(multiple, undefined)).toBe(false);
    expect(hasAnswer(multiple, [])).toBe(false);
    expect(hasAnswer(multiple, 2)).toBe(false);
    expect(hasAnswer(multiple, [2])).toBe(true);
  });

  it('needs every item of a matching question matched', () => {
    expect(hasAnswer(matching, startingResponse(matching))).toBe(false);
    expect(hasAnswer(matching, [0, 2, -1])).toBe(false);
    expect(hasAnswer(matching, [0, 2])).toBe(false);
    expect(hasAnswer(matching, 0)).toBe(false);
    expect(hasAnswer(matching, [0, 0, 1])).toBe(true);
  });

  it('takes the order an ordering question shows, even untouched, as its answer', () => {
    expect(hasAnswer(ordering, startingResponse(ordering))).toBe(true);
    expect(hasAnswer(ordering, [0, 1])).toBe(false);
    expect(hasAnswer(ordering, undefined)).toBe(false);
  });

  it('lists the questions still unanswered, in order; a fresh check has all but its ordering questions', () => {
    expect(unanswered(allTypes, allTypes.map(startingResponse))).toEqual([0, 1, 2, 3, 5]);
    expect(unanswered(allTypes, [1, 0, [0, 1], true, [3, 2, 1, 0], [0, 1, 2]])).toEqual([]);
    expect(unanswered(allTypes, [1, undefined, [0, 1], true, [3, 2, 1, 0], [0, -1, 2]])).toEqual([1, 5]);
    expect(unanswered([], [])).toEqual([]);
  });
});

describe('how much a checked knowledge check shows', () => {
  it('shows nothing before the check, whatever else holds', () => {
    expect(disclosure({ checked: false, attempts: 5, revealAfter: 1, requested: true })).toBe('none');
  });

  it('gives only verdicts before the set attempt, the correct answers from it on', () => {
    expect(disclosure({ checked: true, attempts: 1, revealAfter: 2, requested: false })).toBe('verdicts');
    expect(disclosure({ checked: true, attempts: 2, revealAfter: 2, requested: false })).toBe('answers');
    expect(disclosure({ checked: true, attempts: 7, revealAfter: 2, requested: false })).toBe('answers');
    expect(disclosure({ checked: true, attempts: 1, revealAfter: 1, requested: false })).toBe('answers');
  });

  it('gives the correct answers on request, at any attempt', () => {
    expect(disclosure({ checked: true, attempts: 1, revealAfter: 3, requested: true })).toBe('answers');
  });

  it('never takes back answers once shown: more attempts or a request only show more', () => {
    const order = { none: 0, verdicts: 1, answers: 2 } as const;
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 10 }), fc.boolean(), (checked, attempts, revealAfter, requested) => {
        const now = order[disclosure({ checked, attempts, revealAfter, requested })];
        expect(order[disclosure({ checked, attempts: attempts + 1, revealAfter, requested })]).toBeGreaterThanOrEqual(now);
        expect(order[disclosure({ checked, attempts, revealAfter, requested: true })]).toBeGreaterThanOrEqual(now);
      }),
    );
  });
});

describe('the course setting revealAnswersAfter', () => {
  const minimal = { id: 'c', title: { en: 'C' }, organisation: 'O', defaultLocale: 'en', locales: ['en'], lessons: ['one'], certificate: { signerName: 'A', signerRole: 'B' } };

  it('defaults to the second attempt', () => {
    expect(CourseSchema.parse(minimal).revealAnswersAfter).toBe(2);
  });

  it('takes a whole number of attempts from 1 to 10', () => {
    expect(CourseSchema.parse({ ...minimal, revealAnswersAfter: 1 }).revealAnswersAfter).toBe(1);
    expect(CourseSchema.parse({ ...minimal, revealAnswersAfter: 10 }).revealAnswersAfter).toBe(10);
    for (const bad of [0, 11, 1.5, '2']) expect(CourseSchema.safeParse({ ...minimal, revealAnswersAfter: bad }).success).toBe(false);
  });

  it('is set in content/course.yaml', () => {
    const course = CourseSchema.parse(parse(readFileSync('content/course.yaml', 'utf-8')));
    expect(course.revealAnswersAfter).toBe(2);
  });
});
