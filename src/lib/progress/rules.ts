/** What the progress document means: lesson status, course totals, and the changes a learner makes. */
import type { Progress } from './schema';

export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

export function lessonStatus(doc: Progress, slug: string): LessonStatus {
  const record = Object.hasOwn(doc.l, slug) ? doc.l[slug] : undefined;
  if (!record) return 'not-started';
  return record.c === undefined ? 'in-progress' : 'completed';
}

/** Opening a lesson starts it; a started or completed lesson is left as it is. */
export function markStarted(doc: Progress, slug: string, now: number): Progress {
  if (Object.hasOwn(doc.l, slug)) return doc;
  return { ...doc, l: { ...doc.l, [slug]: { s: now } } };
}

/**
 * Completing keeps the first completion time, so a certificate date never
 * moves, and keeps everything else the lesson record holds (its knowledge-check
 * results): a change only ever adds to a record, never rebuilds it.
 */
export function markCompleted(doc: Progress, slug: string, now: number): Progress {
  const existing = Object.hasOwn(doc.l, slug) ? doc.l[slug] : undefined;
  if (existing?.c !== undefined) return doc;
  return { ...doc, l: { ...doc.l, [slug]: { ...existing, s: existing?.s ?? now, c: now } } };
}

export interface CourseSummary {
  readonly total: number;
  readonly completed: number;
  readonly inProgress: number;
  /** Whole percent, rounded down so 99.5% never shows as 100%. */
  readonly percent: number;
}

/** Totals over the lessons the course has now; records of removed lessons do not count. */
export function summarise(doc: Progress, slugs: readonly string[]): CourseSummary {
  let completed = 0;
  let inProgress = 0;
  for (const slug of slugs) {
    const status = lessonStatus(doc, slug);
    if (status === 'completed') completed += 1;
    else if (status === 'in-progress') inProgress += 1;
  }
  const total = slugs.length;
  const percent = total === 0 ? 0 : Math.floor((completed * 100) / total);
  return { total, completed, inProgress, percent };
}

/** The first lesson, in course order, that is not completed: where "continue" goes. */
export function nextLesson(doc: Progress, slugs: readonly string[]): string | undefined {
  return slugs.find((slug) => lessonStatus(doc, slug) !== 'completed');
}
