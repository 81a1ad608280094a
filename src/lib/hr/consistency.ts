/**
 * Is a progress file possible? A file that passes the schema can still have
 * been edited by hand: a final score of 100 % that its saved answers do not
 * give, a completion before the start, a date in the future. These checks
 * recompute what can be recomputed, with the course's own scoring
 * (src/lib/quiz: the same draw, decoding and scoring as the final assessment
 * page), and list every reason a file is impossible. An empty list means
 * "consistent", which is not proof: see the README's trust model.
 *
 * What cannot be checked is not held against a file: an attempt drawn from
 * another question bank (the course changed since), a best score from an
 * earlier attempt (only the latest attempt's answers are kept), the length
 * of an attempt from before attempts were timed.
 */
import type { Progress } from '../progress/schema';
import { FINAL_QUESTIONS, MAX_HISTORY } from '../progress/schema';
import { assess } from '../quiz/assessment';
import { fingerprintOf, rebuildAttempt } from '../quiz/attempt';
import type { Question } from '../quiz/types';

export interface ConsistencyContext {
  /** Every lesson, in course order. */
  readonly lessons: readonly string[];
  /** The lessons with a knowledge check. */
  readonly checks: readonly string[];
  readonly passMark: number;
  /** The final assessment's question bank (text may be left out: see scoringBank). */
  readonly bank: readonly Question[];
}

/** The interface strings (content/ui, "consistency.") that say each reason in plain words. */
export type ReasonCode =
  | 'exportedUnreadable'
  | 'future'
  | 'afterExport'
  | 'completedBeforeStarted'
  | 'checkWithoutQuiz'
  | 'checkHistory'
  | 'checkBestBelow'
  | 'finalNoScore'
  | 'finalScoreMismatch'
  | 'finalBestBelowLast'
  | 'finalAnswerDoesNotFit'
  | 'passedWithoutScore'
  | 'passedBelowMark'
  | 'finalSubmittedBeforeStarted'
  | 'finalTooFast';

/** Which date a "future" or "afterExport" reason is about ("consistency.what." strings). */
export type DateField = 'exported' | 'lessonStarted' | 'lessonCompleted' | 'finalStarted' | 'finalSubmitted' | 'finalPassed';

export interface Reason {
  readonly code: ReasonCode;
  readonly values?: Readonly<Record<string, string | number>>;
  /** For "future" and "afterExport": which date. */
  readonly what?: DateField;
}

/** Clocks differ: a date up to ten minutes ahead of this computer's is not "in the future". */
export const CLOCK_SKEW = 600;
/** The least time a submitted final assessment can take: this many seconds per question asked. */
export const MIN_SECONDS_PER_QUESTION = 3;

/** The largest time a Date holds (year 275760), in seconds: the schema allows any whole number. */
const LAST_DATE = 8.64e12;

/** "2026-11-22T09:30:00Z": the same in every locale, for the reasons' values; beyond any date, the number itself. */
const iso = (seconds: number) => (seconds > LAST_DATE ? String(seconds) : new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));

interface Dated {
  readonly seconds: number;
  readonly what: DateField;
  readonly lesson?: string;
}

function dateReasons(dates: readonly Dated[], exportedAt: string | undefined, now: number): Reason[] {
  const reasons: Reason[] = [];
  let exported: number | undefined;
  if (exportedAt !== undefined) {
    const millis = Date.parse(exportedAt);
    if (Number.isNaN(millis)) reasons.push({ code: 'exportedUnreadable', values: { date: exportedAt.slice(0, 40) } });
    else {
      exported = Math.floor(millis / 1000);
      if (exported > now + CLOCK_SKEW) reasons.push({ code: 'future', what: 'exported', values: { date: iso(exported) } });
    }
  }
  for (const { seconds, what, lesson } of dates) {
    const values = { date: iso(seconds), ...(lesson === undefined ? {} : { lesson }) };
    if (seconds > now + CLOCK_SKEW) reasons.push({ code: 'future', what, values });
    else if (exported !== undefined && seconds > exported + CLOCK_SKEW) reasons.push({ code: 'afterExport', what, values });
  }
  return reasons;
}

function lessonReasons(doc: Progress, context: ConsistencyContext): Reason[] {
  const reasons: Reason[] = [];
  for (const [lesson, record] of Object.entries(doc.l)) {
    if (record.c !== undefined && record.c < record.s) reasons.push({ code: 'completedBeforeStarted', values: { lesson } });
    const check = record.q;
    if (!check) continue;
    // A lesson this course no longer has may have had a check once: only a lesson known to have none is held against the file.
    if (context.lessons.includes(lesson) && !context.checks.includes(lesson)) reasons.push({ code: 'checkWithoutQuiz', values: { lesson } });
    if (check.h.length !== Math.min(check.n, MAX_HISTORY)) reasons.push({ code: 'checkHistory', values: { lesson, scores: check.h.length, attempts: check.n } });
    const highest = Math.max(...check.h);
    if (highest > check.b) reasons.push({ code: 'checkBestBelow', values: { lesson, best: check.b, score: highest } });
  }
  return reasons;
}

function finalReasons(doc: Progress, context: ConsistencyContext): Reason[] {
  const final = doc.f;
  if (!final) return [];
  const reasons: Reason[] = [];
  if (final.d === 1 && final.l === undefined) reasons.push({ code: 'finalNoScore' });
  if (final.l !== undefined && final.b !== undefined && final.b < final.l) reasons.push({ code: 'finalBestBelowLast', values: { best: final.b, last: final.l } });
  if (final.w !== undefined) {
    if (final.b === undefined) reasons.push({ code: 'passedWithoutScore' });
    else if (final.b < context.passMark) reasons.push({ code: 'passedBelowMark', values: { best: final.b, mark: context.passMark } });
  }
  if (final.t !== undefined && final.e !== undefined && final.d === 1) {
    const asked = Math.min(FINAL_QUESTIONS, context.bank.length);
    const seconds = final.e - final.t;
    if (seconds < 0) reasons.push({ code: 'finalSubmittedBeforeStarted' });
    else if (seconds < asked * MIN_SECONDS_PER_QUESTION) reasons.push({ code: 'finalTooFast', values: { seconds, min: asked * MIN_SECONDS_PER_QUESTION, count: asked } });
  }
  // Only an attempt drawn from this very bank can be rebuilt and scored again.
  if (final.p !== fingerprintOf(context.bank)) return reasons;
  const attempt = rebuildAttempt(context.bank, final.s, final.r, FINAL_QUESTIONS);
  final.r.forEach((answer, index) => {
    if (answer !== '' && attempt.given[index] === undefined) reasons.push({ code: 'finalAnswerDoesNotFit', values: { number: index + 1 } });
  });
  if (final.d === 1 && final.l !== undefined) {
    const recomputed = assess(attempt.questions, attempt.given, context.passMark).percent;
    if (recomputed !== final.l) reasons.push({ code: 'finalScoreMismatch', values: { stored: final.l, recomputed } });
  }
  return reasons;
}

/**
 * Every reason the document (read from a file exported at `exportedAt`, an
 * ISO time; undefined for a document with no file) cannot be true, as of
 * `now` (unix seconds). Never throws on a document the schema accepted.
 */
export function checkConsistency(doc: Progress, exportedAt: string | undefined, context: ConsistencyContext, now: number): Reason[] {
  const dates: Dated[] = [];
  for (const [lesson, record] of Object.entries(doc.l)) {
    dates.push({ seconds: record.s, what: 'lessonStarted', lesson });
    if (record.c !== undefined) dates.push({ seconds: record.c, what: 'lessonCompleted', lesson });
  }
  const final = doc.f;
  if (final?.t !== undefined) dates.push({ seconds: final.t, what: 'finalStarted' });
  if (final?.e !== undefined) dates.push({ seconds: final.e, what: 'finalSubmitted' });
  if (final?.w !== undefined) dates.push({ seconds: final.w, what: 'finalPassed' });
  return [...dateReasons(dates, exportedAt, now), ...lessonReasons(doc, context), ...finalReasons(doc, context)];
}

/**
 * The bank with only what scoring needs (ids, lessons, types, which options
 * are correct, how many items and pairs): what a learner's page carries to
 * check an imported file, without every question's text.
 */
export function scoringBank(bank: readonly Question[]): Question[] {
  const common = (question: Question) => ({ id: question.id, lesson: question.lesson, prompt: '', section: '', source: '', principle: '' });
  return bank.map((question): Question => {
    switch (question.type) {
      case 'single':
      case 'multiple':
        return { ...common(question), type: question.type, options: question.options.map((option) => ({ text: '', feedback: '', correct: option.correct })) };
      case 'scenario':
        return { ...common(question), type: 'scenario', situation: '', options: question.options.map((option) => ({ text: '', feedback: '', correct: option.correct })) };
      case 'true-false':
        return { ...common(question), type: 'true-false', answer: question.answer, explanation: '' };
      case 'ordering':
        return { ...common(question), type: 'ordering', items: question.items.map(() => ''), explanation: '' };
      case 'matching':
        return { ...common(question), type: 'matching', pairs: question.pairs.map(() => ({ left: '', right: '' })), explanation: '' };
    }
  });
}
