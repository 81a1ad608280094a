/**
 * When the course is complete, and what remains. The rules come from the
 * course settings: by default every lesson completed, every knowledge check
 * attempted, and the final assessment passed.
 */
import type { Progress } from './schema';

export interface CompletionRules {
  readonly lessons: boolean;
  readonly checks: boolean;
  readonly final: boolean;
}

export type Requirement =
  | { readonly kind: 'lesson'; readonly slug: string }
  | { readonly kind: 'check'; readonly slug: string }
  | { readonly kind: 'final' };

export interface Completion {
  readonly complete: boolean;
  /** What is left, in course order: lessons, then knowledge checks, then the final assessment. */
  readonly remaining: readonly Requirement[];
  /** When the last requirement was met (unix seconds), once complete. */
  readonly completedAt?: number;
}

export function completion(doc: Progress, lessons: readonly string[], checks: readonly string[], rules: CompletionRules): Completion {
  const remaining: Requirement[] = [];
  const times: number[] = [];
  if (rules.lessons) {
    for (const slug of lessons) {
      const completedAt = Object.hasOwn(doc.l, slug) ? doc.l[slug]!.c : undefined;
      if (completedAt === undefined) remaining.push({ kind: 'lesson', slug });
      else times.push(completedAt);
    }
  }
  if (rules.checks) {
    for (const slug of checks) if (!(Object.hasOwn(doc.l, slug) && doc.l[slug]!.q)) remaining.push({ kind: 'check', slug });
  }
  if (rules.final) {
    if (doc.f?.w === undefined) remaining.push({ kind: 'final' });
    else times.push(doc.f.w);
  }
  if (remaining.length > 0) return { complete: false, remaining };
  return times.length > 0 ? { complete: true, remaining, completedAt: Math.max(...times) } : { complete: true, remaining };
}
