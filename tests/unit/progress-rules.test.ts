import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lessonStatus, markCompleted, markStarted, nextLesson, summarise } from '../../src/lib/progress/rules';
import { emptyProgress } from '../../src/lib/progress/schema';

describe('progress rules', () => {
  it('derives each status from the record', () => {
    let doc = emptyProgress();
    expect(lessonStatus(doc, 'a')).toBe('not-started');
    doc = markStarted(doc, 'a', 10);
    expect(lessonStatus(doc, 'a')).toBe('in-progress');
    doc = markCompleted(doc, 'a', 20);
    expect(lessonStatus(doc, 'a')).toBe('completed');
    expect(doc.l.a).toEqual({ s: 10, c: 20 });
  });

  it('keeps the knowledge-check result when a checked lesson is completed', () => {
    const checked = { v: 2 as const, l: { a: { s: 10, q: { b: 100, n: 1, h: [100] } } } };
    expect(markCompleted(checked, 'a', 20).l.a).toEqual({ s: 10, c: 20, q: { b: 100, n: 1, h: [100] } });
  });

  it('does not mistake inherited names for lessons', () => {
    expect(lessonStatus(emptyProgress(), 'toString')).toBe('not-started');
  });

  it('keeps the first start and the first completion', () => {
    let doc = markCompleted(emptyProgress(), 'a', 30);
    expect(doc.l.a).toEqual({ s: 30, c: 30 });
    expect(markStarted(doc, 'a', 40)).toBe(doc);
    expect(markCompleted(doc, 'a', 50)).toBe(doc);
    doc = markStarted(doc, 'b', 60);
    expect(markStarted(doc, 'b', 70)).toBe(doc);
  });

  it('summarises only the lessons the course has now', () => {
    let doc = emptyProgress();
    doc = markCompleted(doc, 'a', 1);
    doc = markStarted(doc, 'b', 1);
    doc = markCompleted(doc, 'removed-lesson', 1);
    expect(summarise(doc, ['a', 'b', 'c'])).toEqual({ total: 3, completed: 1, inProgress: 1, percent: 33 });
    expect(summarise(doc, [])).toEqual({ total: 0, completed: 0, inProgress: 0, percent: 0 });
  });

  it('never shows 100% before everything is done, and always counts within bounds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 30 }), fc.array(fc.boolean()), (slugs, done) => {
        let doc = emptyProgress();
        slugs.forEach((slug, index) => {
          if (done[index]) doc = markCompleted(doc, slug, index);
        });
        const summary = summarise(doc, slugs);
        expect(summary.completed).toBeGreaterThanOrEqual(0);
        expect(summary.completed + summary.inProgress).toBeLessThanOrEqual(summary.total);
        expect(summary.percent === 100).toBe(summary.completed === summary.total);
      }),
    );
  });

  it('points "continue" at the first lesson not completed', () => {
    let doc = markCompleted(emptyProgress(), 'a', 1);
    expect(nextLesson(doc, ['a', 'b', 'c'])).toBe('b');
    doc = markStarted(doc, 'c', 1);
    expect(nextLesson(doc, ['a', 'b', 'c'])).toBe('b');
    doc = markCompleted(markCompleted(doc, 'b', 1), 'c', 1);
    expect(nextLesson(doc, ['a', 'b', 'c'])).toBeUndefined();
  });
});

describe('lesson slugs the progress document can hold', () => {
  it('accepts the shipped style of slug and refuses others', async () => {
    const { lessonSlugProblems, MAX_LESSONS } = await import('../../src/lib/progress/schema');
    expect(lessonSlugProblems(['moments-of-truth', 'customers-for-life'])).toEqual([]);
    const rule = 'must be lower-case words joined by hyphens, at most 40 characters, and not __proto__ or constructor or prototype';
    expect(lessonSlugProblems(['Moments_of_truth', 'x'.repeat(41), 'prototype'])).toEqual([
      `lesson file name "Moments_of_truth" ${rule}`,
      `lesson file name "${'x'.repeat(41)}" ${rule}`,
      `lesson file name "prototype" ${rule}`,
    ]);
    const many = Array.from({ length: MAX_LESSONS + 1 }, (_, i) => `l${i}`);
    expect(lessonSlugProblems(many)).toEqual([`the course has ${MAX_LESSONS + 1} lessons; progress can record at most ${MAX_LESSONS}`]);
  });
});
