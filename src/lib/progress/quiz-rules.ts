/** Knowledge-check and final-assessment results in the progress document. */
import type { FinalRecord, Progress } from './schema';
import { MAX_HISTORY } from './document';

/** Records one checked attempt of a lesson's knowledge check; opening the check starts the lesson. */
export function recordCheck(doc: Progress, slug: string, score: number, now: number): Progress {
  const lesson = Object.hasOwn(doc.l, slug) ? doc.l[slug]! : { s: now };
  const previous = lesson.q;
  const q = {
    b: Math.max(previous?.b ?? 0, score),
    n: (previous?.n ?? 0) + 1,
    h: [...(previous?.h ?? []), score].slice(-MAX_HISTORY),
  };
  return { ...doc, l: { ...doc.l, [slug]: { ...lesson, q } } };
}

export type FinalStatus = 'not-started' | 'in-progress' | 'submitted';

export function finalStatus(doc: Progress, fingerprint: string): FinalStatus {
  const final = doc.f;
  if (!final || final.p !== fingerprint) return 'not-started';
  return final.d ? 'submitted' : 'in-progress';
}

/** A new attempt: a new draw, no answers; best score and first pass are kept. `now` is when it starts. */
export function startFinal(doc: Progress, seed: number, fingerprint: string, now?: number): Progress {
  const previous = doc.f;
  const next: FinalRecord = { n: (previous?.n ?? 0) + 1, s: seed, p: fingerprint, r: [] };
  if (now !== undefined) next.t = now;
  if (previous?.l !== undefined) next.l = previous.l;
  if (previous?.b !== undefined) next.b = previous.b;
  if (previous?.w !== undefined) next.w = previous.w;
  return { ...doc, f: next };
}

/** Saves the answer to question `index` of the current attempt ("" clears it). Ignored once submitted. */
export function answerFinal(doc: Progress, index: number, encoded: string): Progress {
  const final = doc.f;
  if (!final || final.d) return doc;
  const answers = [...final.r];
  while (answers.length < index) answers.push('');
  answers[index] = encoded;
  while (answers.length > 0 && answers[answers.length - 1] === '') answers.pop();
  return { ...doc, f: { ...final, r: answers } };
}

export function submitFinal(doc: Progress, score: number, passed: boolean, now: number): Progress {
  const final = doc.f;
  if (!final || final.d) return doc;
  const next: FinalRecord = { ...final, d: 1, l: score, b: Math.max(final.b ?? 0, score), e: now };
  if (passed && final.w === undefined) next.w = now;
  return { ...doc, f: next };
}
