/**
 * Quiz actions on $progress, in a module of their own so that only pages with
 * a quiz load them (and src/lib/progress/quiz-rules.ts).
 */
import { answerFinal, recordCheck, startFinal, submitFinal } from '../lib/progress/quiz-rules';
import { nowSeconds, update } from './progress';

/** Records one checked attempt of a lesson's knowledge check (score in whole percent). */
export function recordKnowledgeCheck(slug: string, score: number): void {
  update((doc) => recordCheck(doc, slug, score, nowSeconds()));
}

/** A new attempt at the final assessment: a fresh 32-bit seed, so a fresh draw. */
export function startFinalAttempt(bankFingerprint: string): void {
  const seed = crypto.getRandomValues(new Uint32Array(1))[0]!;
  update((doc) => startFinal(doc, seed, bankFingerprint, nowSeconds()));
}

/** Saves one answer of the current attempt as it is given, so a reload resumes it. */
export function saveFinalAnswer(index: number, encoded: string): void {
  update((doc) => answerFinal(doc, index, encoded));
}

export function submitFinalAttempt(score: number, passed: boolean): void {
  update((doc) => submitFinal(doc, score, passed, nowSeconds()));
}
