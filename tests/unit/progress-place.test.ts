import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { placeOf, setLessonPlace } from '../../src/lib/progress/place';
import { markCompleted, markStarted } from '../../src/lib/progress/rules';
import { recordCheck } from '../../src/lib/progress/quiz-rules';
import { recordOutcome } from '../../src/lib/progress/roleplay-rules';
import { emptyProgress, MAX_SECTIONS, ProgressSchema, type Progress } from '../../src/lib/progress/schema';

describe('the place kept in a lesson', () => {
  it('keeps the last section reached, and offers it back', () => {
    let doc = markStarted(emptyProgress(), 'a', 10);
    doc = setLessonPlace(doc, 'a', 3, 6, 20);
    expect(doc.l.a).toEqual({ s: 10, p: 3 });
    expect(placeOf(doc, 'a', 6)).toBe(3);
    doc = setLessonPlace(doc, 'a', 1, 6, 30);
    expect(placeOf(doc, 'a', 6)).toBe(1);
  });

  it('starts a lesson not started yet, as opening its check does', () => {
    expect(setLessonPlace(emptyProgress(), 'a', 2, 6, 40).l.a).toEqual({ s: 40, p: 2 });
  });

  it('returns the same document when nothing changes, so nothing is written', () => {
    const doc = setLessonPlace(emptyProgress(), 'a', 2, 6, 40);
    expect(setLessonPlace(doc, 'a', 2, 6, 50)).toBe(doc);
  });

  it('ignores an index the lesson does not have', () => {
    const doc = markStarted(emptyProgress(), 'a', 10);
    for (const index of [-1, 6, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(setLessonPlace(doc, 'a', index, 6, 20)).toBe(doc);
    expect(setLessonPlace(doc, 'a', MAX_SECTIONS, MAX_SECTIONS + 5, 20)).toBe(doc);
    expect(setLessonPlace(doc, 'a', MAX_SECTIONS - 1, MAX_SECTIONS + 5, 20).l.a?.p).toBe(MAX_SECTIONS - 1);
  });

  it('keeps no place in a completed lesson, and offers none', () => {
    const placed = setLessonPlace(emptyProgress(), 'a', 4, 6, 10);
    const done = markCompleted(placed, 'a', 20);
    expect(placeOf(done, 'a', 6)).toBeUndefined();
    expect(setLessonPlace(done, 'a', 5, 6, 30)).toBe(done);
  });

  it('offers nothing at the first section, past the end, or for a lesson never opened', () => {
    const doc = setLessonPlace(emptyProgress(), 'a', 0, 6, 10);
    expect(doc.l.a?.p).toBe(0);
    expect(placeOf(doc, 'a', 6)).toBeUndefined();
    // The lesson lost sections since (an older document, another build): index 4 of 3 is ignored.
    const later = setLessonPlace(doc, 'a', 4, 6, 20);
    expect(placeOf(later, 'a', 3)).toBeUndefined();
    expect(placeOf(later, 'a', 5)).toBe(4);
    expect(placeOf(later, 'b', 5)).toBeUndefined();
    expect(placeOf(markStarted(emptyProgress(), 'b', 1), 'b', 5)).toBeUndefined();
  });

  it('does not mistake inherited names for lessons', () => {
    expect(placeOf(emptyProgress(), 'toString', 5)).toBeUndefined();
    expect(setLessonPlace(emptyProgress(), 'constructor', 1, 5, 1).l.constructor).toEqual({ s: 1, p: 1 });
  });
});

/** What a learner (or another island on the page) may do, in any order. */
type Action =
  | { kind: 'read'; lesson: string; index: number; count: number }
  | { kind: 'start'; lesson: string }
  | { kind: 'complete'; lesson: string }
  | { kind: 'check'; lesson: string; score: number }
  | { kind: 'roleplay'; rank: number };

const LESSONS = ['a', 'b', 'c'];
const lesson = fc.constantFrom(...LESSONS);
const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('read' as const), lesson, index: fc.integer({ min: -2, max: 45 }), count: fc.integer({ min: 0, max: 45 }) }), weight: 4 },
  fc.record({ kind: fc.constant('start' as const), lesson }),
  fc.record({ kind: fc.constant('complete' as const), lesson }),
  fc.record({ kind: fc.constant('check' as const), lesson, score: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('roleplay' as const), rank: fc.integer({ min: 0, max: 2 }) }),
);

function apply(doc: Progress, step: Action, now: number): Progress {
  switch (step.kind) {
    case 'read':
      return setLessonPlace(doc, step.lesson, step.index, step.count, now);
    case 'start':
      return markStarted(doc, step.lesson, now);
    case 'complete':
      return markCompleted(doc, step.lesson, now);
    case 'check':
      return recordCheck(doc, step.lesson, step.score, now);
    case 'roleplay':
      return recordOutcome(doc, 'angry-caller', step.rank);
  }
}

describe('the place, among everything else a learner does', () => {
  it('is always a valid index or absent, touches no other lesson, and loses nothing else', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (steps) => {
        let doc = emptyProgress();
        /** What the place should be: the last valid section reached while the lesson was not completed. */
        const expected = new Map<string, number>();
        /** The last check result per lesson: 'mark complete' once lost one. */
        const lastCheck = new Map<string, number>();
        steps.forEach((step, time) => {
          const before = doc;
          doc = apply(doc, step, time);
          expect(v.safeParse(ProgressSchema, doc).success).toBe(true);
          if (step.kind === 'read') {
            for (const other of LESSONS) if (other !== step.lesson) expect(doc.l[other]).toBe(before.l[other]);
            expect(doc.f).toBe(before.f);
            expect(doc.r).toBe(before.r);
            const record = doc.l[step.lesson];
            const old = before.l[step.lesson];
            if (old) expect({ ...record, p: undefined }).toEqual({ ...old, p: undefined });
            const valid = Number.isInteger(step.index) && step.index >= 0 && step.index < Math.min(step.count, MAX_SECTIONS);
            if (valid && old?.c === undefined) expected.set(step.lesson, step.index);
            else expect(doc).toBe(before);
          }
          if (step.kind === 'check') lastCheck.set(step.lesson, step.score);
          for (const name of LESSONS) {
            const record = doc.l[name];
            expect(record?.p).toBe(expected.get(name));
            if (lastCheck.has(name)) expect(record?.q?.h.at(-1)).toBe(lastCheck.get(name));
            for (const count of [0, 3, 40]) {
              const place = placeOf(doc, name, count);
              if (place === undefined) continue;
              expect(Number.isInteger(place) && place > 0 && place < count).toBe(true);
              expect(record?.c).toBeUndefined();
              expect(place).toBe(expected.get(name));
            }
            if (record?.c !== undefined) expect(placeOf(doc, name, 40)).toBeUndefined();
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
