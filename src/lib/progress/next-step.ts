/**
 * What the learner should do next, so that no end of the journey is a dead
 * end: the lessons, then the knowledge checks, then the final assessment (as
 * far as the course's completion rules ask for them), then the certificate.
 */
import { completion, type CompletionRules } from './completion';
import type { Progress } from './schema';

export interface CourseOutline {
  /** Every lesson, in course order. */
  readonly lessons: readonly string[];
  /** Lessons that have a knowledge check. */
  readonly checks: readonly string[];
  readonly rules: CompletionRules;
}

export type NextStep =
  | { readonly kind: 'lesson'; readonly slug: string }
  | { readonly kind: 'check'; readonly slug: string }
  | { readonly kind: 'final' }
  | { readonly kind: 'certificate' };

/**
 * The next thing to do. Seen from a lesson (`from`), lessons and checks are
 * looked for from that lesson onwards in course order, then from the start:
 * after lesson 3 comes lesson 4, even if lesson 1 is not finished yet.
 * Once nothing remains, the certificate.
 */
export function nextStep(doc: Progress, course: CourseOutline, from?: string): NextStep {
  const { remaining } = completion(doc, course.lessons, course.checks, course.rules);
  const start = Math.max(0, from === undefined ? 0 : course.lessons.indexOf(from));
  const distance = (slug: string) => (course.lessons.indexOf(slug) - start + course.lessons.length) % course.lessons.length;
  for (const kind of ['lesson', 'check'] as const) {
    const slugs = remaining.flatMap((requirement) => (requirement.kind === kind ? [requirement.slug] : []));
    if (slugs.length > 0) return { kind, slug: slugs.reduce((best, slug) => (distance(slug) < distance(best) ? slug : best)) };
  }
  return remaining.length > 0 ? { kind: 'final' } : { kind: 'certificate' };
}
