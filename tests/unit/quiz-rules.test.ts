import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerFinal, finalStatus, recordCheck, startFinal, submitFinal } from '../../src/lib/progress/quiz-rules';
import { readProgress, serializeProgress } from '../../src/lib/progress/codec';
import { emptyProgress } from '../../src/lib/progress/schema';
import { markCompleted } from '../../src/lib/progress/rules';

describe('knowledge-check results', () => {
  it('keeps the best score, counts attempts and the last three scores', () => {
    let doc = recordCheck(emptyProgress(), 'a', 60, 100);
    expect(doc.l.a).toEqual({ s: 100, q: { b: 60, n: 1, h: [60] } });
    doc = recordCheck(doc, 'a', 40, 200);
    doc = recordCheck(doc, 'a', 100, 300);
    doc = recordCheck(doc, 'a', 80, 400);
    expect(doc.l.a).toEqual({ s: 100, q: { b: 100, n: 4, h: [40, 100, 80] } });
  });

  it('keeps a lesson’s completion when recording a check', () => {
    const doc = recordCheck(markCompleted(emptyProgress(), 'a', 5), 'a', 80, 9);
    expect(doc.l.a).toEqual({ s: 5, c: 5, q: { b: 80, n: 1, h: [80] } });
  });

  it('always stays a valid document', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 30 }), (scores) => {
        const doc = scores.reduce((acc, score, i) => recordCheck(acc, 'a', score, i), emptyProgress());
        expect(readProgress(serializeProgress(doc)).ok).toBe(true);
        if (scores.length > 0) expect(doc.l.a?.q?.b).toBe(Math.max(...scores));
      }),
    );
  });
});

describe('the final assessment', () => {
  it('moves from not started to in progress to submitted', () => {
    let doc = emptyProgress();
    expect(finalStatus(doc, 'abcdef01')).toBe('not-started');
    doc = startFinal(doc, 42, 'abcdef01');
    expect(doc.f).toEqual({ n: 1, s: 42, p: 'abcdef01', r: [] });
    expect(finalStatus(doc, 'abcdef01')).toBe('in-progress');
    expect(finalStatus(doc, '00000000')).toBe('not-started');
    doc = answerFinal(doc, 2, '1');
    expect(doc.f!.r).toEqual(['', '', '1']);
    doc = answerFinal(doc, 0, 't');
    doc = answerFinal(doc, 2, '');
    expect(doc.f!.r).toEqual(['t']);
    doc = submitFinal(doc, 70, false, 500);
    expect(finalStatus(doc, 'abcdef01')).toBe('submitted');
    expect(doc.f).toMatchObject({ d: 1, l: 70, b: 70 });
    expect(doc.f!.w).toBeUndefined();
  });

  it('times the attempt: when it started and when it was submitted (the HR page checks it was not impossibly fast)', () => {
    let doc = startFinal(emptyProgress(), 42, 'abcdef01', 1000);
    expect(doc.f).toEqual({ n: 1, s: 42, p: 'abcdef01', r: [], t: 1000 });
    doc = submitFinal(doc, 90, true, 1300);
    expect(doc.f).toMatchObject({ t: 1000, e: 1300, w: 1300 });
    // A new attempt has its own start and no submission yet.
    expect(startFinal(doc, 43, 'abcdef01', 2000).f).toEqual({ n: 2, s: 43, p: 'abcdef01', r: [], t: 2000, l: 90, b: 90, w: 1300 });
    expect(readProgress(serializeProgress(doc)).ok).toBe(true);
  });

  it('ignores answers and submissions without an open attempt', () => {
    const doc = emptyProgress();
    expect(answerFinal(doc, 0, '1')).toBe(doc);
    expect(submitFinal(doc, 100, true, 1)).toBe(doc);
    const submitted = submitFinal(startFinal(doc, 1, 'abcdef01'), 50, false, 1);
    expect(answerFinal(submitted, 0, '1')).toBe(submitted);
    expect(submitFinal(submitted, 100, true, 2)).toBe(submitted);
  });

  it('keeps the best score and the first pass across attempts', () => {
    let doc = startFinal(emptyProgress(), 1, 'abcdef01');
    doc = submitFinal(doc, 85, true, 1000);
    doc = startFinal(doc, 2, 'abcdef01');
    expect(doc.f).toEqual({ n: 2, s: 2, p: 'abcdef01', r: [], l: 85, b: 85, w: 1000 });
    doc = submitFinal(doc, 95, true, 2000);
    expect(doc.f).toMatchObject({ l: 95, b: 95, w: 1000, e: 2000 });
    doc = submitFinal(startFinal(doc, 3, 'abcdef01'), 40, false, 3000);
    expect(doc.f).toMatchObject({ n: 3, l: 40, b: 95, w: 1000 });
    expect(readProgress(serializeProgress(doc)).ok).toBe(true);
  });
});
