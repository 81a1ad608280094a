/** The completion a trainer signs, as a progress document shows it (see signature.ts). */
import { certificateId } from '../progress/certificate';
import { completion, type CompletionRules } from '../progress/completion';
import type { Progress } from '../progress/schema';

/** What a signature covers. Short keys: it is also what a verification code carries. */
export interface SignedCompletion {
  /** The learner's name, NFC, trimmed. */
  readonly n: string;
  /** Employee ID, or "" when there is none. */
  readonly e: string;
  /** Course id. */
  readonly c: string;
  /** Course version. */
  readonly cv: string;
  /** Completed, unix seconds. */
  readonly d: number;
  /** Best final score, percent; null when the course needs no final. */
  readonly s: number | null;
  /** Certificate ID. */
  readonly i: string;
}

/** The completion a progress document shows, as it would be signed; undefined until the course is complete with a name. */
export function completionOf(doc: Progress, course: string, version: string, context: { lessons: readonly string[]; checks: readonly string[]; rules: CompletionRules }): SignedCompletion | undefined {
  const status = completion(doc, context.lessons, context.checks, context.rules);
  const name = doc.u?.n.normalize('NFC').trim();
  if (!status.complete || status.completedAt === undefined || !name) return undefined;
  return {
    n: name,
    e: doc.u?.e?.normalize('NFC').trim() ?? '',
    c: course,
    cv: version,
    d: status.completedAt,
    s: doc.f?.b ?? null,
    i: certificateId(course, doc.u!.n, status.completedAt),
  };
}

export function sameCompletion(a: SignedCompletion, b: SignedCompletion): boolean {
  return a.n === b.n && a.e === b.e && a.c === b.c && a.cv === b.cv && a.d === b.d && a.s === b.s && a.i === b.i;
}

/**
 * The kept signature record when it is about `current` (the completion the
 * learner's progress shows now), else undefined: a certificate shows a
 * verification code only for the completion that was signed. Its form only
 * is looked at here; whether it verifies is the verify page's question.
 */
export function signatureFor(record: unknown, current: SignedCompletion | undefined): { readonly completion: SignedCompletion } | undefined {
  if (!current || typeof record !== 'object' || record === null) return undefined;
  const signed = (record as { completion?: unknown }).completion;
  if (typeof signed !== 'object' || signed === null) return undefined;
  return sameCompletion(signed as SignedCompletion, current) ? (record as { completion: SignedCompletion }) : undefined;
}
