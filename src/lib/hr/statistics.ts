/**
 * What a cohort's records say as a whole: the summary, how each lesson went
 * (where the cohort struggles), and the final-assessment questions most often
 * missed.
 */
import { FINAL_QUESTIONS } from '../progress/schema';
import { fingerprintOf, rebuildAttempt } from '../quiz/attempt';
import { scoreQuestion } from '../quiz/scoring';
import { questionKey, type Question } from '../quiz/types';
import type { CohortContext, Learner, LearnerRow } from './cohort';

export interface Summary {
  readonly learners: number;
  readonly complete: number;
  /** Percent of learners who completed the course, rounded. */
  readonly completionRate: number;
  /** Learners who passed the final, by records that are consistent. */
  readonly passed: number;
  /** Learners with a file that cannot be true (never counted as completed or passed). */
  readonly inconsistent: number;
  /** Learners whose completion a trusted trainer signed. */
  readonly verified: number;
  /** Mean best final score of those who took it (consistent records only), rounded; undefined when nobody did. */
  readonly averageFinal?: number;
}

const mean = (values: readonly number[]) => (values.length ? Math.round(values.reduce((sum, value) => sum + value, 0) / values.length) : undefined);

export function summarise(learners: readonly LearnerRow[]): Summary {
  const complete = learners.filter((learner) => learner.complete).length;
  // A score from an inconsistent record is not a score: it counts in no figure.
  const averageFinal = mean(learners.flatMap((learner) => (learner.finalScore === undefined || learner.inconsistent ? [] : [learner.finalScore])));
  return {
    learners: learners.length,
    complete,
    completionRate: learners.length ? Math.round((complete / learners.length) * 100) : 0,
    passed: learners.filter((learner) => learner.finalResult === 'passed' && !learner.inconsistent).length,
    inconsistent: learners.filter((learner) => learner.inconsistent).length,
    verified: learners.filter((learner) => learner.signature.status === 'verified').length,
    ...(averageFinal !== undefined ? { averageFinal } : {}),
  };
}

export interface LessonStat {
  readonly slug: string;
  /** Learners who completed the lesson. */
  readonly completed: number;
  /** Learners who took its knowledge check. */
  readonly attempted: number;
  /** Mean best knowledge-check score, rounded; undefined when nobody took it. */
  readonly averageCheck?: number;
  /** Learners whose best score is below the pass mark. */
  readonly belowPassMark: number;
}

/** How the cohort did in each lesson: where it struggles. */
export function lessonStats(learners: readonly Learner[], context: CohortContext): LessonStat[] {
  return context.lessons.map((slug) => {
    const scores = learners.flatMap((learner) => {
      const score = learner.checkScores[slug];
      return score === undefined ? [] : [score];
    });
    const averageCheck = mean(scores);
    return {
      slug,
      completed: learners.filter((learner) => Object.hasOwn(learner.doc.l, slug) && learner.doc.l[slug]!.c !== undefined).length,
      attempted: scores.length,
      ...(averageCheck !== undefined ? { averageCheck } : {}),
      belowPassMark: scores.filter((score) => score < context.passMark).length,
    };
  });
}

export interface MissedQuestion {
  readonly key: string;
  readonly lesson: string;
  readonly prompt: string;
  /** Learners who were asked it in a submitted final assessment. */
  readonly asked: number;
  /** Of those, how many did not get full marks. */
  readonly missed: number;
}

/**
 * The questions most often missed in the final assessment. Only submitted
 * attempts drawn from this bank count (a file from an older question bank is
 * skipped); knowledge checks keep scores only, not answers.
 */
export function mostMissed(learners: readonly Learner[], bank: readonly Question[], limit: number): MissedQuestion[] {
  const fingerprint = fingerprintOf(bank);
  const tally = new Map<string, { question: Question; asked: number; missed: number }>();
  for (const learner of learners) {
    const final = learner.doc.f;
    if (!final || final.d !== 1 || final.p !== fingerprint) continue;
    const attempt = rebuildAttempt(bank, final.s, final.r, FINAL_QUESTIONS);
    attempt.questions.forEach((question, index) => {
      const key = questionKey(question);
      const entry = tally.get(key) ?? { question, asked: 0, missed: 0 };
      entry.asked += 1;
      if (!scoreQuestion(question, attempt.given[index]).correct) entry.missed += 1;
      tally.set(key, entry);
    });
  }
  return [...tally]
    .filter(([, entry]) => entry.missed > 0)
    .sort(([keyA, a], [keyB, b]) => b.missed / b.asked - a.missed / a.asked || b.missed - a.missed || keyA.localeCompare(keyB))
    .slice(0, limit)
    .map(([key, entry]) => ({ key, lesson: entry.question.lesson, prompt: entry.question.prompt, asked: entry.asked, missed: entry.missed }));
}
